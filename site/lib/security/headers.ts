/**
 * The security headers every site response carries. Pure: the values depend only on the
 * options, so they are unit tested without a server and the site middleware only applies them.
 */

export interface SecurityHeaderOptions {
  /**
   * The site is served over HTTPS. Adds Strict-Transport-Security and
   * `upgrade-insecure-requests`. Decided by `isHttpsDeployment()`.
   */
  https: boolean
  /**
   * `astro dev`: Vite puts stylesheets into the page as inline <style> elements and reloads
   * over a WebSocket, so dev relaxes style-src and connect-src. Never set for a build.
   */
  dev?: boolean
}

/**
 * The Content-Security-Policy. The site renders everything on the server and ships no
 * script of its own: the only `<script>` elements are JSON-LD data blocks, which a browser
 * never executes and CSP does not govern. Stylesheets are external files
 * (`build.inlineStylesheets: 'never'`) and no page uses a `style` attribute, so neither
 * scripts nor styles need `'unsafe-inline'` or a hash. Images are the site's own or data: URLs.
 */
export function contentSecurityPolicy(options: SecurityHeaderOptions): string {
  const directives: string[] = [
    "default-src 'self'",
    "script-src 'self'",
    options.dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    options.dev ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]
  if (options.https) directives.push('upgrade-insecure-requests')
  return directives.join('; ')
}

/** One year; no includeSubDomains, because other hosts under the region's domain are not ours to pin. */
export const HSTS_VALUE = 'max-age=31536000'

/**
 * Features the site never uses, switched off for it and for anything that might frame it.
 * Geolocation is allowed to the site's own pages only (the directory's "near me"): one policy
 * for the whole site keeps the headers the same on every page, no other origin may use it, and
 * the browser still asks the visitor before giving a position.
 */
export const PERMISSIONS_POLICY =
  'camera=(), microphone=(), geolocation=(self), payment=(), usb=(), accelerometer=(), gyroscope=(), magnetometer=()'

/** The headers, by their canonical names. */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
    // For browsers that predate frame-ancestors.
    'X-Frame-Options': 'DENY',
  }
  if (options.https) {
    headers['Strict-Transport-Security'] = HSTS_VALUE
    // Browsers ignore (and warn about) COOP on an origin that is not secure.
    headers['Cross-Origin-Opener-Policy'] = 'same-origin'
  }
  return headers
}

/**
 * Whether the site is served over HTTPS: SITE_PUBLIC_URL is an https: URL. NODE_ENV is not
 * used, because `npm start` on a laptop is a production build served over plain http,
 * where HSTS means nothing and Secure cookies would not be sent back.
 */
export function isHttpsDeployment(env: Record<string, string | undefined> = process.env): boolean {
  const url = env.SITE_PUBLIC_URL?.trim()
  if (!url) return false
  try {
    return new URL(url).protocol === 'https:'
  } catch {
    return false
  }
}

/** Sets every security header on `headers`, replacing any value a page set for the same name. */
export function applySecurityHeaders(headers: Headers, options: SecurityHeaderOptions): void {
  for (const [name, value] of Object.entries(securityHeaders(options))) headers.set(name, value)
}
