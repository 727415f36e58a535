/**
 * Which HTTP methods an address of the site takes. Pure. Every page, feed and file answers
 * GET and HEAD; the pages with a form (below) take POST as well; anything else is a 405 with
 * `Allow`, decided before the page runs (a page renders the same for any method otherwise,
 * and says 200). The site's endpoints (feeds, `/api/search`, `/health`, media) are all GET.
 * A new page with a form must be added to FORM_PAGES, or its POST answers 405.
 */
import { networkPaths } from '../../../cms/network/paths.ts'
import { paths, type Locale } from '../i18n.ts'

/** Stands for one path segment (a slug or a token) in the path builders below. */
const SEGMENT = '\u0001'

const FORM_PAGES = (l: Locale): string[] => [
  paths.accessibility(l),
  paths.event(l, SEGMENT),
  paths.registration(l, SEGMENT),
  networkPaths.join(l),
  networkPaths.confirmApplication(l, SEGMENT),
  networkPaths.login(l),
  networkPaths.logout(l),
  networkPaths.forgotPassword(l),
  networkPaths.setPassword(l, SEGMENT),
  networkPaths.confirmEmail(l, SEGMENT),
  networkPaths.myPage(l),
  networkPaths.councilApply(l),
]

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const encodedSegment = escape(encodeURIComponent(SEGMENT))
/** Slugs and tokens have no dot, so `/evenemang/<slug>.ics` (a feed) is not the event page. */
const FORM_PAGE = new RegExp(`^(?:${(['sv', 'en'] as const).flatMap(FORM_PAGES).map((p) => escape(p).replaceAll(encodedSegment, '[^/.]+')).join('|')})$`)

const READ = 'GET, HEAD'
const FORM = 'GET, HEAD, POST'

/** The methods an address takes, as an `Allow` value. */
export function allowedMethods(pathname: string): string {
  return FORM_PAGE.test(pathname) ? FORM : READ
}

/**
 * Pass the request on, or answer it here: 405 with `Allow` for a method the address does
 * not take, 204 with `Allow` for OPTIONS (the site has no cross-origin API to preflight).
 */
export type MethodRule = { pass: true } | { pass: false; status: 204 | 405; allow: string }

export function methodRule(method: string, pathname: string): MethodRule {
  const verb = method.toUpperCase()
  if (verb === 'GET' || verb === 'HEAD') return { pass: true }
  const allow = allowedMethods(pathname)
  if (verb === 'OPTIONS') return { pass: false, status: 204, allow }
  if (verb === 'POST' && allow === FORM) return { pass: true }
  return { pass: false, status: 405, allow }
}
