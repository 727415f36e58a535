/**
 * Where the login sends someone back to (`?next=`): only a page of this site, read back
 * through the route table and written out again by it, so no value a visitor types can make
 * the login an open redirect (another host, `//host`, `/\host`, a scheme). Pure; unit tested.
 */
import { match, pathOf, ROUTES, type RouteName } from '../../../cms/domain/routes.ts'
import { networkPaths } from '../../../cms/domain/network/paths.ts'
import type { Locale } from '../../lib/i18n.ts'

/** The login's query parameter for the way back, the same in both languages. */
export const RETURN_PARAM = 'next'

const MAX_LENGTH = 512
/** Pages the login never returns to: itself and its neighbours (a loop or nonsense after logging in). */
const NOT_AFTER_LOGIN: ReadonlySet<RouteName> = new Set(['login', 'logout', 'forgotPassword'])

/**
 * `raw` as a path of this site the login may return to, or null. Hidden routes hold a secret
 * in their address (a registration, a password link), which has no business in another
 * page's query, so only My page among them is accepted.
 */
export function safeReturnPath(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_LENGTH) return null
  // A backslash is a slash to browsers, and URL parsing silently drops tabs and line breaks.
  if (!raw.startsWith('/') || raw.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(raw)) return null
  let url: URL
  try {
    url = new URL(raw, 'http://site.invalid')
  } catch {
    return null
  }
  if (url.origin !== 'http://site.invalid') return null
  const found = match(url.pathname)
  if (!found || NOT_AFTER_LOGIN.has(found.name)) return null
  if ('hidden' in ROUTES[found.name] && found.name !== 'myPage') return null
  return pathOf(found, found.locale) + url.search
}

/** The login page in `locale`, with the way back to `returnTo` when the login would accept it. */
export function loginPathFor(locale: Locale, returnTo: string | null): string {
  const safe = safeReturnPath(returnTo)
  const login = networkPaths.login(locale)
  return safe ? `${login}?${new URLSearchParams({ [RETURN_PARAM]: safe })}` : login
}
