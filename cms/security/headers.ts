/**
 * The security headers on every CMS response: the admin panel, the REST and GraphQL API,
 * Next's static files and its error pages. Pure; scripts/cms-server.ts applies them.
 */

export interface CmsHeaderOptions {
  /** `npm run dev`: React's dev build evaluates code and hot reload talks over a WebSocket. Never set for a build. */
  dev?: boolean
  /** The CMS is reached over HTTPS (CMS_PUBLIC_URL is https:): adds Strict-Transport-Security. */
  https?: boolean
}

/**
 * The panel's Content-Security-Policy. Next and Payload put inline scripts in every page
 * (the React Server Components payload, `self.__next_f.push(…)`) and style attributes on
 * elements; a nonce would need per-request rendering through middleware, so scripts and
 * styles need `'unsafe-inline'`. What this still stops: scripts and styles from any other
 * host, plugins, `<base>` hijacking, forms posting elsewhere, requests to other hosts, and
 * framing. Images may be data: and blob: URLs (upload previews).
 */
export function cmsContentSecurityPolicy(options: CmsHeaderOptions = {}): string {
  return [
    "default-src 'self'",
    options.dev ? "script-src 'self' 'unsafe-inline' 'unsafe-eval'" : "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    options.dev ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** One year, no includeSubDomains: other hosts under the region's domain are not ours to pin. */
export const HSTS_VALUE = 'max-age=31536000'

/** Features the panel never uses. */
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'

/** The headers, by their canonical names. */
export function cmsSecurityHeaders(options: CmsHeaderOptions = {}): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': cmsContentSecurityPolicy(options),
    // For browsers that predate frame-ancestors.
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
  }
  if (options.https) headers['Strict-Transport-Security'] = HSTS_VALUE
  return headers
}

/** Whether CMS_PUBLIC_URL is an https: address. */
export function isHttpsCms(env: Record<string, string | undefined> = process.env): boolean {
  try {
    return new URL(env.CMS_PUBLIC_URL?.trim() ?? '').protocol === 'https:'
  } catch {
    return false
  }
}
