/**
 * Logged-in representatives on the site. The session is Payload's own (a JWT with a session
 * id that logging out revokes), kept in an HttpOnly, SameSite=Lax cookie that is Secure
 * (and `__Host-` prefixed) over HTTPS. Any page that looks at the session is marked
 * `private, no-store`; the page cache never sees it, since it passes every request that
 * carries a cookie straight through.
 */
import { endSiteSession, userFromSessionToken, type SiteUser } from './cms.ts'
import { SESSION_SECONDS, sessionCookie, sessionCookieName, type SessionCookieOptions } from './sessionCookie.ts'

export type { SiteUser }
export { SESSION_SECONDS, sessionCookieName }

type CookieOptions = SessionCookieOptions

export interface SessionContext {
  url: URL
  cookies: {
    get(name: string): { value: string } | undefined
    set(name: string, value: string, options: CookieOptions): void
    delete(name: string, options: Omit<CookieOptions, 'maxAge'>): void
  }
  response?: { headers: Headers }
  locals?: object
}

/** The logged-in user, or null. Marks the response as this visitor's alone either way. */
export async function currentUser(context: SessionContext): Promise<SiteUser | null> {
  context.response?.headers.set('Cache-Control', 'private, no-store')
  const locals = context.locals as { siteUser?: SiteUser | null } | undefined
  if (locals?.siteUser !== undefined) return locals.siteUser
  const token = context.cookies.get(sessionCookie(context.url).name)?.value
  const user = token ? await userFromSessionToken(token) : null
  if (locals) locals.siteUser = user
  return user
}

/** Whether the request carries a session cookie at all (cheap; says nothing of its validity). */
export function hasSessionCookie(context: Pick<SessionContext, 'url' | 'cookies'>): boolean {
  return Boolean(context.cookies.get(sessionCookie(context.url).name)?.value)
}

export function startSession(context: SessionContext, token: string): void {
  const { name, options } = sessionCookie(context.url)
  context.cookies.set(name, token, { ...options, maxAge: SESSION_SECONDS })
}

export async function endSession(context: SessionContext): Promise<void> {
  const { name, options } = sessionCookie(context.url)
  const token = context.cookies.get(name)?.value
  if (token) await endSiteSession(token)
  context.cookies.delete(name, options)
}
