/**
 * Which origins may change things in the CMS with an editor's session cookie. Pure: the same
 * list feeds Payload's `csrf` setting (payload.config.ts) and the edge's 403 (scripts/cms-server.ts),
 * so unit tests cover both without a server.
 *
 * Payload's own check only ignores the cookie of a foreign request; the request then still
 * runs, as anonymous. The edge refuses it outright, before Payload sees it.
 */

/** Payload's session cookie (`<cookiePrefix>-token`; the prefix is Payload's default). */
export const SESSION_COOKIE = 'payload-token'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]'])

export interface CmsOriginSettings {
  /** CMS_PUBLIC_URL: the address editors use, in production behind a proxy. */
  cmsPublicUrl?: string
  /** SITE_PUBLIC_URL: the public site's address. */
  sitePublicUrl?: string
  /** HOST: the address the CMS listens on. */
  host: string
  /** CMS_PORT. */
  port: number
  /** SITE_PORT, for the loopback origins of `npm run dev`. */
  sitePort?: number
  /** `npm run dev`: loopback pages on other ports may write too. */
  dev: boolean
}

/** `scheme://host[:port]` in URL-normal form (lowercase host, default port dropped), or null. */
export function normaliseOrigin(value: string): string | null {
  const trimmed = value.trim()
  if (!trimmed || trimmed === 'null') return null
  try {
    const url = new URL(trimmed)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    return url.origin
  } catch {
    return null
  }
}

const loopbackOrigins = (port: number) => [...LOOPBACK_HOSTS].map((host) => normaliseOrigin(`http://${host}:${port}`))

/**
 * The exact origins (as browsers send them in `Origin`) allowed to write with the cookie:
 * CMS_PUBLIC_URL's when set, else the address the CMS listens on, with the loopback names on
 * its port (a wildcard or loopback HOST is reached as localhost); plus SITE_PUBLIC_URL's.
 * In development also the loopback names on the site's port.
 */
export function cmsAllowedOrigins(settings: CmsOriginSettings): string[] {
  const origins: string[] = []
  const add = (origin: string | null) => {
    if (origin && !origins.includes(origin)) origins.push(origin)
  }
  const publicOrigin = settings.cmsPublicUrl ? normaliseOrigin(settings.cmsPublicUrl) : null
  if (publicOrigin) {
    add(publicOrigin)
  } else {
    const host = settings.host.includes(':') && !settings.host.startsWith('[') ? `[${settings.host}]` : settings.host.toLowerCase()
    if (!WILDCARD_HOSTS.has(host) && !LOOPBACK_HOSTS.has(host)) add(normaliseOrigin(`http://${host}:${settings.port}`))
    for (const origin of loopbackOrigins(settings.port)) add(origin)
  }
  if (settings.sitePublicUrl) add(normaliseOrigin(settings.sitePublicUrl))
  if (settings.dev && settings.sitePort) for (const origin of loopbackOrigins(settings.sitePort)) add(origin)
  return origins
}

/** The settings from the environment the launcher gives the CMS. */
export function cmsOriginSettings(env: Record<string, string | undefined> = process.env): CmsOriginSettings {
  return {
    cmsPublicUrl: env.CMS_PUBLIC_URL?.trim() || undefined,
    sitePublicUrl: env.SITE_PUBLIC_URL?.trim() || undefined,
    host: env.HOST?.trim() || '127.0.0.1',
    port: Number(env.CMS_PORT) || 3000,
    sitePort: Number(env.SITE_PORT) || 4321,
    dev: env.NODE_ENV === 'development',
  }
}

/** CMS_PUBLIC_URL as Payload's `serverURL` (an origin, no path or trailing slash), or undefined. */
export function cmsServerUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const value = env.CMS_PUBLIC_URL?.trim()
  return (value && normaliseOrigin(value)) || undefined
}

/** Whether the Cookie header holds a non-empty Payload session cookie. */
export function hasSessionCookie(cookieHeader: string | null | undefined): boolean {
  if (!cookieHeader) return false
  return cookieHeader.split(';').some((pair) => {
    const eq = pair.indexOf('=')
    return eq > 0 && pair.slice(0, eq).trim() === SESSION_COOKIE && pair.slice(eq + 1).trim() !== ''
  })
}

export interface WriteRequest {
  method: string
  /** The Cookie request header, or null. */
  cookie: string | null
  /** The Origin request header, or null. */
  origin: string | null
  /** The Sec-Fetch-Site request header, or null. */
  secFetchSite: string | null
}

export interface WritePolicy {
  /** From `cmsAllowedOrigins`. */
  allowed: readonly string[]
  /** `npm run dev`: any loopback origin passes, whatever its port. */
  dev: boolean
}

export type WriteVerdict = { ok: true } | { ok: false; reason: 'foreign-origin' | 'cross-site-fetch' }

const isLoopbackOrigin = (origin: string) => LOOPBACK_HOSTS.has(new URL(origin).hostname)

/**
 * Safe methods, and requests without the session cookie (anonymous, or an API client with
 * `Authorization: JWT …`), always pass: only the cookie rides along on a forged request.
 * Otherwise `Origin` decides when present (the opaque `null` of a sandboxed frame or a
 * data: page never passes), else `Sec-Fetch-Site` must be `same-origin` (`same-site` is the
 * sibling subdomain of the finding). With neither header the caller is not a browser, and
 * cannot be carrying someone else's cookie.
 */
export function checkCookieWrite(request: WriteRequest, policy: WritePolicy): WriteVerdict {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return { ok: true }
  if (!hasSessionCookie(request.cookie)) return { ok: true }
  if (request.origin !== null) {
    const origin = normaliseOrigin(request.origin)
    if (origin && (policy.allowed.includes(origin) || (policy.dev && isLoopbackOrigin(origin)))) return { ok: true }
    return { ok: false, reason: 'foreign-origin' }
  }
  if (request.secFetchSite !== null) {
    return request.secFetchSite.trim().toLowerCase() === 'same-origin' ? { ok: true } : { ok: false, reason: 'cross-site-fetch' }
  }
  return { ok: true }
}
