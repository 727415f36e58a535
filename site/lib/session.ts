/**
 * Logged-in representatives on the site. The session is Payload's own (a JWT with a session
 * id that logging out revokes), kept in an HttpOnly, SameSite=Lax cookie that is Secure
 * (and `__Host-` prefixed) over HTTPS. Any page that looks at the session is marked
 * `private, no-store`; the page cache never sees it, since it passes every request that
 * carries a cookie straight through.
 */
import { endSiteSession, userFromSessionToken, type SiteUser } from './cms.ts'
import { secureCookies } from './security/csrf.ts'

export type { SiteUser }

/** Payload's token lifetime for users (cms/collections/Users.ts), in seconds. */
export const SESSION_SECONDS = 8 * 60 * 60

export const sessionCookieName = (secure: boolean): string => (secure ? '__Host-portal_session' : 'portal_session')

interface CookieOptions {
  httpOnly: boolean
  sameSite: 'lax'
  path: string
  secure: boolean
  maxAge?: number
}

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

const cookieOptions = (url: URL) => ({ httpOnly: true, sameSite: 'lax' as const, path: '/', secure: secureCookies(url) })

/** The logged-in user, or null. Marks the response as this visitor's alone either way. */
export async function currentUser(context: SessionContext): Promise<SiteUser | null> {
  context.response?.headers.set('Cache-Control', 'private, no-store')
  const locals = context.locals as { siteUser?: SiteUser | null } | undefined
  if (locals?.siteUser !== undefined) return locals.siteUser
  const token = context.cookies.get(sessionCookieName(secureCookies(context.url)))?.value
  const user = token ? await userFromSessionToken(token) : null
  if (locals) locals.siteUser = user
  return user
}

/** Whether the request carries a session cookie at all (cheap; says nothing of its validity). */
export function hasSessionCookie(context: Pick<SessionContext, 'url' | 'cookies'>): boolean {
  return Boolean(context.cookies.get(sessionCookieName(secureCookies(context.url)))?.value)
}

export function startSession(context: SessionContext, token: string): void {
  context.cookies.set(sessionCookieName(secureCookies(context.url)), token, { ...cookieOptions(context.url), maxAge: SESSION_SECONDS })
}

export async function endSession(context: SessionContext): Promise<void> {
  const name = sessionCookieName(secureCookies(context.url))
  const token = context.cookies.get(name)?.value
  if (token) await endSiteSession(token)
  context.cookies.delete(name, cookieOptions(context.url))
}
