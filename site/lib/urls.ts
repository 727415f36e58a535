/** Absolute URLs for canonical and hreflang links when the public origin is known. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return site ? new URL(path, site).href : path
}

/** Whether a nav entry is the current section: the home page only matches itself. */
export function isCurrentSection(current: string, section: string, home: string): boolean {
  const clean = current.length > 1 ? current.replace(/\/+$/, '') : current
  if (section === home) return clean === home
  return clean === section || clean.startsWith(section + '/')
}

/**
 * A `webcal://` address for a feed on the site's host (SITE_PUBLIC_URL's, else the allowed host
 * the page was served from): calendar apps open it as a subscription, where an https link
 * would only download the file once.
 */
export function webcalUrl(path: string, site: URL): string {
  return `webcal://${site.host}${path}`
}
