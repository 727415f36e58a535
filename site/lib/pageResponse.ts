/**
 * How a page's loader answers: it puts the status and headers it decided on the page's
 * response itself, so a page file only calls its loader and renders its view.
 */

/** The part of Astro's context a loader answers through (Astro.response; absent in a test). */
export interface PageContext {
  response?: { status?: number; headers: Headers }
}

/** Puts `page.status` and `page.headers` on the response, unless the page redirects; returns the page. */
export function answer<P extends { status: number; headers: Record<string, string>; redirect?: string | null }>(context: PageContext, page: P): P {
  if (page.redirect || !context.response) return page
  context.response.status = page.status
  for (const [name, value] of Object.entries(page.headers)) context.response.headers.set(name, value)
  return page
}

/**
 * For a page whose address holds a secret (a link from a mail): kept out of caches and out
 * of other sites' logs. (Not 'no-referrer': with it, browsers send `Origin: null` on the
 * page's own forms.)
 */
export function keepAddressSecret(context: PageContext): void {
  context.response?.headers.set('cache-control', 'no-store')
  context.response?.headers.set('referrer-policy', 'same-origin')
}
