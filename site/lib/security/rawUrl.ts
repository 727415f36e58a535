/**
 * Request targets the site cannot read. Pure. The node adapter refuses a URL whose
 * percent-encoding does not decode (`/hubbar/%E0%A4%A`) with a bare English 400 before Astro
 * sees it; site/server/index.ts uses this to answer it in the visitor's language instead.
 */
import { localeOfPath, type Locale } from '../i18n.ts'

/** Whether the adapter can decode the request target, by the same test it applies. */
export function isDecodableTarget(target: string): boolean {
  try {
    decodeURI(target)
    return true
  } catch {
    return false
  }
}

/** The language of a raw request target, read from its path before any decoding. */
export function localeOfRawTarget(target: string): Locale {
  const path = target.split(/[?#]/)[0] || '/'
  return localeOfPath(path)
}
