/**
 * The site session's cookie, decided the same way as the CSRF cookie's (`csrf.ts`): HttpOnly,
 * SameSite=Lax, Path=/, and over HTTPS (SITE_PUBLIC_URL or the request itself) Secure with the
 * `__Host-` prefix, which makes the browser refuse it unless it is Secure, host-only and
 * Path=/. Pure apart from reading the deployment's URL; unit tested.
 */
import { secureCookies } from '../../lib/security/csrf.ts'

/** Payload's token lifetime for users (cms/collections/Users.ts), in seconds. */
export const SESSION_SECONDS = 8 * 60 * 60

export const sessionCookieName = (secure: boolean): string => (secure ? '__Host-portal_session' : 'portal_session')

export interface SessionCookieOptions {
  httpOnly: boolean
  sameSite: 'lax'
  path: string
  secure: boolean
  maxAge?: number
}

/** The cookie's name and options for a request to this URL (`maxAge` only when setting it). */
export function sessionCookie(url: URL): { name: string; options: Omit<SessionCookieOptions, 'maxAge'> } {
  const secure = secureCookies(url)
  return { name: sessionCookieName(secure), options: { httpOnly: true, sameSite: 'lax', path: '/', secure } }
}
