/**
 * The site's session cookie, pure: its name and attributes. HttpOnly (no script reads it),
 * SameSite=Lax (not sent on cross-site POSTs), Path=/, and over HTTPS Secure with the
 * `__Host-` prefix, which makes browsers refuse it unless it is Secure, host-only and Path=/.
 */
import { secureCookies } from './csrf.ts'

/** Payload's token lifetime for users (cms/collections/Users.ts), in seconds. */
export const SESSION_SECONDS = 8 * 60 * 60

export const sessionCookieName = (secure: boolean): string => (secure ? '__Host-portal_session' : 'portal_session')

export function sessionCookie(url: URL): { name: string; options: { httpOnly: true; sameSite: 'lax'; path: '/'; secure: boolean } } {
  const secure = secureCookies(url)
  return { name: sessionCookieName(secure), options: { httpOnly: true, sameSite: 'lax', path: '/', secure } }
}
