/**
 * Deciding on applications from the outside, over the CMS's REST endpoints as the admin (the
 * admin panel's buttons call the same ones; signup.test.ts clicks them): the welcome mail as
 * the job runner writes it to DATA_DIR/mail, with a set-password link and no password; the
 * new representative's council application form, axe-clean in both languages; and the
 * council's seat limit over HTTP.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { luhnCheckDigit } from '../../cms/domain/orgNumber.ts'
import { axeViolations, describeViolations, launchBrowser, recordForeignRequests } from '../helpers/browser.ts'
import { adminAuthorization, logInToAdminPanel } from '../helpers/cmsSession.ts'
import { FILL_TIME_MS, formSession, linkIn, mailTo } from '../helpers/siteForms.ts'

const siteUrl = inject('siteUrl')
const cmsUrl = inject('cmsUrl')
const stamp = Date.now()
const PASSWORD = 'ett lösenord som bara jag vet'

let browser: Browser
let auth: Record<string, string>
let seatsBefore: number | null = null

interface Answer<T> {
  status: number
  body: T
}

async function rest<T = Record<string, unknown>>(path: string, method: string, body?: unknown, headers: Record<string, string> = auth): Promise<Answer<T>> {
  const response = await fetch(`${cmsUrl}/api/${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  return { status: response.status, body: (await response.json().catch(() => ({}))) as T }
}

/** A valid government organisation number (2xxxxx-xxxx) unique to this run. */
function orgNumber(n: number): string {
  const nine = `2021${String((stamp + n) % 100_000).padStart(5, '0')}`
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`
}

/** A confirmed application, as the sign-up service leaves it once the applicant confirmed. */
async function confirmedApplication(n: number, locale: 'sv' | 'en') {
  const email = `beslut-${n}-${stamp}@example.org`
  const agencyName = `Beslutsmyndigheten ${n} ${stamp}`
  const { status, body } = await rest<{ doc: { id: number } }>('agency-applications', 'POST', {
    kind: 'new-agency',
    agencyName,
    orgNumber: orgNumber(n),
    website: 'https://www.example.org',
    contactName: `Beslutsperson ${n}`,
    contactEmail: email,
    interests: ['council'],
    locale,
    status: 'confirmed',
    consent: true,
  })
  expect(status).toBe(201)
  return { id: body.doc.id, email, agencyName }
}

async function noViolations(page: Page, what: string) {
  const violations = await axeViolations(page)
  expect(violations, `${what}: ${describeViolations(violations)}`).toEqual([])
}

beforeAll(async () => {
  browser = await launchBrowser()
  auth = { authorization: await adminAuthorization(), 'content-type': 'application/json' }
  seatsBefore = (await rest<{ seats: number | null }>('globals/innovation-council?depth=0', 'GET')).body.seats ?? null
})
afterAll(async () => {
  if (seatsBefore != null) await rest('globals/innovation-council', 'POST', { seats: seatsBefore, _status: 'published' })
  await browser?.close()
})

/** The applicant of the first test, logged in on the site, for the council tests. */
let representative: { email: string; page: Page; agencyName: string } | undefined

describe('deciding over REST', () => {
  it('approving mails a set-password link and never a password; the link sets one and logs in; deciding twice is 409', async () => {
    const application = await confirmedApplication(1, 'en')
    expect((await rest(`agency-applications/${application.id}/approve`, 'POST', {}, { 'content-type': 'application/json' })).status).toBe(401)

    const approved = await rest<{ status: string }>(`agency-applications/${application.id}/approve`, 'POST', { message: 'Welcome to the network!' })
    expect(approved).toEqual({ status: 200, body: { status: 'approved' } })
    const twice = await rest<{ message: string }>(`agency-applications/${application.id}/approve`, 'POST', {})
    expect(twice.status).toBe(409)
    expect(twice.body.message).toBe('Ansökan är redan beslutad. / The application has already been decided.')

    const mail = await mailTo(application.email, /Welcome to the authority network/)
    expect(mail.subject).toBe(`Welcome to the authority network: ${application.agencyName}`)
    const link = linkIn(mail, '/en/network/password/')
    expect(link).toMatch(/^\/en\/network\/password\/[0-9a-f]{40}$/)
    expect(mail.html || '').toContain(`${link}"`)
    expect(mail.text).toContain('Welcome to the network!')
    expect(mail.text).toContain('7 days')
    expect(`${mail.text}\n${mail.html}`).not.toMatch(/(password|lösenord)\s*[:=][ \t]*\S/i)

    const context = await browser.newContext()
    const page = await context.newPage()
    const opened = await page.goto(siteUrl + link)
    expect(opened?.status()).toBe(200)
    await page.locator('#password-new').fill(PASSWORD)
    await page.locator('#password-repeat').fill(PASSWORD)
    await page.waitForTimeout(FILL_TIME_MS)
    await page.getByRole('button', { name: 'Save password' }).click()
    await page.waitForURL(/\/en\/network\/my-page/)
    representative = { email: application.email, page, agencyName: application.agencyName }
  })

  it('rejecting needs a reason (400, localised), then mails it; unknown applications are 404', async () => {
    const application = await confirmedApplication(2, 'sv')
    const empty = await rest<{ message: string }>(`agency-applications/${application.id}/reject`, 'POST', { message: ' ' })
    expect(empty.status).toBe(400)
    expect(empty.body.message).toMatch(/^Skriv varför .* \/ Write why /)
    expect((await rest(`agency-applications/${application.id}/reject`, 'POST', { message: 'Myndigheten saknar verksamhet i länet.' })).status).toBe(200)
    const mail = await mailTo(application.email, /Beslut om anmälan till myndighetsnätverket/)
    expect(mail.text).toContain('Myndigheten saknar verksamhet i länet.')
    expect((await rest('agency-applications/999999999/approve', 'POST', {})).status).toBe(404)
    expect((await rest(`agency-applications/${application.id}/approve`, 'POST', {})).status).toBe(409)
  })
})

describe('the council application', () => {
  it.each([
    ['/en/innovation-council/apply', 'en', 'Send application'],
    ['/innovationsradet/ansok', 'sv', 'Skicka ansökan'],
  ])('%s shows a logged-in representative the form, axe-clean, loading nothing from elsewhere', async (path, lang, submit) => {
    expect(representative, 'the approval test logged the new representative in').toBeTruthy()
    const { page } = representative!
    const foreign = recordForeignRequests(page, siteUrl)
    const response = await page.goto(siteUrl + path)
    expect(response?.status()).toBe(200)
    expect(response?.headers()['cache-control']).toBe('private, no-store')
    expect(await page.getAttribute('html', 'lang')).toBe(lang)
    expect(await page.getByRole('button', { name: submit }).count()).toBe(1)
    expect(await page.locator('#council-motivation').count()).toBe(1)
    await noViolations(page, `${path} (logged in)`)
    expect(foreign).toEqual([])
  })

  it('an empty application is refused with named problems in English (4xx, axe-clean); a full council answers 409 until a seat is added', async () => {
    const { page, email, agencyName } = representative!
    await page.goto(`${siteUrl}/en/innovation-council/apply`)
    await page.waitForTimeout(FILL_TIME_MS)
    const [refused] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Send application' }).click()])
    expect(refused.status()).toBe(422)
    expect(await page.locator('main').innerText()).toContain('Fill in “Why do you want to join the council?”')
    await noViolations(page, 'the council form with errors')

    await page.locator('#council-motivation').fill('We want to try new ways of working from the hubs.')
    await page.locator('#council-contribution').fill('Staff in four municipalities.')
    await page.waitForTimeout(FILL_TIME_MS)
    const [sent] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Send application' }).click()])
    expect(sent.status()).toBe(202)

    const users = await rest<{ docs: Array<{ id: number }> }>(`users?where[email][equals]=${encodeURIComponent(email)}&depth=0`, 'GET')
    const applications = await rest<{ docs: Array<{ id: number; organisation: string }> }>(`council-applications?where[user][equals]=${users.body.docs[0].id}&depth=0`, 'GET')
    expect(applications.body.docs).toHaveLength(1)
    const id = applications.body.docs[0].id

    // Fill every seat: accepting is refused with 409 and a message, and nothing changes.
    const council = await rest<{ seats: number | null; members: unknown[] }>('globals/innovation-council?depth=0', 'GET')
    const taken = council.body.members.length
    expect((await rest('globals/innovation-council', 'POST', { seats: Math.max(1, taken), _status: 'published' })).status).toBe(200)
    const full = await rest<{ message: string; problem: string }>(`council-applications/${id}/approve`, 'POST', {})
    expect(full.status).toBe(409)
    expect(full.body.problem).toBe('councilFull')
    expect(full.body.message).toMatch(/platser .* \/ .*seats/)
    expect((await rest<{ status: string }>(`council-applications/${id}?depth=0`, 'GET')).body.status).toBe('pending')

    // One more seat: accepted, mailed, and named on the public council page.
    expect((await rest('globals/innovation-council', 'POST', { seats: taken + 1, _status: 'published' })).status).toBe(200)
    expect(await rest(`council-applications/${id}/approve`, 'POST', { message: 'Welcome to the council.' })).toEqual({ status: 200, body: { status: 'approved' } })
    const mail = await mailTo(email, /Welcome to the innovation council/)
    expect(mail.text).toContain('Welcome to the council.')
    await expect.poll(async () => (await fetch(`${siteUrl}/en/innovation-council`)).text(), { timeout: 5_000 }).toContain(agencyName)
    await page.context().close()
  })

  it('an anonymous post stores nothing and asks for a login', async () => {
    const post = await formSession('/en/innovation-council/apply')
    const anonymous = await post({ organisation: 'X', motivation: 'Y', contribution: 'Z' })
    expect(anonymous.status).toBe(200)
    expect(await anonymous.text()).toContain('Log in as a representative')
  })
})

describe('the admin panel', () => {
  it('declines a council application with the sidebar’s buttons; the reason is mailed', async () => {
    // A representative of a member agency, logged in on the site, applies.
    const email = `radssokande-${stamp}@example.org`
    const agencies = await rest<{ docs: Array<{ id: number }> }>('agencies?where[membershipStatus][equals]=member&limit=1&depth=0', 'GET')
    const created = await rest<{ doc: { id: number } }>('users', 'POST', { email, password: PASSWORD, name: 'Rådssökande Rut', role: 'agency-representative', agency: agencies.body.docs[0].id, locale: 'sv' })
    expect(created.status).toBe(201)
    const context = await browser.newContext()
    const site = await context.newPage()
    await site.goto(`${siteUrl}/natverket/logga-in`)
    await site.locator('input[name="email"]').fill(email)
    await site.locator('input[name="password"]').fill(PASSWORD)
    await site.waitForTimeout(FILL_TIME_MS)
    await site.locator('main button[type="submit"]').click()
    await site.waitForURL(/mina-sidor/)
    await site.goto(`${siteUrl}/innovationsradet/ansok`)
    await site.locator('#council-motivation').fill('Vi vill vara med.')
    await site.locator('#council-contribution').fill('Kunskap om fjällhubbar.')
    await site.waitForTimeout(FILL_TIME_MS)
    const [sent] = await Promise.all([site.waitForResponse((r) => r.request().method() === 'POST'), site.getByRole('button', { name: 'Skicka ansökan' }).click()])
    expect(sent.status()).toBe(202)
    await context.close()
    const { body } = await rest<{ docs: Array<{ id: number }> }>(`council-applications?where[user][equals]=${created.body.doc.id}&depth=0`, 'GET')

    const admin = await browser.newPage()
    await logInToAdminPanel(admin)
    await admin.goto(`${cmsUrl}/admin/collections/council-applications/${body.docs[0].id}`)
    await admin.locator('#decision-message').fill('Rådet har inga lediga platser i år.')
    const decided = admin.waitForResponse((r) => r.url().includes(`/api/council-applications/${body.docs[0].id}/reject`))
    await admin.locator('button[value="reject"]').click()
    expect((await decided).status()).toBe(200)
    await expect.poll(() => admin.locator('[role="status"]').allInnerTexts(), { timeout: 15_000 }).toEqual(expect.arrayContaining([expect.stringMatching(/Inte antagen|Declined/)]))
    await admin.close()

    const mail = await mailTo(email, /Beslut om din ansökan till innovationsrådet/)
    expect(mail.text).toContain('Rådet har inga lediga platser i år.')
    expect((await rest<{ status: string }>(`council-applications/${body.docs[0].id}?depth=0`, 'GET')).body.status).toBe('rejected')
  })
})
