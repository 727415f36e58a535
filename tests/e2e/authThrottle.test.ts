/**
 * The CMS's own ways in, from the outside (the security issue's items 7, 8 and 9): REST login
 * with one answer, equal timing and throttling that the owner can get past; GraphQL closed to
 * the anonymous and bounded for the logged-in; Payload's forgot-password routed to the
 * portal's rate-limited flow with absolute links.
 *
 * Each test that fails logins does so from a loopback address of its own (127.0.9.x), so its
 * failures never count against the 127.0.0.1 that other files log in from, and uses accounts
 * of its own.
 */
import http from 'node:http'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from '../helpers/browser.ts'
import { adminAuthorization } from '../helpers/cmsSession.ts'
import { formSession, linkIn, mailTo } from '../helpers/siteForms.ts'

const cmsUrl = inject('cmsUrl')
const siteUrl = inject('siteUrl')
const stamp = Date.now()
const PASSWORD = 'ett långt och hemligt lösenord'

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
  json: () => any
  ms: number
}

/** One HTTP request from a chosen loopback address, timed. */
function send(url: string, options: { from?: string; method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const target = new URL(url)
  const body = options.body ?? ''
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: options.method ?? 'POST',
        localAddress: options.from,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text), ms: performance.now() - started })
        })
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

const login = (email: string, password: string, from?: string, headers?: Record<string, string>) =>
  send(`${cmsUrl}/api/users/login`, { from, headers, body: JSON.stringify({ email, password }) })

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let auth: Record<string, string>
let browser: Browser

async function rest<T>(path: string, method: string, body?: unknown): Promise<T> {
  const response = await fetch(`${cmsUrl}/api/${path}`, { method, headers: auth, body: body === undefined ? undefined : JSON.stringify(body) })
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/** A new account of `role` with PASSWORD. */
async function account(name: string, role: 'agency-representative' | 'community-manager' = 'agency-representative'): Promise<string> {
  const email = `${name}-${stamp}@example.org`
  const agency = role === 'agency-representative' ? (await rest<{ docs: Array<{ id: number }> }>('agencies?where[membershipStatus][equals]=member&limit=1&depth=0', 'GET')).docs[0].id : undefined
  await rest('users', 'POST', { email, password: PASSWORD, name: `Test ${name}`, role, agency })
  return email
}

beforeAll(async () => {
  auth = { authorization: await adminAuthorization(), 'content-type': 'application/json' }
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('REST login', () => {
  it('an unknown address and a wrong password get the same status and body, and take about as long', async () => {
    const email = await account('timing')
    const wrong: Answer[] = []
    const unknown: Answer[] = []
    for (let i = 0; i < 2; i++) {
      wrong.push(await login(email, `fel lösenord ${i}`, '127.0.9.1'))
      unknown.push(await login(`finns-inte-${i}-${stamp}@example.org`, `fel lösenord ${i}`, '127.0.9.1'))
    }
    expect([...wrong, ...unknown].map((a) => a.status)).toEqual([401, 401, 401, 401])
    expect(new Set([...wrong, ...unknown].map((a) => a.text)).size).toBe(1)
    // Loose on purpose: an unknown address used to answer in a fifteenth of the time.
    const slowestWrong = Math.max(...wrong.map((a) => a.ms))
    const fastestUnknown = Math.min(...unknown.map((a) => a.ms))
    expect(fastestUnknown, `unknown ${unknown.map((a) => a.ms)} ms, wrong ${wrong.map((a) => a.ms)} ms`).toBeGreaterThan(slowestWrong * 0.4)
  })

  it('five failures make the sixth attempt wait (429 with Retry-After, one message, never "locked"); the owner gets in after the back-off', async () => {
    const email = await account('backoff')
    const failures: Answer[] = []
    for (let i = 0; i < 5; i++) failures.push(await login(email, `gissning ${i}`, '127.0.9.2'))
    expect(failures.map((a) => a.status)).toEqual([401, 401, 401, 401, 401])
    const sixth = await login(email, 'gissning 6', '127.0.9.2')
    expect(sixth.status).toBe(429)
    const wait = Number(sixth.headers['retry-after'])
    expect(Number.isInteger(wait) && wait >= 1 && wait <= 60, `Retry-After: ${sixth.headers['retry-after']}`).toBe(true)
    expect(sixth.json().errors[0].message).toMatch(/försök|attempts/i)
    for (const answer of [...failures, sixth]) expect(answer.text).not.toMatch(/lock|låst/i)

    // The owner, elsewhere, is asked to wait too (the back-off is the account's), then gets in.
    const early = await login(email, PASSWORD, '127.0.9.3')
    expect(early.status).toBe(429)
    await sleep(Number(early.headers['retry-after']) * 1000 + 200)
    const owner = await login(email, PASSWORD, '127.0.9.3')
    expect(owner.status).toBe(200)
    expect(owner.json().token).toBeTruthy()
    // A success starts the count over: a typo now is an ordinary 401.
    expect((await login(email, 'ett skrivfel', '127.0.9.3')).status).toBe(401)
  })

  it('a stranger cannot lock the admin out: after their failures the admin gets in within a minute', async () => {
    const adminEmail = inject('adminEmail')
    for (let i = 0; i < 8; i++) await login(adminEmail, `främling ${i}`, '127.0.9.4')
    const started = Date.now()
    let answer = await login(adminEmail, inject('adminPassword'))
    while (answer.status === 429 && Date.now() - started < 70_000) {
      await sleep(Number(answer.headers['retry-after']) * 1000 + 200)
      answer = await login(adminEmail, inject('adminPassword'))
    }
    expect(answer.status, answer.text).toBe(200)
    expect(Date.now() - started).toBeLessThan(65_000)
  })

  it('ten failures from one address, whatever the accounts, refuse its next attempt; a forged X-Forwarded-For does not get round it', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 10; i++) statuses.push((await login(`spray-${i}-${stamp}@example.org`, 'Sommar2026!', '127.0.9.5')).status)
    expect(statuses).toEqual(Array(10).fill(401))
    const next = await login(`spray-10-${stamp}@example.org`, 'Sommar2026!', '127.0.9.5')
    expect(next.status).toBe(429)
    expect(next.headers['retry-after']).toMatch(/^\d+$/)
    const forged = await login(`spray-11-${stamp}@example.org`, 'Sommar2026!', '127.0.9.5', { 'x-forwarded-for': '198.51.100.7' })
    expect(forged.status).toBe(429)
  })

  it('the site and the CMS count together: failures on the CMS make the site’s login wait too', async () => {
    const email = await account('together')
    // The form first (it must be open a few seconds before it is sent), so the back-off is surely still on.
    const post = await formSession('/natverket/logga-in')
    for (let i = 0; i < 5; i++) expect((await login(email, `gissning ${i}`, '127.0.9.6')).status).toBe(401)
    const site = await post({ email, password: PASSWORD })
    expect(site.status).toBe(429)
    expect(site.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(await site.text()).toContain('för många försök')
  })
})

describe('GraphQL', () => {
  const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: Hubs(limit: 100) { docs { id name } }`).join(' ')} }`
  const graphql = (query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>) =>
    send(`${cmsUrl}/api/graphql`, { headers, body: JSON.stringify({ query, variables }) })

  it('refuses the anonymous at once with a JSON errors answer, however big the query', async () => {
    const big = await graphql(aliased(200))
    expect([401, 403]).toContain(big.status)
    expect(big.json().errors[0].message).toBeTruthy()
    expect(big.ms).toBeLessThan(1_000)
    const small = await graphql('{ Hubs(limit: 1) { docs { id } } }')
    expect([401, 403]).toContain(small.status)
  })

  it('refuses 200 aliased Hubs(limit: 100) from a logged-in user in well under a second', async () => {
    const answer = await graphql(aliased(200), { authorization: auth.authorization })
    expect(answer.status).toBe(400)
    expect(answer.json().errors[0].message).toMatch(/alias/i)
    expect(answer.ms).toBeLessThan(1_000)
  })

  it('answers a modest query from a logged-in user', async () => {
    const answer = await graphql('query Few($n: Int) { Hubs(limit: $n) { docs { name } } }', { authorization: auth.authorization }, { n: 3 })
    expect(answer.status).toBe(200)
    expect(answer.json().data.Hubs.docs).toHaveLength(3)
  })

  it('counts limit in the cost: too many documents, no limit at all, or no pagination are refused', async () => {
    for (const query of [
      '{ Hubs(limit: 5000) { docs { id name } } }',
      '{ Hubs(limit: 0) { docs { id } } }',
      '{ Hubs(pagination: false) { docs { id } } }',
      'query Many($n: Int) { Hubs(limit: $n) { docs { id } } }',
    ]) {
      const answer = await graphql(query, { authorization: auth.authorization }, query.includes('$n') ? { n: 100000 } : undefined)
      expect(answer.status, query).toBe(400)
      expect(answer.json().errors[0].message, query).toMatch(/cost|limit|kostnad|gräns/i)
      expect(answer.ms).toBeLessThan(1_000)
    }
  })

  it('refuses login, forgot-password and reset-password mutations (aliased or not), and counts nothing against the account', async () => {
    const email = await account('graphql-login')
    const mutation = `mutation { ${[0, 1, 2].map((i) => `a${i}: loginUser(email: "${email}", password: "gissning ${i}") { token }`).join(' ')} }`
    const answer = await graphql(mutation, { authorization: auth.authorization })
    expect(answer.status).toBe(400)
    expect(answer.json().errors[0].message).toMatch(/REST|loginUser/)
    for (const other of [`mutation { forgotPasswordUser(email: "${email}") }`, 'mutation { resetPasswordUser(token: "x", password: "y") { token } }']) {
      expect((await graphql(other, { authorization: auth.authorization })).status, other).toBe(400)
    }
    // Nothing was tried: five wrong passwords over REST are still five ordinary 401s.
    for (let i = 0; i < 5; i++) expect((await login(email, `gissning ${i}`, '127.0.9.7')).status).toBe(401)
  })

  it('refuses a body over 64 KB with 413 before reading the query', async () => {
    const answer = await graphql(`{ Hubs(limit: 1) { docs { id } } }${' '.repeat(70 * 1024)}`, { authorization: auth.authorization })
    expect(answer.status).toBe(413)
    expect(answer.json().errors[0].message).toBeTruthy()
  })
})

describe('forgotten password through the CMS', () => {
  const forgot = (email: string, from: string) => send(`${cmsUrl}/api/users/forgot-password`, { from, body: JSON.stringify({ email }) })

  it('answers the same for an unknown address; a representative is mailed the site’s absolute set-password link, which works', async () => {
    const email = await account('forgot-rep')
    const unknown = await forgot(`ingen-${stamp}@example.org`, '127.0.9.8')
    const known = await forgot(email, '127.0.9.8')
    expect([unknown.status, known.status]).toEqual([200, 200])
    expect(unknown.text).toBe(known.text)

    const mail = await mailTo(email, /Välj ett nytt lösenord|Choose a new password/)
    expect(mail.text).toMatch(/https?:\/\/[^\s/]+\/natverket\/losenord\/[0-9a-f]{40}/)
    const link = linkIn(mail, '/natverket/losenord/')
    const post = await formSession(link)
    const chosen = `${PASSWORD} nytt`
    const set = await post({ password: chosen, repeat: chosen })
    expect(set.status).toBe(303)
    expect((await login(email, chosen, '127.0.9.8')).status).toBe(200)
  })

  it('a community manager is mailed the admin panel’s own reset page at an absolute address, and it works', async () => {
    const email = await account('forgot-cm', 'community-manager')
    expect((await forgot(email, '127.0.9.9')).status).toBe(200)
    const mail = await mailTo(email, /lösenord|password/i)
    const match = /(https?:\/\/[^\s/]+)(\/admin\/reset\/[0-9a-f]{40})/.exec(mail.text ?? '')
    expect(match, mail.text).toBeTruthy()
    const page = await browser.newPage()
    await page.goto(cmsUrl + match![2])
    const chosen = `${PASSWORD} för panelen`
    await page.locator('input[name="password"]').fill(chosen)
    await page.locator('input[name="confirm-password"]').fill(chosen)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.includes('/reset'))
    await page.close()
    expect((await login(email, chosen, '127.0.9.9')).status).toBe(200)
  })

  it('is rate limited per address: the sixth request in ten minutes gets 429 with Retry-After', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) statuses.push((await forgot(`glomsk-${i}-${stamp}@example.org`, '127.0.9.10')).status)
    expect(statuses).toEqual([200, 200, 200, 200, 200])
    const sixth = await forgot(`glomsk-6-${stamp}@example.org`, '127.0.9.10')
    expect(sixth.status).toBe(429)
    expect(sixth.headers['retry-after']).toMatch(/^\d+$/)
    expect(sixth.json().errors[0].message).toBeTruthy()
  })
})
