import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  checkCsrf,
  CSRF_FIELD,
  CSRF_MAX_AGE_MS,
  csrfCookieName,
  csrfFieldValue,
  isVisitorId,
  issueCsrfToken,
  newVisitorId,
  verifyCsrfToken,
  type CookieJar,
} from '../../../../site/lib/security/csrf.ts'
import { deriveKey } from '../../../../site/lib/security/secret.ts'

const key = deriveKey('a'.repeat(64), 'csrf')
const otherKey = deriveKey('b'.repeat(64), 'csrf')
const T = Date.UTC(2026, 10, 22, 9, 0)

describe('issueCsrfToken and verifyCsrfToken', () => {
  const visitor = newVisitorId()

  it('accepts the token issued for this visitor', () => {
    expect(isVisitorId(visitor)).toBe(true)
    expect(verifyCsrfToken(key, visitor, issueCsrfToken(key, visitor, T), T + 60_000)).toEqual({ ok: true })
  })

  it('refuses a token issued for another visitor (a stolen or planted token)', () => {
    const token = issueCsrfToken(key, newVisitorId(), T)
    expect(verifyCsrfToken(key, visitor, token, T)).toEqual({ ok: false, problem: 'csrf-invalid' })
  })

  it('refuses a token signed with another key, a changed timestamp, or a changed MAC', () => {
    const token = issueCsrfToken(key, visitor, T)
    const [time, mac] = token.split('.')
    expect(verifyCsrfToken(key, visitor, issueCsrfToken(otherKey, visitor, T), T).ok).toBe(false)
    expect(verifyCsrfToken(key, visitor, `${(T + 1000).toString(36)}.${mac}`, T + 2000)).toEqual({ ok: false, problem: 'csrf-invalid' })
    const flipped = mac.slice(0, -2) + (mac.at(-2) === 'A' ? 'B' : 'A') + mac.at(-1)
    expect(verifyCsrfToken(key, visitor, `${time}.${flipped}`, T)).toEqual({ ok: false, problem: 'csrf-invalid' })
    // A different spelling of the same MAC bytes (base64url's unused trailing bits) is not accepted either.
    const last = mac.at(-1)!
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    const sibling = alphabet[alphabet.indexOf(last) ^ 1]
    expect(verifyCsrfToken(key, visitor, `${time}.${mac.slice(0, -1)}${sibling}`, T).ok).toBe(false)
  })

  it('calls garbage invalid, and a missing token or cookie missing', () => {
    for (const junk of ['x', 'abc.def', `${T.toString(36)}.`, '.'.repeat(50), `-1.${'A'.repeat(43)}`, `${T.toString(36)}.${'A'.repeat(43)}`, 'ä'.repeat(44)])
      expect(verifyCsrfToken(key, visitor, junk, T), junk).toEqual({ ok: false, problem: 'csrf-invalid' })
    expect(verifyCsrfToken(key, visitor, '', T)).toEqual({ ok: false, problem: 'csrf-missing' })
    expect(verifyCsrfToken(key, visitor, null, T)).toEqual({ ok: false, problem: 'csrf-missing' })
    expect(verifyCsrfToken(key, undefined, issueCsrfToken(key, visitor, T), T)).toEqual({ ok: false, problem: 'csrf-missing' })
    expect(verifyCsrfToken(key, 'not a visitor id', issueCsrfToken(key, 'not a visitor id', T), T)).toEqual({ ok: false, problem: 'csrf-missing' })
  })

  it('expires a genuine token after a day, and refuses one dated in the future', () => {
    const token = issueCsrfToken(key, visitor, T)
    expect(verifyCsrfToken(key, visitor, token, T + CSRF_MAX_AGE_MS).ok).toBe(true)
    expect(verifyCsrfToken(key, visitor, token, T + CSRF_MAX_AGE_MS + 1)).toEqual({ ok: false, problem: 'csrf-expired' })
    expect(verifyCsrfToken(key, visitor, token, T + 10_000, 5_000)).toEqual({ ok: false, problem: 'csrf-expired' })
    expect(verifyCsrfToken(key, visitor, issueCsrfToken(key, visitor, T + 10 * 60_000), T)).toEqual({ ok: false, problem: 'csrf-invalid' })
  })

  it('makes visitor ids that are random and well-formed', () => {
    const ids = new Set(Array.from({ length: 100 }, newVisitorId))
    expect(ids.size).toBe(100)
    for (const id of ids) expect(isVisitorId(id)).toBe(true)
    expect(isVisitorId(randomBytes(24).toString('hex'))).toBe(false)
  })
})

class FakeCookies implements CookieJar {
  jar = new Map<string, { value: string; options: object }>()
  get(name: string) {
    return this.jar.get(name)
  }
  set(name: string, value: string, options: object) {
    this.jar.set(name, { value, options })
  }
}

describe('csrfFieldValue and checkCsrf (Astro-facing)', () => {
  beforeAll(() => {
    process.env.SITE_SECRET = 'test-secret-'.padEnd(48, 'x')
  })

  const form = (token: string | null) => {
    const data = new FormData()
    if (token !== null) data.set(CSRF_FIELD, token)
    return data
  }

  it('sets an HttpOnly, SameSite=Lax, Path=/ cookie once over http, and the token it returns verifies', () => {
    const cookies = new FakeCookies()
    const context = { cookies, url: new URL('http://127.0.0.1:4321/natverket/anslut') }
    const token = csrfFieldValue(context, T)
    const cookie = cookies.jar.get(csrfCookieName(false))!
    expect(cookie.options).toEqual({ httpOnly: true, sameSite: 'lax', path: '/', secure: false })
    expect(checkCsrf(context, form(token), 'sv', T + 5_000)).toEqual({ ok: true })
    // A second form (another tab) keeps the cookie, so the first token stays valid.
    const second = csrfFieldValue(context, T + 1000)
    expect(cookies.jar.get(csrfCookieName(false))!.value).toBe(cookie.value)
    expect(checkCsrf(context, form(token), 'sv', T + 5_000).ok).toBe(true)
    expect(checkCsrf(context, form(second), 'sv', T + 5_000).ok).toBe(true)
  })

  it('uses a Secure __Host- cookie over https', () => {
    const cookies = new FakeCookies()
    csrfFieldValue({ cookies, url: new URL('https://coworking.example.se/en/network/join') }, T)
    expect(cookies.jar.get('__Host-csrf')?.options).toMatchObject({ secure: true, httpOnly: true, sameSite: 'lax', path: '/' })
  })

  it('answers a 403 with a localised reason when the token is missing, forged or from another visitor', () => {
    const mine = { cookies: new FakeCookies(), url: new URL('http://127.0.0.1:4321/x') }
    const theirs = { cookies: new FakeCookies(), url: new URL('http://127.0.0.1:4321/x') }
    csrfFieldValue(mine, T)
    const theirToken = csrfFieldValue(theirs, T)
    const missing = checkCsrf(mine, form(null), 'sv', T)
    expect(missing).toMatchObject({ ok: false, problem: 'csrf-missing', status: 403 })
    expect(!missing.ok && missing.message).toMatch(/säkerhetskod/)
    const stolen = checkCsrf(mine, form(theirToken), 'en', T)
    expect(stolen).toMatchObject({ ok: false, problem: 'csrf-invalid', status: 403 })
    expect(!stolen.ok && stolen.message).toMatch(/security code did not match/)
    const noCookie = { cookies: new FakeCookies(), url: new URL('http://127.0.0.1:4321/x') }
    expect(checkCsrf(noCookie, form(theirToken), 'en', T)).toMatchObject({ ok: false, problem: 'csrf-missing' })
  })
})
