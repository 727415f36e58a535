/**
 * Taking over someone's data by typing their address into one's own account, tried from the
 * outside: over the CMS's REST API as a representative, then on the site. The account keeps
 * its address until the link mailed to the new one is followed, and what my page and the
 * data download show is found through the account, not the address.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { axeViolations, describeViolations, launchBrowser } from '../helpers/browser.ts'
import { adminAuthorization } from '../helpers/cmsSession.ts'
import { FILL_TIME_MS, linkIn, mailTo } from '../helpers/siteForms.ts'

const siteUrl = inject('siteUrl')
const cmsUrl = inject('cmsUrl')
const stamp = Date.now()
const PASSWORD = 'en lång och hemlig lösenfras'
const victim = { email: `offer-${stamp}@example.org`, id: 0 }
const attacker = { email: `angripare-${stamp}@example.org`, id: 0 }
let admin: Record<string, string>
let browser: Browser
let meetupTitle = ''

async function rest<T>(path: string, method: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; json: T }> {
  const response = await fetch(`${cmsUrl}/api/${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  return { status: response.status, json: (await response.json()) as T }
}

async function restLogin(email: string): Promise<Record<string, string>> {
  const { status, json } = await rest<{ token: string }>('users/login', 'POST', { 'content-type': 'application/json' }, { email, password: PASSWORD })
  expect(status).toBe(200)
  return { authorization: `JWT ${json.token}`, 'content-type': 'application/json' }
}

/** A session cookie for the site, from its own login form. */
async function siteCookie(email: string): Promise<string> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(siteUrl + '/natverket/logga-in')
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(PASSWORD)
  await page.waitForTimeout(FILL_TIME_MS)
  await page.locator('main button[type="submit"]').click()
  await page.waitForURL(/mina-sidor/)
  const cookie = (await context.cookies()).filter((c) => c.name === 'portal_session').map((c) => `${c.name}=${c.value}`).join('; ')
  await context.close()
  return cookie
}

beforeAll(async () => {
  browser = await launchBrowser()
  admin = { authorization: await adminAuthorization(), 'content-type': 'application/json' }
  const { json: agencies } = await rest<{ docs: Array<{ id: number }> }>('agencies?where[membershipStatus][equals]=member&limit=1&depth=0', 'GET', admin)
  for (const person of [victim, attacker]) {
    const { json } = await rest<{ doc: { id: number } }>('users', 'POST', admin, { email: person.email, password: PASSWORD, name: `Person ${stamp}`, role: 'agency-representative', agency: agencies.docs[0].id })
    person.id = json.doc.id
  }
  // The victim's place at a public event, registered with their own account and address.
  const { json: events } = await rest<{ docs: Array<{ id: number; title: string }> }>('events?where[audience][equals]=public&limit=1&depth=0&sort=start', 'GET', admin)
  meetupTitle = events.docs[0].title
  const { status } = await rest('registrations', 'POST', admin, { event: events.docs[0].id, name: 'Offret', email: victim.email, user: victim.id, status: 'confirmed' })
  expect(status).toBe(201)
})
afterAll(async () => {
  await browser?.close()
})

describe('an e-mail change over the API', () => {
  it('a representative who PATCHes in someone else’s address keeps their own, and sees none of that person’s data', async () => {
    const auth = await restLogin(attacker.email)
    const { status, json } = await rest<{ doc: { email: string; pendingEmail?: string } }>(`users/${attacker.id}`, 'PATCH', auth, { email: victim.email })
    expect(status).toBe(200)
    expect(json.doc.email).toBe(attacker.email)
    expect(json.doc.pendingEmail).toBe(victim.email)
    // The victim's mailbox gets the link, the attacker's the notice.
    await mailTo(victim.email, /Bekräfta din nya e-postadress/)
    await mailTo(attacker.email, /Någon vill byta e-postadress/)

    const cookie = await siteCookie(attacker.email)
    const data = (await (await fetch(`${siteUrl}/natverket/mina-sidor/data.json`, { headers: { cookie } })).json()) as { account: { email: string }; registrations: unknown[] }
    expect(data.account.email).toBe(attacker.email)
    expect(data.registrations).toEqual([])
    const myPage = await (await fetch(`${siteUrl}/natverket/mina-sidor`, { headers: { cookie } })).text()
    expect(myPage).not.toContain(meetupTitle)
    // The victim still sees their own place.
    const victimPage = await (await fetch(`${siteUrl}/natverket/mina-sidor`, { headers: { cookie: await siteCookie(victim.email) } })).text()
    expect(victimPage).toContain(meetupTitle)
  })

  it('the owner of a new address confirms it on the site, in English too, and logs in with it', async () => {
    const person = { email: `byter-${stamp}@example.org`, next: `bytt-${stamp}@example.org` }
    const { json: agencies } = await rest<{ docs: Array<{ id: number }> }>('agencies?where[membershipStatus][equals]=member&limit=1&depth=0', 'GET', admin)
    const { json: created } = await rest<{ doc: { id: number } }>('users', 'POST', admin, { email: person.email, password: PASSWORD, name: 'Byter', role: 'agency-representative', agency: agencies.docs[0].id, locale: 'en' })
    const auth = await restLogin(person.email)
    expect((await rest(`users/${created.doc.id}`, 'PATCH', auth, { email: person.next })).status).toBe(200)
    const link = linkIn(await mailTo(person.next, /Confirm your new e-mail address/), '/en/network/new-email/')

    const page = await browser.newPage()
    const shown = await page.goto(siteUrl + link)
    expect(shown?.status()).toBe(200)
    expect(shown?.headers()['cache-control']).toBe('no-store')
    expect(await page.locator('main').innerText()).toContain(person.next)
    const violations = await axeViolations(page)
    expect(violations, describeViolations(violations).join('\n')).toEqual([])
    await page.getByRole('button', { name: 'Confirm the address' }).click()
    await page.waitForLoadState()
    expect(await page.locator('[role="status"]').innerText()).toContain(person.next)
    // Used once: the same link now says so, with 404.
    expect((await page.goto(siteUrl + link))?.status()).toBe(404)
    await page.close()

    expect((await rest('users/login', 'POST', { 'content-type': 'application/json' }, { email: person.next, password: PASSWORD })).status).toBe(200)
  })

  it('a forged link answers 404 with a message in the page’s language', async () => {
    const response = await fetch(`${siteUrl}/natverket/ny-epost/${'x'.repeat(43)}`)
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('Länken fungerar inte')
  })
})
