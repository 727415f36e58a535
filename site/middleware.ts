/**
 * Runs for every page, endpoint and error page the site renders: refuses a Host the site
 * does not answer (421), a method the address does not take (405, OPTIONS 204) and cross-site
 * state-changing requests (403), each with a localised page, and puts the security headers
 * on every response (see lib/security/headers.ts) and a charset on HTML. In production
 * site/server/index.ts has already refused the first two before its cache; this is the same
 * rule for `astro dev`.
 *
 * It also sets the language (`locals.locale`) and serves an English address with the Swedish
 * page file: the pages are written once, and the route table says which page an address is.
 * And it gives every request `locals.user()`, the logged-in user, looked up once and only
 * when the request carries a session cookie (lib/requestUser.ts).
 */
import { defineMiddleware } from 'astro/middleware'
import { match, pathOf, ROUTES } from '../cms/domain/routes.ts'
import { localeOfPath } from './lib/i18n.ts'
import { requestUser } from './features/account/requestUser.ts'
import { applySecurityHeaders, isHttpsDeployment } from './lib/security/headers.ts'
import { allowedHostsFromEnv, isAllowedHost } from './lib/security/hosts.ts'
import { problemResponse } from './lib/security/messages.ts'
import { methodRule } from './lib/security/methods.ts'
import { allowedOrigins, checkRequestOrigin } from './lib/security/origin.ts'
import { sessionCookie } from './features/account/sessionCookie.ts'

const options = { https: isHttpsDeployment(), dev: import.meta.env.DEV }
// The site server sets PORT; `npm run dev` passes SITE_PORT to `astro dev --port`.
const hosts = allowedHostsFromEnv(Number(process.env.PORT || process.env.SITE_PORT || 4321))

function answer(request: Request, url: URL): Response | null {
  const locale = localeOfPath(url.pathname)
  if (!isAllowedHost(url.host, hosts)) return problemResponse('misdirected', locale)
  const rule = methodRule(request.method, url.pathname)
  if (!rule.pass && rule.status === 204) return new Response(null, { status: 204, headers: { allow: rule.allow, 'cache-control': 'no-store' } })
  if (!rule.pass) {
    const refused = problemResponse('method-not-allowed', locale)
    refused.headers.set('allow', rule.allow)
    return refused
  }
  const verdict = checkRequestOrigin({
    method: request.method,
    origin: request.headers.get('origin'),
    secFetchSite: request.headers.get('sec-fetch-site'),
    allowedOrigins: allowedOrigins(url),
  })
  return verdict.ok ? null : problemResponse('cross-site', locale)
}

/** The Swedish page that serves an English address, or null when the address has a page of its own. */
function swedishPage(url: URL): string | null {
  const route = match(url.pathname)
  if (!route || route.locale !== 'en' || 'ownEnglishPage' in ROUTES[route.name]) return null
  return pathOf(route, 'sv') + url.search
}

/** Astro sends pages as bare `text/html`, leaving a browser to find the charset in the page. */
function withHeaders(headers: Headers): void {
  applySecurityHeaders(headers, options)
  if (headers.get('content-type') === 'text/html') headers.set('content-type', 'text/html; charset=utf-8')
}

export const onRequest = defineMiddleware(async (context, next) => {
  const { request, url } = context
  // A rewrite (an English address to its Swedish page, a page to /404) runs the middleware
  // again: the first pass has already checked the request, kept the language asked for and
  // will put the headers on the response, so the second only renders.
  if (context.locals.locale) return next()
  context.locals.locale = localeOfPath(url.pathname)
  // The CMS is loaded for the lookup only, so a request without a session never loads it here.
  context.locals.user = requestUser(
    () => context.cookies.get(sessionCookie(url).name)?.value,
    async (token) => (await import('./lib/cms.ts')).userFromSessionToken(token),
  )
  const refused = answer(request, url)
  const rewrite = refused ? null : swedishPage(url)
  const response = refused ?? (await (rewrite ? context.rewrite(rewrite) : next()))
  const signedIn = Boolean(context.cookies.get(sessionCookie(url).name)?.value)
  const finish = (headers: Headers) => {
    withHeaders(headers)
    // Every page's header shows who is logged in, so a page rendered for a session is theirs alone.
    if (signedIn && headers.get('content-type')?.startsWith('text/html') && !/\b(private|no-store)\b/.test(headers.get('cache-control') ?? '')) {
      headers.set('cache-control', 'private, no-store')
    }
  }
  try {
    finish(response.headers)
    return response
  } catch {
    // A response with immutable headers (Response.redirect, a fetched response): copy it.
    const copy = new Response(response.body, response)
    finish(copy.headers)
    return copy
  }
})
