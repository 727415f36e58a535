/**
 * Is a state-changing request from one of the site's own pages? Pure. This is the second line
 * behind the CSRF token: browsers send `Origin` on every POST and `Sec-Fetch-Site` on every
 * request, and a page on another site can forge neither.
 */
import { normaliseOrigin } from '../../../cms/domain/http/origin.ts'

/** One reading of an origin for the site and the CMS. */
export { normaliseOrigin }

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export const isSafeMethod = (method: string): boolean => SAFE_METHODS.has(method.toUpperCase())

export interface OriginInput {
  method: string
  /** The `Origin` request header, or null. */
  origin: string | null
  /** The `Sec-Fetch-Site` request header, or null. */
  secFetchSite: string | null
  /** The origins the site answers on: the request's own and SITE_PUBLIC_URL's. */
  allowedOrigins: readonly string[]
}

export type OriginVerdict = { ok: true } | { ok: false; reason: 'cross-site-fetch' | 'foreign-origin' }

/**
 * Safe methods always pass. For others: `Sec-Fetch-Site`, when present, must be
 * `same-origin`; `Origin`, when present, must be one of `allowedOrigins` (the opaque
 * `null` origin of a sandboxed frame or data: page never is). A request with neither header
 * comes from something that is not a browser, which cannot carry a visitor's cookies
 * against their will; the CSRF token still has to be valid.
 */
export function checkRequestOrigin(input: OriginInput): OriginVerdict {
  if (isSafeMethod(input.method)) return { ok: true }
  if (input.secFetchSite !== null && input.secFetchSite.trim().toLowerCase() !== 'same-origin') return { ok: false, reason: 'cross-site-fetch' }
  if (input.origin !== null) {
    const origin = normaliseOrigin(input.origin)
    if (!origin || !input.allowedOrigins.some((allowed) => normaliseOrigin(allowed) === origin)) return { ok: false, reason: 'foreign-origin' }
  }
  return { ok: true }
}

/** The request's own origin plus SITE_PUBLIC_URL's, when that is set. */
export function allowedOrigins(requestUrl: URL, publicUrl: string | undefined = process.env.SITE_PUBLIC_URL): string[] {
  const origins = [requestUrl.origin]
  const pub = publicUrl ? normaliseOrigin(publicUrl) : null
  if (pub && !origins.includes(pub)) origins.push(pub)
  return origins
}
