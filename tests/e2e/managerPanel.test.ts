/**
 * A community manager's day in the admin panel, in Swedish: the events list opens on their own
 * hub, and an event is created with typed Swedish dates, published, edited and cancelled through
 * the panel's form, then found on the site, in its calendar feeds and in search, cancelled at the end.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from '../helpers/browser.ts'
import { adminAuthorization } from '../helpers/cmsSession.ts'

const siteUrl = inject('siteUrl')
const cmsUrl = inject('cmsUrl')
const stamp = Date.now()
const PASSWORD = `Fjällfika-${stamp}-lösen`
// A word nothing else in the portal contains, so search finds exactly this event.
const word = `Panelprov${stamp.toString(36).replace(/\d/g, '')}`
const email = `hubbvard-${stamp}@example.org`

type Doc = Record<string, unknown> & { id: number }
let browser: Browser
let auth: Record<string, string>
let hub: { id: number; name: string; slug: string; communityManagers: number[] }
let created: number | undefined

async function rest<T>(path: string, method = 'GET', body?: unknown): Promise<T> {
  const response = await fetch(`${cmsUrl}/api/${path}`, { method, headers: auth, body: body === undefined ? undefined : JSON.stringify(body) })
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

beforeAll(async () => {
  auth = { authorization: await adminAuthorization(), 'content-type': 'application/json' }
  browser = await launchBrowser()
  hub = (await rest<{ docs: Array<typeof hub> }>('hubs?where[slug][equals]=fjallhubben&depth=0')).docs[0]!
  const user = (await rest<{ doc: Doc }>('users', 'POST', { email, password: PASSWORD, name: 'Hubbvärd Provsson', role: 'community-manager' })).doc
  const profile = (await rest<{ doc: Doc }>('community-managers', 'POST', { name: 'Hubbvärd Provsson', user: user.id })).doc
  await rest(`hubs/${hub.id}`, 'PATCH', { communityManagers: [...hub.communityManagers, profile.id], _status: 'published' })
})

afterAll(async () => {
  await browser?.close()
  if (created) {
    const removed = await fetch(`${cmsUrl}/api/events/${created}`, { method: 'DELETE', headers: { authorization: auth.authorization! } })
    if (!removed.ok) console.warn(`managerPanel: the test event ${created} was not removed: ${removed.status} ${await removed.text()}`)
  }
  if (hub) await fetch(`${cmsUrl}/api/hubs/${hub.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ communityManagers: hub.communityManagers, _status: 'published' }) })
})

/** A page in a Swedish browser, logged in to the panel as the test's community manager. */
async function managerPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'sv-SE' })
  const page = await context.newPage()
  await page.goto(`${cmsUrl}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'))
  return page
}

const dateInput = (page: Page, field: string) => page.locator(`#field-${field} .react-datepicker__input-container input`)

async function pick(page: Page, field: string, text: string): Promise<void> {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.keyboard.type(text)
  await page.locator('.rs__option', { hasText: text }).first().click()
}

/** Clicks Publish changes (Publicera ändringar) and returns the saved event from the panel's own request. */
async function publish(page: Page, method: 'POST' | 'PATCH', path = '/api/events'): Promise<Doc> {
  const answer = page.waitForResponse((r) => new URL(r.url()).pathname === path && r.request().method() === method, { timeout: 30_000 })
  const button = page.locator('#action-save')
  await expect.poll(() => button.innerText()).toMatch(/^Publicera/)
  await button.click()
  const response = await answer
  expect(response.status(), await response.text()).toBeLessThan(300)
  return ((await response.json()) as { doc: Doc }).doc
}

const siteText = async (path: string) => {
  const res = await fetch(siteUrl + path)
  return `${res.status} ${await res.text()}`
}

describe('a community manager in the admin panel', () => {
  it('the events list opens on the events at their own hub', async () => {
    const { docs } = await rest<{ docs: Array<Doc & { hub: number | null; title: string }> }>('events?depth=0&limit=1000&locale=sv&draft=true')
    const own = new Set(docs.filter((e) => e.hub === hub.id).map((e) => e.title))
    const page = await managerPage()
    await page.goto(`${cmsUrl}/admin/collections/events`)
    await page.locator('.collection-list table, .collection-list .no-results').first().waitFor({ timeout: 30_000 })
    const listed = (await page.locator('.collection-list tbody td.cell-title').allInnerTexts()).map((t) => t.trim())
    expect(listed.filter((title) => !own.has(title))).toEqual([])
    expect(listed.length).toBe(Math.min(own.size, 10))
    await page.context().close()
  })

  it('creates, publishes, edits and cancels an event with typed Swedish dates; the site, feeds and search follow', async () => {
    const page = await managerPage()
    await page.goto(`${cmsUrl}/admin/collections/events`)
    const createLink = page.locator('a[href$="/admin/collections/events/create"]').first()
    await createLink.waitFor({ timeout: 30_000 })
    await createLink.click()
    await page.waitForURL(/\/admin\/collections\/events\/create/)

    // Named for its hub, as the seeded events are, so the event lists' own tests still read it right
    // if another file looks before the clean-up has removed it.
    const title = `Vårfika på Fjällhubben ${word}`
    await page.locator('#field-title').fill(title)
    // The picker is Swedish: a 24-hour time column that is not headed "Time" alone.
    await dateInput(page, 'start').click()
    expect(await page.locator('.react-datepicker-time__header').innerText()).toBe('Tid / Time')
    await dateInput(page, 'start').fill('2027-03-17 14:00')
    await dateInput(page, 'start').press('Tab')
    await dateInput(page, 'end').fill('2027-03-17 16:00')
    await dateInput(page, 'end').press('Tab')
    await pick(page, 'hub', hub.name)
    await page.locator('#field-organiser').fill('Fjällhubben')

    const saved = await publish(page, 'POST')
    created = saved.id
    expect(saved).toMatchObject({ title, start: '2027-03-17T13:00:00.000Z', end: '2027-03-17T15:00:00.000Z', hub: expect.anything(), _status: 'published' })
    await page.waitForURL(new RegExp(`/admin/collections/events/${created}`))

    // What was typed is kept, and shown as it was typed.
    await page.reload()
    await expect.poll(() => dateInput(page, 'start').inputValue(), { timeout: 30_000 }).toBe('2027-03-17 14:00')
    expect(await dateInput(page, 'end').inputValue()).toBe('2027-03-17 16:00')

    const slug = (await rest<{ slug: string }>(`events/${created}?depth=0`)).slug
    await expect.poll(() => siteText(`/evenemang/${slug}`), { timeout: 20_000 }).toContain(title)
    expect(await siteText(`/evenemang/${slug}`)).toMatch(/^200 [\s\S]*EventScheduled/)
    await expect.poll(() => siteText(`/evenemang/${slug}.ics`), { timeout: 20_000 }).toMatch(new RegExp(`SUMMARY:${title}`))
    await expect.poll(() => siteText('/kalender.ics'), { timeout: 20_000 }).toContain(`event-${created}@`)
    await expect.poll(() => siteText(`/sok?q=${word}`), { timeout: 20_000 }).toContain(title)

    // Edited through the form.
    const edited = `Vårfika på Fjällhubben ${word} med våfflor`
    await page.locator('#field-title').fill(edited)
    expect((await publish(page, 'PATCH', `/api/events/${created}`)).title).toBe(edited)

    // Cancelled with the collection's own status, and the site says so everywhere.
    await pick(page, 'status', 'Inställt')
    expect((await publish(page, 'PATCH', `/api/events/${created}`)).status).toBe('cancelled')
    await expect.poll(() => siteText(`/evenemang/${slug}`), { timeout: 20_000 }).toContain('EventCancelled')
    expect(await siteText(`/evenemang/${slug}`)).toMatch(/^200 [\s\S]*badge--cancelled/)
    await expect.poll(() => siteText(`/evenemang/${slug}.ics`), { timeout: 20_000 }).toContain('STATUS:CANCELLED')
    await expect.poll(() => siteText(`/sok?q=${word}`), { timeout: 20_000 }).toContain('badge--cancelled')
    expect(await siteText(`/sok?q=${word}`)).toContain(edited)

    // Their list holds it.
    await page.goto(`${cmsUrl}/admin/collections/events`)
    await page.locator('.collection-list table').waitFor({ timeout: 30_000 })
    expect(await page.locator('.collection-list').innerText()).toContain(edited)
    await page.context().close()
  })
})
