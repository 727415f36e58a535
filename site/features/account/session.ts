/**
 * Logged-in representatives on the site. The session is Payload's own (a JWT with a session
 * id that logging out revokes), kept in an HttpOnly, SameSite=Lax cookie that is Secure
 * (and `__Host-` prefixed) over HTTPS. Who is logged in is looked up once per request, by
 * `locals.user()` (set in the middleware). Any page that looks at the session is marked
 * `private, no-store`; the page cache never sees it, since it passes every request that
 * carries a cookie straight through.
 */
import { endSiteSession, type SiteUser } from '../../lib/cms.ts'
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
  locals: App.Locals
}

/** Marks the response as this visitor's alone: it shows, or depends on, who is logged in. */
export function markPrivate(context: Pick<SessionContext, 'response'>): void {
  context.response?.headers.set('Cache-Control', 'private, no-store')
}

/** The logged-in user, or null (`locals.user()`), for a page that is this visitor's alone either way. */
export async function currentUser(context: Pick<SessionContext, 'response' | 'locals'>): Promise<SiteUser | null> {
  markPrivate(context)
  return context.locals.user()
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
