/**
 * Registering for an event from the outside: the form in a real browser, the mail the CMS
 * server's job runner delivers (to .eml files, as a laptop demo does), the link in it, and
 * the registrant's page. Bad input is posted as a plain form would post it.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { axeViolations, describeViolations, launchBrowser } from '../helpers/browser.ts'
import { adminAuthorization, logInToAdminPanel } from '../helpers/cmsSession.ts'
import { FILL_TIME_MS, formSession, hiddenValue, linkIn, mailTo } from '../helpers/siteForms.ts'
import { CSRF_FIELD, STARTED_FIELD } from '../../site/lib/security/forms.ts'

const siteUrl = inject('siteUrl')
const cmsUrl = inject('cmsUrl')
let browser: Browser
let eventPath: string
let eventId: number

interface PublicEvent {
  id: number
  slug: string
  title: string
}

beforeAll(async () => {
  browser = await launchBrowser()
  const query = 'where[registrationRequired][equals]=true&where[status][equals]=scheduled&where[start][greater_than]=' + new Date().toISOString()
  const response = await fetch(`${cmsUrl}/api/events?${query}&sort=start&limit=1&depth=0`)
  const { docs } = (await response.json()) as { docs: PublicEvent[] }
  expect(docs.length, 'the demo data has a public event that takes registrations').toBe(1)
  eventPath = `/evenemang/${docs[0].slug}`
  eventId = docs[0].id
})
afterAll(async () => {
  await browser?.close()
})

let counter = 0
const address = (label: string) => `${label}-${Date.now()}-${++counter}@example.org`

async function noViolations(page: Page, what: string) {
  const violations = await axeViolations(page)
  expect(violations, `${what}: ${describeViolations(violations)}`).toEqual([])
}

let eventForm: Awaited<ReturnType<typeof formSession>> | undefined
/** Posts to the event page's registration form, one session shared by the tests. */
async function post(pathname: string, fields: Record<string, string>) {
  if (pathname !== eventPath) return (await formSession(pathname))(fields)
  eventForm ??= await formSession(eventPath)
  return eventForm(fields)
}

describe('registering for an event in the browser', () => {
  it('an empty form shows what to fix, linked to the fields, with no accessibility violations', async () => {
    const page = await browser.newPage()
    await page.goto(siteUrl + eventPath)
    await page.waitForTimeout(FILL_TIME_MS)
    await page.getByRole('button', { name: 'Anmäl mig' }).click()
    const summary = page.locator('.error-summary')
    await expect.poll(() => summary.count()).toBe(1)
    expect(await summary.innerText()).toContain('Skriv ditt namn.')
    expect(await page.locator('#registration-email').getAttribute('aria-invalid')).toBe('true')
    await noViolations(page, 'event page with form errors')
    await page.close()
  })

  it('register, confirm by the mailed link, get the event for the calendar, then cancel', async () => {
    const email = address('e2e')
    const page = await browser.newPage()
    await page.goto(siteUrl + eventPath)
    await page.getByLabel('Namn').fill('Åsa Öberg')
    await page.getByLabel('E-postadress').fill(email)
    await page.getByLabel('Engelska').check()
    await page.waitForTimeout(FILL_TIME_MS)
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Anmäl mig' }).click()])
    expect(response.status()).toBe(202)
    await expect.poll(() => page.locator('.notice[role="status"]').innerText()).toContain(email)
    await noViolations(page, 'event page after registering')

    // English was chosen for mail, so the link is to the English page.
    const confirmMail = await mailTo(email, /^Confirm your registration: /)
    const manage = linkIn(confirmMail, '/en/registration/')
    await page.goto(siteUrl + manage)
    expect(await page.locator('h1').innerText()).toBe('Your registration')
    await noViolations(page, 'registration page')
    await page.getByRole('button', { name: 'Confirm registration' }).click()
    await expect.poll(() => page.locator('.notice[role="status"]').innerText()).toContain('Your registration is confirmed')

    // The registrant's own feed: a secret address, linked from their page once confirmed.
    const feedPath = await page.locator('#personal-feed ~ div a[type="text/calendar"]').getAttribute('href')
    expect(feedPath).toMatch(/^\/en\/registration\/[0-9a-f-]{36}\/calendar\.ics$/)
    const feed = await fetch(siteUrl + feedPath)
    expect(feed.status).toBe(200)
    expect(feed.headers.get('cache-control')).toBe('private, max-age=300')
    expect(await feed.text()).toMatch(/BEGIN:VEVENT[\s\S]*UID:event-\d+@co-working-region\.jamtland/)

    const confirmed = await mailTo(email, /^You are registered: /)
    const invitation = confirmed.attachments.find((a) => a.contentType.startsWith('text/calendar'))
    expect(invitation?.content.toString('utf8')).toContain('METHOD:REQUEST')

    await page.getByRole('button', { name: 'Cancel registration' }).click()
    await expect.poll(() => page.locator('.notice[role="status"]').innerText()).toContain('Your registration is cancelled')
    const cancelled = await mailTo(email, /^Cancelled: /)
    expect(cancelled.attachments.find((a) => a.contentType.startsWith('text/calendar'))?.content.toString('utf8')).toContain('METHOD:CANCEL')
    await page.close()
  })

  it('a forged link gets a clear 404', async () => {
    const response = await fetch(`${siteUrl}/anmalan/00000000-0000-4000-8000-000000000000`)
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('Länken stämmer inte')
    expect((await fetch(`${siteUrl}/anmalan/00000000-0000-4000-8000-000000000000/kalender.ics`)).status).toBe(404)
    const forgedPost = await fetch(`${siteUrl}/en/registration/not-a-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: siteUrl },
      body: 'action=confirm',
    })
    expect(forgedPost.status).toBe(404)
    expect(await forgedPost.text()).toContain('The link is not valid')
  })
})

describe('bad registration input gets a clear message and a 4xx, never a 500', () => {
  it.each([
    ['a missing e-mail', { name: 'Anna' }, 400, 'Skriv din e-postadress.'],
    ['a malformed e-mail', { name: 'Anna', email: 'anna@' }, 400, 'Skriv en e-postadress i formen'],
    ['a 5 KB name', { name: 'x'.repeat(5000), email: 'a@example.org' }, 400, 'Namnet får vara högst 120 tecken.'],
    ['script in the name', { name: '<script>alert(1)</script>', email: 'a@example.org' }, 400, 'Namnet får inte innehålla'],
  ])('%s', async (_, fields, status, message) => {
    const response = await post(eventPath, fields as Record<string, string>)
    expect(response.status).toBe(status)
    const html = await response.text()
    expect(html).toContain(message)
    // What was typed comes back only inside the field's quoted value, never as markup.
    const outsideValues = html.replace(/value="[^"]*"/g, '')
    expect(outsideValues).not.toContain('<script>alert(1)</script>')
  })

  it('the same address twice is refused the second time', async () => {
    const email = address('twice')
    expect((await post(eventPath, { name: 'Två gånger', email })).status).toBe(202)
    const second = await post(eventPath, { name: 'Två gånger', email })
    expect(second.status).toBe(409)
    expect(await second.text()).toContain('redan anmäld')
  })

  it('a form without its CSRF token, or sent too fast, is refused and stores nothing', async () => {
    const bare = await fetch(siteUrl + eventPath, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: siteUrl },
      body: new URLSearchParams({ name: 'Utan token', email: address('bare') }),
    })
    expect(bare.status).toBe(403)
    const page = await fetch(siteUrl + eventPath)
    const html = await page.text()
    const tooFast = await fetch(siteUrl + eventPath, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: siteUrl, cookie: page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') },
      body: new URLSearchParams({ [CSRF_FIELD]: hiddenValue(html, CSRF_FIELD), [STARTED_FIELD]: hiddenValue(html, STARTED_FIELD), name: 'Snabb', email: address('fast') }),
    })
    expect(tooFast.status).toBe(400)
  })

  it('a body that is not a form is treated as an empty form', async () => {
    const response = await fetch(siteUrl + eventPath, { method: 'POST', headers: { 'content-type': 'application/json', origin: siteUrl }, body: '{"name":"x"}' })
    expect(response.status).toBeLessThan(500)
    expect(response.status).toBeGreaterThanOrEqual(400)
  })
})

describe('organisers', () => {
  it('export the registrations as CSV and e-mail everyone registered; the public may not', async () => {
    const email = address('organised')
    expect((await post(eventPath, { name: 'Organiserad', email })).status).toBe(202)
    const auth = { authorization: await adminAuthorization() }

    const csv = await fetch(`${cmsUrl}/api/events/${eventId}/registrations.csv`, { headers: auth })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="registrations-.+\.csv"$/)
    expect(await csv.text()).toContain(`"${email}"`)
    expect((await fetch(`${cmsUrl}/api/events/${eventId}/registrations.csv`)).status).toBe(401)

    const bad = await fetch(`${cmsUrl}/api/events/${eventId}/message`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{}' })
    expect(bad.status).toBe(400)
    const sent = await fetch(`${cmsUrl}/api/events/${eventId}/message`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ subject: 'Ändrad lokal', text: 'Vi ses i rum 2.' }),
    })
    expect(sent.status).toBe(202)
    expect(((await sent.json()) as { queued: number }).queued).toBeGreaterThanOrEqual(0)
    expect((await fetch(`${cmsUrl}/api/events/${eventId}/message`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"subject":"x","text":"y"}' })).status).toBe(401)
  })

  it('see the registration tools beside the event in the admin panel', async () => {
    const page = await browser.newPage()
    await logInToAdminPanel(page)
    await page.goto(`${cmsUrl}/admin/collections/events/${eventId}`)
    const csvLink = page.getByRole('link', { name: /Exportera som CSV|Export as CSV/ })
    await csvLink.waitFor({ timeout: 30_000 })
    expect(await csvLink.getAttribute('href')).toBe(`/api/events/${eventId}/registrations.csv`)
    await expect.poll(() => page.locator('.event-registrations').innerText(), { timeout: 15_000 }).toMatch(/\d+ (bekräftade|confirmed)/)
    // The message form sits inside the event's own form: its button sends the message, nothing else.
    await page.locator('#organiser-subject').fill('Ändrad lokal')
    await page.locator('#organiser-text').fill('Vi ses i det stora mötesrummet.')
    const sent = page.waitForResponse((r) => r.url().endsWith(`/api/events/${eventId}/message`))
    await page.getByRole('button', { name: /^(Skicka|Send)$/ }).click()
    expect((await sent).status()).toBe(202)
    await expect.poll(() => page.locator('.event-registrations [role="status"]').innerText(), { timeout: 15_000 }).toMatch(/utkorgen|outbox/)
    await page.close()
  })
})

describe('a recurring event', () => {
  it('a stranger registers for the second coming occasion of a weekly event; the mail, the invitation and their page name that day', async () => {
    const auth = { authorization: await adminAuthorization(), 'content-type': 'application/json' }
    const { docs: hubs } = (await (await fetch(`${cmsUrl}/api/hubs?limit=1&depth=0`, { headers: auth })).json()) as { docs: Array<{ id: number }> }
    // Began a week and a half ago, so its first occasion is past: the case that used to fail.
    const first = new Date(Date.now() - 10 * 86_400_000)
    first.setUTCHours(9, 0, 0, 0)
    const created = await fetch(`${cmsUrl}/api/events`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        title: `Veckans frukost ${Date.now()}`,
        start: first.toISOString(),
        end: new Date(first.getTime() + 3_600_000).toISOString(),
        recurrence: { frequency: 'weekly', interval: 1 },
        venueKind: 'hub',
        hub: hubs[0].id,
        organiser: 'Region Jämtland Härjedalen',
        type: 'meetup',
        audience: 'public',
        registrationRequired: true,
        capacity: 1,
        status: 'scheduled',
        _status: 'published',
      }),
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const { doc: event } = (await created.json()) as { doc: PublicEvent }

    const page = await browser.newPage()
    await page.goto(`${siteUrl}/evenemang/${event.slug}`)
    const select = page.locator('#registration-occurrence')
    const options = await select.locator('option').allInnerTexts()
    expect(options.length).toBeGreaterThanOrEqual(2)
    expect(options[0]).toContain('en plats kvar')
    const second = await select.locator('option').nth(1).getAttribute('value')
    expect(second).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    await select.selectOption(second!)
    const email = address('weekly')
    await page.getByLabel('Namn').fill('Vera Veckla')
    await page.getByLabel('E-postadress').fill(email)
    await page.waitForTimeout(FILL_TIME_MS)
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Anmäl mig' }).click()])
    expect(response.status()).toBe(202)
    const day = Number(second!.slice(8, 10))
    await expect.poll(() => page.locator('.notice[role="status"]').innerText()).toContain(`Anmälan gäller`)
    expect(await page.locator('.notice[role="status"]').innerText()).toContain(` ${day} `)
    await noViolations(page, 'recurring event page after registering')

    const confirmMail = await mailTo(email, /^Bekräfta din anmälan: /)
    expect(confirmMail.text).toContain(` ${day} `)
    await page.goto(siteUrl + linkIn(confirmMail, '/anmalan/'))
    const when = await page.locator('main dl time').first().getAttribute('datetime')
    expect(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date(when!))).toBe(second)
    await page.getByRole('button', { name: 'Bekräfta anmälan' }).click()
    await expect.poll(() => page.locator('.notice[role="status"]').innerText()).toContain('Din anmälan är bekräftad')
    const invitation = (await mailTo(email, /^Du är anmäld: /)).attachments.find((a) => a.contentType.startsWith('text/calendar'))!.content.toString('utf8')
    expect(invitation).toContain(`UID:event-${event.id}-${second!.replace(/-/g, '')}@co-working-region.jamtland`)
    // The one occasion, not the series (the VTIMEZONE before it has RRULEs of its own).
    expect(invitation.slice(invitation.indexOf('BEGIN:VEVENT'))).not.toMatch(/^RRULE/m)

    // The first occasion's only seat is still free: seats count per occasion.
    await page.goto(`${siteUrl}/evenemang/${event.slug}`)
    const after = await page.locator('#registration-occurrence option').allInnerTexts()
    expect(after[0]).toContain('en plats kvar')
    expect(after[1]).toContain('fullbokat')
    await page.close()

    // The CSV names the occasion.
    const csv = await (await fetch(`${cmsUrl}/api/events/${event.id}/registrations.csv`, { headers: { authorization: auth.authorization } })).text()
    expect(csv).toContain(`"${second}","Vera Veckla","${email}"`)
  })
})
