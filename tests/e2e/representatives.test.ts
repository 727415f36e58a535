/**
 * The way back in for representatives, from the outside (issue 15, points 11, 13 and 14):
 * the header says who is logged in (and the anonymous header stays one cached page for
 * everyone), a members-only meetup sends the logged-out to the login and back, a
 * representative decides a colleague's request on My page, and the sign-up form counts per
 * client address and per organisation number and moves focus to its error summary.
 * Users, applications and a network meetup are made through the CMS's REST API as the admin.
 */
import http from 'node:http'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { luhnCheckDigit } from '../../cms/domain/orgNumber.ts'
import { axeViolations, describeViolations, launchBrowser } from '../helpers/browser.ts'
import { adminAuthorization } from '../helpers/cmsSession.ts'
import { FILL_TIME_MS, formTokens, mailTo } from '../helpers/siteForms.ts'

const siteUrl = inject('siteUrl')
const cmsUrl = inject('cmsUrl')
const stamp = Date.now()
const PASSWORD = 'en lång och hemlig lösenfras'

let browser: Browser
let auth: Record<string, string>
const rep = { email: `rep-${stamp}@example.org`, name: `Rut Representant ${stamp}`, id: 0, agency: 0 }
const outsider = { email: `utanfor-${stamp}@example.org`, id: 0 }
let meetup: { id: number; slug: string; title: string }
const colleague = { email: `kollega-${stamp}@example.org`, name: `Kalle Kollega ${stamp}`, id: 0 }
const stranger = { email: `annan-${stamp}@example.org`, name: `Annan Sökande ${stamp}`, id: 0 }

async function rest<T>(path: string, method: string, body?: unknown): Promise<T> {
  const response = await fetch(`${cmsUrl}/api/${path}`, { method, headers: auth, body: body === undefined ? undefined : JSON.stringify(body) })
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

async function agencies(status: string): Promise<Array<{ id: number; name: string; orgNumber: string }>> {
  return (await rest<{ docs: Array<{ id: number; name: string; orgNumber: string }> }>(`agencies?where[membershipStatus][equals]=${status}&limit=10&depth=0`, 'GET')).docs
}

/** A valid government organisation number (2xxxxx-xxxx) unique to this run and `n`. */
function orgNumber(n: number): string {
  const nine = `2022${String((stamp + n) % 100_000).padStart(5, '0')}`
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`
}

async function newUser(email: string, name: string, agency: number): Promise<number> {
  const { doc } = await rest<{ doc: { id: number } }>('users', 'POST', { email, password: PASSWORD, name, role: 'agency-representative', agency })
  return doc.id
}

/** A confirmed request to become another representative of `agency`, as the sign-up leaves it. */
async function colleagueRequest(person: { email: string; name: string }, agency: { id: number; name: string; orgNumber: string }): Promise<number> {
  const { doc } = await rest<{ doc: { id: number } }>('agency-applications', 'POST', {
    kind: 'add-representative',
    agencyName: agency.name,
    orgNumber: agency.orgNumber,
    agency: agency.id,
    website: 'https://www.example.org',
    contactName: person.name,
    contactTitle: 'Handläggare',
    contactEmail: person.email,
    interests: ['meetups'],
    locale: 'sv',
    status: 'confirmed',
    consent: true,
  })
  return doc.id
}

beforeAll(async () => {
  browser = await launchBrowser()
  auth = { authorization: await adminAuthorization(), 'content-type': 'application/json' }
  const [member] = await agencies('member')
  const all = (await rest<{ docs: Array<{ id: number; name: string; orgNumber: string }> }>('agencies?limit=20&depth=0', 'GET')).docs
  const another = all.find((a) => a.id !== member.id)!
  rep.agency = member.id
  rep.id = await newUser(rep.email, rep.name, member.id)
  outsider.id = await newUser(outsider.email, `Utanför ${stamp}`, (await agencies('applied'))[0].id)
  colleague.id = await colleagueRequest(colleague, member)
  stranger.id = await colleagueRequest(stranger, another)
  const { docs: hubs } = await rest<{ docs: Array<{ id: number }> }>('hubs?limit=1&depth=0', 'GET')
  const start = new Date(Date.now() + 10 * 86_400_000)
  start.setUTCHours(8, 0, 0, 0)
  const { doc } = await rest<{ doc: { id: number; slug: string; title: string } }>('events', 'POST', {
    title: `Stängd träff för medlemmar ${stamp}`,
    start: start.toISOString(),
    end: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
    venueKind: 'hub',
    hub: hubs[0].id,
    organiser: 'Region Jämtland Härjedalen',
    type: 'network-meeting',
    audience: 'network',
    registrationRequired: false,
    status: 'scheduled',
    _status: 'published',
  })
  meetup = doc
})
afterAll(async () => {
  await browser?.close()
})

async function noViolations(page: Page, what: string) {
  const violations = await axeViolations(page)
  expect(violations, `${what}: ${describeViolations(violations)}`).toEqual([])
}

/** Fills in and sends the login form the page shows. */
async function logIn(page: Page, email: string): Promise<void> {
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(PASSWORD)
  await page.waitForTimeout(FILL_TIME_MS)
  await page.locator('main button[type="submit"]').click()
}

async function loggedIn(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`${siteUrl}/natverket/logga-in`)
  await logIn(page, email)
  await page.waitForURL(/mina-sidor/)
  return { context, page }
}

describe('the header', () => {
  it.each([
    ['/hubbar', 'Logga in', '/natverket/logga-in'],
    ['/en/hubs', 'Log in', '/en/network/login'],
  ])('%s shows every anonymous visitor the same login link, served from the page cache', async (path, label, href) => {
    // Until the cache answers (a write elsewhere may have just cleared it).
    const bodies: string[] = []
    let cached = false
    for (let i = 0; i < 5 && !cached; i++) {
      const response = await fetch(siteUrl + path)
      cached = response.headers.get('x-cache') === 'HIT'
      bodies.push(await response.text())
    }
    expect(cached).toBe(true)
    for (const html of bodies) {
      const header = /<header[\s\S]*?<\/header>/.exec(html)?.[0] ?? ''
      expect(header).toContain(`href="${href}"`)
      expect(header).toContain(label)
      expect(header).not.toMatch(/mina-sidor|my-page/)
    }
  })

  it('after logging in shows the person’s name and a link to My page, on a private page past the cache', async () => {
    const { context, page } = await loggedIn(rep.email)
    const response = await page.goto(`${siteUrl}/hubbar`)
    expect(response?.headers()['cache-control']).toBe('private, no-store')
    expect(response?.headers()['x-cache']).toBe('BYPASS')
    const header = page.locator('header.site-header')
    expect(await header.innerText()).toContain(rep.name)
    await header.getByRole('link', { name: 'Mina sidor' }).click()
    await page.waitForURL(/\/natverket\/mina-sidor$/)
    await page.goto(`${siteUrl}/en/hubs`)
    expect(await page.locator('header.site-header').getByRole('link', { name: 'My page' }).getAttribute('href')).toBe('/en/network/my-page')
    await noViolations(page, 'a page with the logged-in header')
    await context.close()
  })
})

describe('a members-only meetup', () => {
  it('sends a logged-out visitor to the login with the way back (303), in the page’s language', async () => {
    for (const [path, login] of [
      [`/evenemang/${meetup.slug}`, '/natverket/logga-in'],
      [`/en/events/${meetup.slug}`, '/en/network/login'],
    ]) {
      const response = await fetch(siteUrl + path, { redirect: 'manual' })
      expect(response.status, path).toBe(303)
      expect(response.headers.get('location')).toBe(`${login}?next=${encodeURIComponent(path)}`)
    }
    // An address no event has is still a plain 404.
    expect((await fetch(`${siteUrl}/evenemang/finns-inte-${stamp}`, { redirect: 'manual' })).status).toBe(404)
  })

  it('after logging in, the browser is back on the meetup', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${siteUrl}/evenemang/${meetup.slug}`)
    expect(new URL(page.url()).pathname).toBe('/natverket/logga-in')
    await noViolations(page, 'the login page with a way back')
    await logIn(page, rep.email)
    await page.waitForURL((url) => url.pathname === `/evenemang/${meetup.slug}`)
    expect(await page.locator('h1').innerText()).toContain(meetup.title)
    await context.close()
  })

  it('tells a logged-in representative outside the network that it is for members (403), without showing it', async () => {
    const { context, page } = await loggedIn(outsider.email)
    const response = await page.goto(`${siteUrl}/evenemang/${meetup.slug}`)
    expect(response?.status()).toBe(403)
    const main = await page.locator('main').innerText()
    expect(main).toContain('myndighetsnätverkets medlemmar')
    expect(main).not.toContain(meetup.title)
    await noViolations(page, 'the members-only refusal')
    await context.close()
  })

  it('the council application’s login link comes back to the form', async () => {
    const html = await (await fetch(`${siteUrl}/innovationsradet/ansok`)).text()
    expect(html).toContain('href="/natverket/logga-in?next=%2Finnovationsradet%2Fansok"')
  })

  it('the login never sends anyone to another site', async () => {
    for (const next of ['https://evil.example/', '//evil.example/x', '/\\evil.example']) {
      const { cookie, hidden } = await formTokens('/natverket/logga-in')
      const response = await fetch(`${siteUrl}/natverket/logga-in?next=${encodeURIComponent(next)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: siteUrl, cookie },
        body: new URLSearchParams({ ...hidden, email: rep.email, password: PASSWORD }),
        redirect: 'manual',
      })
      expect(response.status, next).toBe(303)
      expect(response.headers.get('location'), next).toBe('/natverket/mina-sidor')
    }
  })
})

describe('colleagues’ requests on My page', () => {
  it('lists the requests for the representative’s own agency, not others’, and approving one makes the account', async () => {
    const { context, page } = await loggedIn(rep.email)
    const section = page.locator('section#kollegors-ansokningar')
    expect(await section.innerText()).toContain(colleague.name)
    expect(await page.locator('main').innerText()).not.toContain(stranger.name)
    await noViolations(page, 'My page with a colleague’s request')
    const request = section.locator('li', { hasText: colleague.name })
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), request.getByRole('button', { name: 'Godkänn' }).click()])
    expect(response.status()).toBe(200)
    expect(await page.locator('main .notice[role="status"]').innerText()).toContain(colleague.name)
    expect(await page.locator('section#kollegors-ansokningar').innerText()).not.toContain(colleague.name)
    const decided = await rest<{ status: string; decidedBy: number }>(`agency-applications/${colleague.id}?depth=0`, 'GET')
    expect(decided).toMatchObject({ status: 'approved', decidedBy: rep.id })
    await mailTo(colleague.email, /Välkommen till myndighetsnätverket/)
    // The other agency's request is untouched.
    expect((await rest<{ status: string }>(`agency-applications/${stranger.id}?depth=0`, 'GET')).status).toBe('confirmed')
    await context.close()
  })
})

describe('the sign-up form', () => {
  it('moves focus to the error summary after a failed submit', async () => {
    const page = await browser.newPage()
    await page.goto(`${siteUrl}/natverket/anslut`)
    await page.waitForTimeout(FILL_TIME_MS)
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Skicka anmälan' }).click()])
    expect(response.status()).toBe(422)
    await page.waitForLoadState('load')
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary') ?? false)).toBe(true)
    await page.close()
  })

  it('lets one office send many, but limits one organisation number to five in ten minutes (429, localised)', async () => {
    const { cookie, hidden } = await formTokens('/natverket/anslut')
    const site = new URL(siteUrl)
    // From an address of its own, so other files' sign-ups from 127.0.0.1 are not limited by these.
    const post = (n: number, org: string, locale: 'sv' | 'en' = 'sv') =>
      new Promise<{ status: number; body: string; retryAfter: string | undefined }>((resolve, reject) => {
        const body = new URLSearchParams({
          ...hidden,
          agencyName: `Gränsverket ${stamp}`,
          orgNumber: org,
          website: 'https://www.gransverket.se',
          municipality: 'ostersund',
          name: `Person ${n}`,
          title: 'Handläggare',
          email: `person-${n}-${stamp}@gransverket.se`,
          interests: 'meetups',
          consent: 'yes',
          locale,
        }).toString()
        const path = locale === 'sv' ? '/natverket/anslut' : '/en/network/join'
        const request = http.request(
          { host: site.hostname, port: site.port, path, method: 'POST', localAddress: '127.0.9.9', headers: { origin: site.origin, cookie, 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } },
          (res) => {
            let text = ''
            res.setEncoding('utf8')
            res.on('data', (chunk: string) => (text += chunk))
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, retryAfter: res.headers['retry-after'] as string | undefined }))
          },
        )
        request.on('error', reject)
        request.end(body)
      })
    const org = orgNumber(1)
    for (let n = 1; n <= 5; n++) expect((await post(n, org)).status, `sign-up ${n}`).toBe(202)
    const sixth = await post(6, org)
    expect(sixth.status).toBe(429)
    expect(Number(sixth.retryAfter)).toBeGreaterThan(0)
    expect(sixth.body).toContain('organisationsnumret')
    const english = await post(7, org, 'en')
    expect(english.status).toBe(429)
    expect(english.body).toContain('organisation number')
    // The same office goes on with other organisation numbers: the address allows more than five.
    for (let n = 8; n <= 10; n++) expect((await post(n, orgNumber(n))).status, `sign-up ${n}`).toBe(202)
  })
})
