/**
 * CSRF protection for the site's forms: a stateless double-submit token.
 *
 * Each visitor gets a random id in an HttpOnly, SameSite=Lax cookie. The form carries
 * `<issued at>.<HMAC(key, issued at, visitor id)>` in a hidden field. A POST is accepted only
 * when the field's MAC matches the cookie's visitor id under the server's key and the token
 * is younger than CSRF_MAX_AGE_MS. Another site can make the browser send the cookie but can
 * neither read it nor compute the MAC, and nothing is stored on the server.
 *
 * The pure functions take the key; the Astro-facing ones use the site's secret.
 */
import { randomBytes } from 'node:crypto'
import type { Locale } from '../i18n.ts'
import { isHttpsDeployment } from './headers.ts'
import { refusal, type Refusal } from './messages.ts'
import { siteKey } from './secret.ts'
import { readToken, signToken } from './signing.ts'

export const CSRF_FIELD = 'csrf_token'
/** As long as a form may sit open (the same day as the form timestamp allows). */
export const CSRF_MAX_AGE_MS = 24 * 60 * 60 * 1000
/** Tolerated clock difference for a token "from the future" (several site processes, a clock step). */
const CLOCK_SKEW_MS = 60 * 1000
const PURPOSE = 'csrf'

/** `__Host-` makes the browser refuse the cookie unless it is Secure, host-only and Path=/. */
export const csrfCookieName = (secure: boolean): string => (secure ? '__Host-csrf' : 'csrf')

const VISITOR_ID = /^[A-Za-z0-9_-]{32}$/
export const newVisitorId = (): string => randomBytes(24).toString('base64url')
export const isVisitorId = (value: unknown): value is string => typeof value === 'string' && VISITOR_ID.test(value)

export function issueCsrfToken(key: Buffer, visitorId: string, now: number = Date.now()): string {
  return signToken(key, PURPOSE, visitorId, now)
}

export type CsrfProblem = 'csrf-missing' | 'csrf-invalid' | 'csrf-expired'
export type CsrfVerdict = { ok: true } | { ok: false; problem: CsrfProblem }

/**
 * Verifies a submitted token against the visitor id from the cookie. A missing cookie or
 * field is `csrf-missing` (often cookies are blocked); a token that is malformed, signed for
 * another visitor or forged is `csrf-invalid`; a genuine one older than `maxAgeMs` is
 * `csrf-expired`.
 */
export function verifyCsrfToken(
  key: Buffer,
  visitorId: string | null | undefined,
  token: string | null | undefined,
  now: number = Date.now(),
  maxAgeMs: number = CSRF_MAX_AGE_MS,
): CsrfVerdict {
  if (!isVisitorId(visitorId) || !token) return { ok: false, problem: 'csrf-missing' }
  const read = readToken(key, PURPOSE, visitorId, token)
  if (!read.ok) return { ok: false, problem: 'csrf-invalid' }
  if (read.issuedAt > now + CLOCK_SKEW_MS) return { ok: false, problem: 'csrf-invalid' }
  if (now - read.issuedAt > maxAgeMs) return { ok: false, problem: 'csrf-expired' }
  return { ok: true }
}

/* ------------------------------------------------------------------ Astro-facing helpers */

/** The parts of Astro's context (Astro / APIContext) the form helpers use. */
export interface CookieJar {
  get(name: string): { value: string } | undefined
  set(name: string, value: string, options: { httpOnly: boolean; sameSite: 'lax'; path: string; secure: boolean }): void
}
export interface CsrfContext {
  cookies: CookieJar
  url: URL
}

/** Secure cookies when the site is served over HTTPS (SITE_PUBLIC_URL, or the request itself). */
export const secureCookies = (url: URL): boolean => isHttpsDeployment() || url.protocol === 'https:'

/**
 * For a GET of a page with a form: makes sure the visitor has the CSRF cookie (a session
 * cookie: HttpOnly, SameSite=Lax, Path=/, Secure over HTTPS) and returns the value for the
 * hidden `CSRF_FIELD`. An existing cookie is kept, so forms in several tabs stay valid.
 */
export function csrfFieldValue(context: CsrfContext, now: number = Date.now()): string {
  const secure = secureCookies(context.url)
  const name = csrfCookieName(secure)
  let visitorId = context.cookies.get(name)?.value
  if (!isVisitorId(visitorId)) {
    visitorId = newVisitorId()
    context.cookies.set(name, visitorId, { httpOnly: true, sameSite: 'lax', path: '/', secure })
  }
  return issueCsrfToken(siteKey(PURPOSE), visitorId, now)
}

export type CsrfCheck = { ok: true } | Refusal<CsrfProblem>

/** For a POST: checks the submitted field against the cookie; on failure, a 403 with a message in `locale`. */
export function checkCsrf(context: CsrfContext, form: FormData, locale: Locale, now: number = Date.now()): CsrfCheck {
  const visitorId = context.cookies.get(csrfCookieName(secureCookies(context.url)))?.value
  const field = form.get(CSRF_FIELD)
  const verdict = verifyCsrfToken(siteKey(PURPOSE), visitorId, typeof field === 'string' ? field : null, now)
  if (verdict.ok) return verdict
  return refusal(verdict.problem, locale)
}
