import { beforeAll, describe, expect, it } from 'vitest'
import { checkFormSubmission, CSRF_FIELD, failureResponse, HONEYPOT_FIELD, openForm, protectForm, readFormData, STARTED_FIELD, type FormContext } from '../../../../site/lib/security/forms.ts'
import { SlidingWindowLimiter } from '../../../../site/lib/security/rateLimit.ts'

const T = Date.UTC(2026, 10, 22, 9, 0)
const SITE = 'http://127.0.0.1:4321'

beforeAll(() => {
  process.env.SITE_SECRET = 'test-secret-'.padEnd(48, 'x')
  delete process.env.SITE_PUBLIC_URL
})

/** One visitor: a cookie jar that keeps what the site sets, like a browser. */
function visitor(ip = '203.0.113.5') {
  const jar = new Map<string, string>()
  const cookies = { get: (name: string) => (jar.has(name) ? { value: jar.get(name)! } : undefined), set: (name: string, value: string) => void jar.set(name, value) }
  const context = (method: string, headers: Record<string, string> = {}): FormContext & { response: { headers: Headers } } => ({
    cookies,
    url: new URL(SITE + '/natverket/anslut'),
    request: new Request(SITE + '/natverket/anslut', { method, headers }),
    clientAddress: ip,
    response: { headers: new Headers() },
  })
  return { jar, context }
}

function submission(fields: { csrfToken: string; startedToken: string }, extra: Record<string, string> = {}) {
  const form = new FormData()
  form.set(CSRF_FIELD, fields.csrfToken)
  form.set(STARTED_FIELD, fields.startedToken)
  form.set(HONEYPOT_FIELD, '')
  for (const [k, v] of Object.entries(extra)) form.set(k, v)
  return form
}

const sameOrigin = { origin: SITE, 'sec-fetch-site': 'same-origin' }

describe('protectForm and checkFormSubmission', () => {
  it('a person who opens the form and sends it 10 seconds later gets through', () => {
    const anna = visitor()
    const get = anna.context('GET')
    const fields = protectForm(get, { action: 'network-join', now: T })
    expect(get.response.headers.get('cache-control')).toBe('private, no-store')
    expect(anna.jar.size).toBe(1)
    const check = checkFormSubmission(anna.context('POST', sameOrigin), submission(fields), {
      locale: 'sv',
      action: 'network-join',
      email: 'anna@example.se',
      limiter: new SlidingWindowLimiter(),
      now: T + 10_000,
    })
    expect(check).toEqual({ ok: true })
  })

  it('checks in order: origin, then CSRF, then honeypot and time, then the rate limit', () => {
    const limiter = new SlidingWindowLimiter({ limit: 1 })
    const anna = visitor()
    const fields = protectForm(anna.context('GET'), { action: 'login', now: T })
    const options = { locale: 'en' as const, action: 'login', limiter, now: T + 10_000 }
    // Cross-site with everything else wrong too: the origin is what is reported.
    expect(checkFormSubmission(anna.context('POST', { origin: 'https://evil.example' }), new FormData(), options)).toMatchObject({ ok: false, problem: 'cross-site', status: 403 })
    // Same origin, token from someone else's page, too fast as well: CSRF is reported.
    const mallory = visitor()
    const theirs = protectForm(mallory.context('GET'), { action: 'login', now: T + 9_000 })
    expect(checkFormSubmission(anna.context('POST', sameOrigin), submission(theirs), options)).toMatchObject({ ok: false, problem: 'csrf-invalid', status: 403 })
    // Good token, honeypot filled.
    expect(checkFormSubmission(anna.context('POST', sameOrigin), submission(fields, { [HONEYPOT_FIELD]: 'x' }), options)).toMatchObject({ ok: false, problem: 'honeypot', status: 400 })
    // Good token, sent a second after the form was served.
    expect(checkFormSubmission(anna.context('POST', sameOrigin), submission(fields), { ...options, now: T + 1000 })).toMatchObject({ ok: false, problem: 'form-too-fast', status: 400 })
    // None of those counted towards the limit: the first good submission passes, the second is limited.
    expect(checkFormSubmission(anna.context('POST', sameOrigin), submission(fields), options)).toEqual({ ok: true })
    const limited = checkFormSubmission(anna.context('POST', sameOrigin), submission(fields), { ...options, now: T + 20_000 })
    expect(limited).toMatchObject({ ok: false, problem: 'rate-limited', status: 429, headers: { 'Retry-After': '590' } })
    expect(!limited.ok && limited.message).toContain('too many attempts')
  })

  it('refuses a timestamp issued for another form', () => {
    const anna = visitor()
    const loginFields = protectForm(anna.context('GET'), { action: 'login', now: T })
    const check = checkFormSubmission(anna.context('POST', sameOrigin), submission(loginFields), { locale: 'sv', action: 'network-join', limiter: new SlidingWindowLimiter(), now: T + 10_000 })
    expect(check).toMatchObject({ ok: false, problem: 'form-invalid', status: 400 })
  })

  it('limits per e-mail address across IPs', () => {
    const limiter = new SlidingWindowLimiter({ limit: 2 })
    const send = (ip: string, email: string) => {
      const v = visitor(ip)
      const fields = protectForm(v.context('GET'), { action: 'reset', now: T })
      return checkFormSubmission(v.context('POST', sameOrigin), submission(fields), { locale: 'sv', action: 'reset', email, limiter, now: T + 5000 }).ok
    }
    expect([send('192.0.2.1', 'a@example.se'), send('192.0.2.2', 'A@example.se'), send('192.0.2.3', 'a@example.se')]).toEqual([true, true, false])
    expect(send('192.0.2.3', 'b@example.se')).toBe(true)
  })

  it('failureResponse is a localised page with the status and, for a 429, Retry-After', async () => {
    const limiter = new SlidingWindowLimiter({ limit: 1 })
    const v = visitor()
    const fields = protectForm(v.context('GET'), { action: 'x', now: T })
    const options = { locale: 'sv' as const, action: 'x', limiter, now: T + 5000 }
    checkFormSubmission(v.context('POST', sameOrigin), submission(fields), options)
    const check = checkFormSubmission(v.context('POST', sameOrigin), submission(fields), options)
    expect(check.ok).toBe(false)
    if (check.ok) return
    const response = failureResponse(check, 'sv')
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('600')
    expect(await response.text()).toContain('För många försök')
  })
})

describe('openForm', () => {
  /** A POST of `fields` (url-encoded) from the visitor's own page, with its cookie. */
  const post = (v: ReturnType<typeof visitor>, body: string | null, type = 'application/x-www-form-urlencoded'): FormContext => ({
    ...v.context('POST'),
    request: new Request(SITE + '/natverket/anslut', { method: 'POST', body, headers: { ...sameOrigin, ...(body === null ? {} : { 'content-type': type }) } }),
  })
  const encode = (fields: Record<string, string>) => new URLSearchParams(fields).toString()

  it('answers an unreadable body with a localised 400, or the page’s own message', async () => {
    const v = visitor()
    const sv = await openForm(post(v, '{}', 'application/json'), { locale: 'sv', action: 'x' })
    expect(sv).toMatchObject({ ok: false, problem: 'form-unreadable', status: 400, message: 'Formuläret kunde inte läsas. Försök igen.', headers: {}, form: null })
    const en = await openForm(post(v, null), { locale: 'en', action: 'x', unreadable: 'Fill it in again.' })
    expect(en).toMatchObject({ ok: false, status: 400, message: 'Fill it in again.', form: null })
  })

  it('runs every check of checkFormSubmission and keeps the form with a refusal, to show it again', async () => {
    const v = visitor()
    const fields = protectForm(v.context('GET'), { action: 'x', now: T })
    const body = encode({ [CSRF_FIELD]: fields.csrfToken, [STARTED_FIELD]: fields.startedToken, [HONEYPOT_FIELD]: '', name: 'Åsa' })
    const tooFast = await openForm(post(v, body), { locale: 'en', action: 'x', limiter: new SlidingWindowLimiter(), now: T + 1000 })
    expect(tooFast).toMatchObject({ ok: false, problem: 'form-too-fast', status: 400 })
    expect(tooFast.form?.get('name')).toBe('Åsa')
    const passed = await openForm(post(v, body), { locale: 'en', action: 'x', limiter: new SlidingWindowLimiter(), now: T + 10_000 })
    expect(passed.ok && passed.form.get('name')).toBe('Åsa')
  })

  it('rate-limits on the address the page reads from the form, with Retry-After', async () => {
    const limiter = new SlidingWindowLimiter({ limit: 1 })
    const send = async (ip: string, email: string) => {
      const v = visitor(ip)
      const fields = protectForm(v.context('GET'), { action: 'x', now: T })
      const body = encode({ [CSRF_FIELD]: fields.csrfToken, [STARTED_FIELD]: fields.startedToken, [HONEYPOT_FIELD]: '', email })
      return openForm(post(v, body), { locale: 'sv', action: 'x', limiter, now: T + 5000, email: (form) => String(form.get('email')) })
    }
    expect((await send('192.0.2.1', 'a@example.se')).ok).toBe(true)
    expect(await send('192.0.2.2', 'A@example.se')).toMatchObject({ ok: false, problem: 'rate-limited', status: 429, headers: { 'Retry-After': '600' } })
  })
})

describe('readFormData', () => {
  const post = (body: BodyInit, type?: string) => new Request(SITE + '/x', { method: 'POST', body, headers: type ? { 'content-type': type } : {} })

  it('reads url-encoded and multipart forms', async () => {
    expect((await readFormData(post('email=a%40example.se&x=1', 'application/x-www-form-urlencoded')))?.get('email')).toBe('a@example.se')
    const multipart = new FormData()
    multipart.set('name', 'Åsa')
    const request = new Request(SITE + '/x', { method: 'POST', body: multipart })
    expect((await readFormData(request))?.get('name')).toBe('Åsa')
  })

  it('answers null, never throws, for a body that is not a readable form', async () => {
    expect(await readFormData(post('{"email":"a@b"}', 'application/json'))).toBeNull()
    expect(await readFormData(post('email=a', 'text/plain'))).toBeNull()
    expect(await readFormData(post('no boundary here', 'multipart/form-data'))).toBeNull()
    expect(await readFormData(post('--x\r\nbroken', 'multipart/form-data; boundary=x'))).toBeNull()
    expect(await readFormData(new Request(SITE + '/x', { method: 'POST' }))).toBeNull()
    const failing = new ReadableStream({ pull: (c) => c.error(new Error('body too large')) })
    expect(await readFormData(new Request(SITE + '/x', { method: 'POST', body: failing, duplex: 'half', headers: { 'content-type': 'application/x-www-form-urlencoded' } } as RequestInit))).toBeNull()
  })
})
