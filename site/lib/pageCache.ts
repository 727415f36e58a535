/**
 * Which responses the site may keep and hand to the next visitor, and under what key. A kept
 * response is valid for one content version (cms.ts `contentVersion`) and one minute: pages
 * show "open now" and "upcoming", which move with the clock, so a page is at most a minute
 * behind the clock and never behind the content. Pure.
 */
export const PAGE_CACHE_MINUTE = 60_000
export const PAGE_CACHE_MAX_BYTES = 1_000_000

/** Paths never kept: per-visitor pages, files with their own validators, health. */
const NEVER = [/^\/health$/, /^\/media\//, /^\/anmalan(\/|$)/, /^\/en\/registration(\/|$)/, /^\/forhandsvisning$/, /^\/en\/preview$/]

export function isCacheableRequest(method: string, pathname: string): boolean {
  return (method === 'GET' || method === 'HEAD') && !NEVER.some((re) => re.test(pathname))
}

export function pageCacheKey(url: URL, now: number): string {
  return `${url.pathname}${url.search}|${Math.floor(now / PAGE_CACHE_MINUTE)}`
}

const KEPT_TYPES = /^(text\/html|application\/json|application\/geo\+json|text\/calendar|application\/xml|text\/xml|text\/plain)\b/

/** A response the next visitor may get as it is: public, complete, and the same for everyone. */
export function isCacheableResponse(status: number, headers: Headers): boolean {
  if (status !== 200) return false
  if (headers.has('set-cookie')) return false
  const cacheControl = headers.get('cache-control') ?? ''
  if (/\b(private|no-store|no-cache)\b/i.test(cacheControl)) return false
  const length = Number(headers.get('content-length') ?? 0)
  if (length > PAGE_CACHE_MAX_BYTES) return false
  return KEPT_TYPES.test(headers.get('content-type') ?? '')
}
