/**
 * Which HTTP methods an address of the site takes. Pure. Every page, feed and file answers
 * GET and HEAD; the pages with a form (below) take POST as well; anything else is a 405 with
 * `Allow`, decided before the page runs (a page renders the same for any method otherwise,
 * and says 200). The site's endpoints (feeds, `/api/search`, `/health`, media) are all GET.
 * Which pages have a form is said in the route table (`form: true`).
 */
import { match, takesForm } from '../../../cms/domain/routes.ts'

const READ = 'GET, HEAD'
const FORM = 'GET, HEAD, POST'

/** The methods an address takes, as an `Allow` value. */
export function allowedMethods(pathname: string): string {
  // With a trailing slash it is not the page's own address.
  const route = pathname.endsWith('/') && pathname !== '/' ? null : match(pathname)
  return route && takesForm(route.name) ? FORM : READ
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
