/**
 * Representatives on the site, from the outside: logging in and out, the session cookie,
 * a forgotten password, my page, network events that only the entitled may see and join,
 * downloading one's data and deleting the account. Users, and a network meetup, are made
 * through the CMS's REST API as the admin.
 */
import http from 'node:http'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { axeViolations, describeViolations, launchBrowser, recordForeignRequests } from '../helpers/browser.ts'
import { adminAuthorization } from '../helpers/cmsSession.ts'
import { FILL_TIME_MS, formSession, formTokens, linkIn, mailTo } from '../helpers/siteForms.ts'

const siteUrl = inject('siteUrl')
const cmsUrl = inject('cmsUrl')
const stamp = Date.now()
const PASSWORD = 'en lång och hemlig lösenfras'

let browser: Browser
let auth: Record<string, string>
const member = { email: `medlem-${stamp}@example.org`, id: 0 }
const outsider = { email: `utanfor-${stamp}@example.org`, id: 0 }
let meetup: { id: number; slug: string; title: string }

async function rest<T>(path: string, method: string, body?: unknown): Promise<T> {
  const response = await fetch(`${cmsUrl}/api/${path}`, { method, headers: auth, body: body === undefined ? undefined : JSON.stringify(body) })
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

async function agencyId(status: string): Promise<number> {
  const { docs } = await rest<{ docs: Array<{ id: number }> }>(`agencies?where[membershipStatus][equals]=${status}&limit=1&depth=0`, 'GET')
  return docs[0].id
}

beforeAll(async () => {
  browser = await launchBrowser()
  auth = { authorization: await adminAuthorization(), 'content-type': 'application/json' }
  for (const [person, status] of [
    [member, 'member'],
    [outsider, 'applied'],
  ] as const) {
    const { doc } = await rest<{ doc: { id: number } }>('users', 'POST', {
      email: person.email,
      password: PASSWORD,
      name: `Representant ${status}`,
      role: 'agency-representative',
      agency: await agencyId(status),
    })
    person.id = doc.id
  }
  const { docs: hubs } = await rest<{ docs: Array<{ id: number }> }>('hubs?limit=1&depth=0', 'GET')
  const start = new Date(Date.now() + 9 * 86_400_000)
  start.setUTCHours(8, 0, 0, 0)
  const { doc } = await rest<{ doc: { id: number; slug: string; title: string } }>('events', 'POST', {
    title: `Nätverksträff för medlemmar ${stamp}`,
    start: start.toISOString(),
    end: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
    venueKind: 'hub',
    hub: hubs[0].id,
    organiser: 'Region Jämtland Härjedalen',
    type: 'network-meeting',
    audience: 'network',
    registrationRequired: true,
    capacity: 20,
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

/** A browser context logged in through the site's own form. */
async function loggedIn(email: string, path = '/natverket/logga-in'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(siteUrl + path)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(PASSWORD)
  await page.waitForTimeout(FILL_TIME_MS)
  await page.locator('main button[type="submit"]').click()
  await page.waitForURL(/mina-sidor|my-page/)
  return { context, page }
}

describe('logging in', () => {
  it.each([
    ['/natverket/logga-in', 'sv'],
    ['/en/network/login', 'en'],
    ['/natverket/glomt-losenord', 'sv'],
    ['/en/network/forgot-password', 'en'],
  ])('%s answers 200, is private, passes axe-core and loads nothing from elsewhere', async (path, lang) => {
    const page = await browser.newPage()
    const foreign = recordForeignRequests(page, siteUrl)
    const response = await page.goto(siteUrl + path)
    expect(response?.status()).toBe(200)
    expect(response?.headers()['cache-control']).toBe('private, no-store')
    expect(await page.getAttribute('html', 'lang')).toBe(lang)
    await noViolations(page, path)
    expect(foreign).toEqual([])
    await page.close()
  })

  it('says the same for an unknown address and a wrong password, with 401', async () => {
    const post = await formSession('/natverket/logga-in')
    const wrong = await post({ email: member.email, password: 'fel lösenord helt enkelt' })
    const unknown = await post({ email: `finns-inte-${stamp}@example.org`, password: 'fel lösenord helt enkelt' })
    expect([wrong.status, unknown.status]).toEqual([401, 401])
    const message = (html: string) => /role="alert"[^>]*>\s*<p>([^<]+)/.exec(html)?.[1]
    const [a, b] = [message(await wrong.text()), message(await unknown.text())]
    expect(a).toContain('stämmer inte')
    expect(a).toBe(b)
    expect(wrong.headers.getSetCookie().some((c) => c.startsWith('portal_session='))).toBe(false)
  })

  it('sets an HttpOnly, SameSite=Lax session cookie and goes to my page', async () => {
    const post = await formSession('/natverket/logga-in')
    const response = await post({ email: member.email.toUpperCase(), password: PASSWORD })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/natverket/mina-sidor')
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('portal_session='))!
    expect(cookie).toMatch(/; HttpOnly/)
    expect(cookie).toMatch(/; SameSite=Lax/)
    expect(cookie).toMatch(/; Path=\//)
    expect(cookie).toMatch(/; Max-Age=28800/)
    // Over plain http on a laptop the cookie cannot be Secure; SITE_PUBLIC_URL=https makes it so (unit tested).
    const session = cookie.split(';')[0]
    const my = await fetch(`${siteUrl}/natverket/mina-sidor`, { headers: { cookie: session } })
    expect(my.status).toBe(200)
    expect(my.headers.get('cache-control')).toBe('private, no-store')
    expect(my.headers.get('x-cache')).toBe('BYPASS')
  })
})

describe('network events', () => {
  it('an anonymous visitor is sent to log in, a representative of an agency outside the network gets 403 without the event; a member’s representative sees it', async () => {
    const path = `/evenemang/${meetup.slug}`
    const anonymous = await fetch(siteUrl + path, { redirect: 'manual' })
    expect(anonymous.status).toBe(303)
    expect(anonymous.headers.get('location')).toBe(`/natverket/logga-in?next=${encodeURIComponent(path)}`)
    const { context: outside, page: outsidePage } = await loggedIn(outsider.email)
    const refused = await outsidePage.goto(siteUrl + path)
    expect(refused?.status()).toBe(403)
    expect(await outsidePage.locator('main').innerText()).not.toContain(meetup.title)
    // My page lists no network meetings for them either.
    await outsidePage.goto(`${siteUrl}/natverket/mina-sidor`)
    expect(await outsidePage.locator('main').innerText()).not.toContain(meetup.title)
    const cookieOf = async (c: BrowserContext) => (await c.cookies()).filter((k) => k.name === 'portal_session').map((k) => `${k.name}=${k.value}`).join('; ')
    // Nor its calendar file.
    expect((await fetch(`${siteUrl}${path}.ics`)).status).toBe(404)
    expect((await fetch(`${siteUrl}${path}.ics`, { headers: { cookie: await cookieOf(outside) } })).status).toBe(404)
    await outside.close()

    const { context, page } = await loggedIn(member.email)
    const shown = await page.goto(siteUrl + path)
    expect(shown?.status()).toBe(200)
    expect(shown?.headers()['cache-control']).toBe('private, no-store')
    expect(await page.locator('h1').innerText()).toContain(meetup.title)
    // The page's "add to calendar" file is theirs too, privately.
    const ics = await fetch(`${siteUrl}${path}.ics`, { headers: { cookie: await cookieOf(context) } })
    expect(ics.status).toBe(200)
    expect(ics.headers.get('cache-control')).toBe('private, no-store')
    expect(await ics.text()).toContain(`SUMMARY:${meetup.title}`)
    await context.close()
  })

  it('a member’s representative registers with one click, confirmed at once, sees it on the page and on my page, then registers a colleague', async () => {
    const { context, page } = await loggedIn(member.email)
    await page.goto(`${siteUrl}/evenemang/${meetup.slug}`)
    // No fields to fill: they register as themselves, and the page says who that is.
    expect(await page.locator('#registration-email').count()).toBe(0)
    expect(await page.locator('#anmalan').innerText()).toContain(`Representant member (${member.email})`)
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Anmäl mig' }).click()])
    expect(response.status()).toBe(200)
    const status = page.locator('#anmalan [role="status"]')
    expect(await status.innerText()).toContain('Du har en plats')
    // Already registered: the page says so and offers to cancel, and no second registration.
    expect(await page.locator('#anmalan').innerText()).toContain('du har en plats')
    expect(await page.getByRole('button', { name: /^Avboka/ }).count()).toBe(1)
    expect(await page.getByRole('button', { name: 'Anmäl mig' }).count()).toBe(0)
    await noViolations(page, 'event page, registered with one click')
    const confirmed = await mailTo(member.email, /^Du är anmäld: /)
    expect(confirmed.attachments.find((a) => a.contentType.startsWith('text/calendar'))?.content.toString('utf8')).toContain('METHOD:REQUEST')

    await page.goto(`${siteUrl}/natverket/mina-sidor`)
    const main = await page.locator('main').innerText()
    expect(main).toContain(meetup.title)
    expect(main).toContain('Bekräftad')
    await noViolations(page, 'my page')

    const colleague = `kollega-${stamp}@example.org`
    await page.locator('#colleague-event').selectOption(String(meetup.id))
    await page.locator('#colleague-name').fill('Kollega Karlsson')
    await page.locator('#colleague-email').fill(colleague)
    const [sent] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Anmäl kollegan' }).click()])
    expect(sent.status()).toBe(202)
    expect(await page.locator('main .notice[role="status"]').innerText()).toContain(colleague)
    await mailTo(colleague, /Bekräfta din anmälan/)
    // The colleague is listed apart, without the link that is theirs alone.
    const colleagues = page.locator('section[aria-labelledby="my-colleagues"]')
    expect(await colleagues.innerText()).toContain('Kollega Karlsson')
    expect(await colleagues.locator('a[href^="/anmalan/"]').count()).toBe(0)
    expect(await page.locator('section[aria-labelledby="my-registrations"] a[href^="/anmalan/"]').count()).toBe(1)
    await context.close()
  })

  it('my page links a personal calendar feed of confirmed places, at an address that can be renewed', async () => {
    const { context, page } = await loggedIn(member.email)
    const feedHref = async () => (await page.locator('section[aria-labelledby="my-feed"] a[type="text/calendar"]').getAttribute('href'))!
    const first = await feedHref()
    expect(first).toMatch(/^\/natverket\/kalender\/[A-Za-z0-9_-]{43}\.ics$/)
    // No cookie: calendar apps send none. The one-click registration is a confirmed place, so it is in it.
    const feed = await fetch(siteUrl + first)
    expect(feed.status).toBe(200)
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/)
    expect(feed.headers.get('cache-control')).toBe('private, max-age=300')
    expect(await feed.text()).toContain('BEGIN:VEVENT')

    await page.getByRole('button', { name: 'Skapa ny kalenderadress' }).click()
    expect(await page.locator('main .notice[role="status"]').innerText()).toContain('ny kalenderadress')
    const second = await feedHref()
    expect(second).not.toBe(first)
    expect((await fetch(siteUrl + first)).status).toBe(404)
    expect((await fetch(siteUrl + second)).status).toBe(200)
    expect((await fetch(`${siteUrl}/en/network/calendar/${'x'.repeat(43)}.ics`)).status).toBe(404)
    await context.close()
  })

  it('my page in English passes axe-core', async () => {
    const { context, page } = await loggedIn(member.email, '/en/network/login')
    expect(page.url()).toContain('/en/network/my-page')
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await noViolations(page, 'my page (en)')
    await context.close()
  })
})

describe('the innovation council', () => {
  it.each([
    ['/innovationsradet/ansok', 'sv', 'Logga in'],
    ['/en/innovation-council/apply', 'en', 'Log in'],
  ])('%s asks an anonymous visitor to log in, passes axe-core', async (path, lang, login) => {
    const page = await browser.newPage()
    const response = await page.goto(siteUrl + path)
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe(lang)
    expect(await page.locator('main').getByRole('link', { name: login }).count()).toBe(1)
    await noViolations(page, path)
    await page.close()
  })

  it('a member’s representative applies; once the region accepts, they are on the council page and see council meetings', async () => {
    const { context, page } = await loggedIn(member.email)
    await page.goto(`${siteUrl}/innovationsradet`)
    await page.getByRole('link', { name: 'Ansök om en plats i rådet' }).click()
    await page.waitForURL(/innovationsradet\/ansok/)
    await noViolations(page, 'the council application form')
    await page.locator('#council-motivation').fill('Vi vill utveckla nätverksbaserat arbete.')
    await page.locator('#council-contribution').fill('Erfarenhet av hubbar i fjällen.')
    await page.waitForTimeout(FILL_TIME_MS)
    const [sent] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Skicka ansökan' }).click()])
    expect(sent.status()).toBe(202)

    const { docs } = await rest<{ docs: Array<{ id: number; organisation: string }> }>(`council-applications?where[user][equals]=${member.id}&depth=0`, 'GET')
    expect(docs).toHaveLength(1)
    expect((await rest<{ status: string }>(`council-applications/${docs[0].id}/approve`, 'POST', { message: 'Välkommen!' })).status).toBe('approved')
    await mailTo(member.email, /Välkommen till innovationsrådet/)
    await expect.poll(async () => (await fetch(`${siteUrl}/innovationsradet`)).text(), { timeout: 5_000 }).toContain(docs[0].organisation)

    // My page now offers the council's meeting calendar at a personal address.
    await page.goto(`${siteUrl}/natverket/mina-sidor`)
    const feed = await page.locator('#my-council-feed ~ .calendar-links a[type="text/calendar"]').getAttribute('href')
    expect(feed).toMatch(new RegExp(`^/innovationsradet/kalender/${member.id}-[A-Za-z0-9_-]{43}\\.ics$`))
    const ics = await fetch(siteUrl + feed!)
    expect(ics.status).toBe(200)
    expect(ics.headers.get('cache-control')).toBe('private, max-age=300')
    const body = await ics.text()
    expect(body).toContain('BEGIN:VCALENDAR')
    expect(body).toContain('Innovationsrådet')
    // A forged address, or another user's id with this signature, gets nothing.
    expect((await fetch(siteUrl + feed!.replace(/-(.)/, (_, c: string) => `-${c === 'A' ? 'B' : 'A'}`))).status).toBe(404)
    expect((await fetch(siteUrl + feed!.replace(`/${member.id}-`, `/${outsider.id}-`))).status).toBe(404)
    await context.close()
  })
})

describe('passwords and the account', () => {
  it('a forgotten password is mailed as a link; the link sets a new password once and logs in', async () => {
    const post = await formSession('/en/network/forgot-password')
    const unknown = await post({ email: `okand-${stamp}@example.org` })
    const known = await post({ email: member.email })
    expect([unknown.status, known.status]).toEqual([202, 202])
    const text = (html: string) => /role="status"[^>]*>\s*<p>([^<]+)/.exec(html)?.[1]
    expect(text(await unknown.text())).toBe(text(await known.text()))

    const mail = await mailTo(member.email, /Välj ett nytt lösenord|Choose a new password/)
    const link = linkIn(mail, '/natverket/losenord/')
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(siteUrl + link)
    await noViolations(page, 'the set-password page')
    await page.locator('#password-new').fill('kort')
    await page.locator('#password-repeat').fill('kort')
    await page.waitForTimeout(FILL_TIME_MS)
    await page.getByRole('button', { name: 'Spara lösenord' }).click()
    expect(await page.locator('#password-error').innerText()).toContain('minst 12 tecken')
    await page.locator('#password-new').fill(`${PASSWORD} två`)
    await page.locator('#password-repeat').fill(`${PASSWORD} två`)
    await page.waitForTimeout(FILL_TIME_MS)
    await page.getByRole('button', { name: 'Spara lösenord' }).click()
    await page.waitForURL(/mina-sidor/)
    // Used: the link now says so, with 410.
    const again = await page.goto(siteUrl + link)
    expect(again?.status()).toBe(410)
    await context.close()
    // Back to the first password for the tests that follow.
    await rest(`users/${member.id}`, 'PATCH', { password: PASSWORD })
  })

  it('the set-password page in English, from a mail in the person’s language, passes axe-core', async () => {
    const email = `english-${stamp}@example.org`
    await rest('users', 'POST', { email, password: PASSWORD, name: 'English Representative', role: 'agency-representative', agency: await agencyId('member'), locale: 'en' })
    const post = await formSession('/natverket/glomt-losenord')
    expect((await post({ email })).status).toBe(202)
    const link = linkIn(await mailTo(email, /Choose a new password/), '/en/network/password/')
    const page = await browser.newPage()
    const response = await page.goto(siteUrl + link)
    expect(response?.status()).toBe(200)
    // The address holds a secret: never stored anywhere.
    expect(response?.headers()['cache-control']).toBe('no-store')
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await noViolations(page, 'the set-password page (en)')
    await page.close()
  })

  it.each([
    ['/natverket/losenord/', 'sv', 'Be om en ny länk', '/natverket/glomt-losenord'],
    ['/en/network/password/', 'en', 'Ask for a new link', '/en/network/forgot-password'],
  ])('a forged or used link at %s answers 410 with a way to ask for a new one, and passes axe-core', async (prefix, lang, ask, forgot) => {
    const page = await browser.newPage()
    const response = await page.goto(`${siteUrl}${prefix}${'0'.repeat(40)}`)
    expect(response?.status()).toBe(410)
    expect(await page.getAttribute('html', 'lang')).toBe(lang)
    expect(await page.locator('main').getByRole('link', { name: ask }).getAttribute('href')).toBe(forgot)
    await noViolations(page, `${prefix} (forged)`)
    await page.close()
  })

  it('logging out ends the session: the old cookie no longer opens my page', async () => {
    const { context, page } = await loggedIn(member.email)
    const session = (await context.cookies()).find((c) => c.name === 'portal_session')!
    expect(session.httpOnly).toBe(true)
    expect(session.sameSite).toBe('Lax')
    await page.getByRole('button', { name: 'Logga ut' }).click()
    await page.waitForURL(/logga-in\?utloggad=1/)
    expect(await page.locator('main .notice[role="status"]').innerText()).toContain('utloggad')
    const stale = await fetch(`${siteUrl}/natverket/mina-sidor`, { headers: { cookie: `portal_session=${session.value}` }, redirect: 'manual' })
    expect(stale.status).toBe(303)
    expect(stale.headers.get('location')).toBe('/natverket/logga-in')
    await context.close()
  })

  it('downloads everything stored about the person, then deletes the account but keeps the registration count', async () => {
    const { context, page } = await loggedIn(member.email)
    const cookie = (await context.cookies()).filter((c) => c.name === 'portal_session').map((c) => `${c.name}=${c.value}`).join('; ')
    const download = await fetch(`${siteUrl}/natverket/mina-sidor/data.json`, { headers: { cookie } })
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="mina-uppgifter-/)
    const data = (await download.json()) as { account: { email: string }; registrations: Array<{ event: { title: string } }>; colleaguesRegistered: Array<{ event: { title: string } }> }
    expect(data.account.email).toBe(member.email)
    expect(data.registrations.map((r) => r.event.title)).toContain(meetup.title)
    expect(data.colleaguesRegistered.map((r) => r.event.title)).toEqual([meetup.title])
    expect(JSON.stringify(data)).not.toContain(`kollega-${stamp}`)
    const feed = (await page.locator('section[aria-labelledby="my-feed"] a[type="text/calendar"]').getAttribute('href'))!
    expect((await fetch(`${siteUrl}/natverket/mina-sidor/data.json`, { redirect: 'manual' })).status).toBe(303)
    const english = await fetch(`${siteUrl}/en/network/my-page/data.json`, { headers: { cookie } })
    expect(english.headers.get('content-disposition')).toMatch(/^attachment; filename="my-data-/)
    expect(english.headers.get('cache-control')).toBe('private, no-store')

    const count = async () => (await rest<{ totalDocs: number }>(`registrations?where[event][equals]=${meetup.id}&limit=0`, 'GET')).totalDocs
    const before = await count()
    // Without the box ticked, nothing happens.
    await page.getByRole('button', { name: 'Ta bort kontot' }).click()
    expect(await page.locator('#delete-error').innerText()).toContain('Kryssa i rutan')
    await page.locator('#delete-confirm').check()
    await page.getByRole('button', { name: 'Ta bort kontot' }).click()
    await page.waitForURL(/natverket\?konto-borttaget=1/)
    expect(await count()).toBe(before)
    const { docs } = await rest<{ docs: unknown[] }>(`users?where[email][equals]=${encodeURIComponent(member.email)}`, 'GET')
    expect(docs).toEqual([])
    expect((await fetch(siteUrl + feed)).status).toBe(404)
    // The colleague keeps their registration and address.
    const kept = await rest<{ docs: Array<{ name: string }> }>(`registrations?where[email][equals]=${encodeURIComponent(`kollega-${stamp}@example.org`)}&depth=0`, 'GET')
    expect(kept.docs.map((r) => r.name)).toEqual(['Kollega Karlsson'])
    // (Logging in again is not tried here: a failed attempt would count towards the next test's limit.)
    await context.close()
  })

  it('after five attempts in ten minutes, a sixth is refused with 429 and a clear message', async () => {
    // From an address of its own (127.0.7.7), so later files' logins from 127.0.0.1 are not limited by these.
    const { cookie, hidden } = await formTokens('/natverket/logga-in')
    const site = new URL(siteUrl)
    const post = (fields: Record<string, string>) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>((resolve, reject) => {
        const body = new URLSearchParams({ ...hidden, ...fields }).toString()
        const req = http.request(
          { host: site.hostname, port: site.port, path: '/natverket/logga-in', method: 'POST', localAddress: '127.0.7.7', headers: { origin: site.origin, cookie, 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } },
          (res) => {
            const chunks: Buffer[] = []
            res.on('data', (c: Buffer) => chunks.push(c))
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }))
          },
        )
        req.on('error', reject)
        req.end(body)
      })
    const email = `gissare-${stamp}@example.org`
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) statuses.push((await post({ email, password: `gissning ${i}` })).status)
    const sixth = await post({ email, password: 'gissning 6' })
    expect(statuses).toEqual([401, 401, 401, 401, 401])
    expect(sixth.status).toBe(429)
    expect(String(sixth.headers['retry-after'])).toMatch(/^\d+$/)
    const text = { text: async () => sixth.text }
    expect(await text.text()).toContain('för många försök')
  })
})
