/**
 * Validators for feeds (ETag, Last-Modified) and the conditional-request check that answers
 * 304 (RFC 9110, 13.1-13.2). Pure apart from hashing, so unit tested without a server.
 */
import { createHash } from 'node:crypto'

export interface Validators {
  /** A strong entity tag, quoted: the body is byte-for-byte reproducible from the same data. */
  etag: string
  /** The latest `updatedAt` among the feed's events, or null for an empty feed. */
  lastModified: Date | null
}

export function validatorsFor(body: string, updatedAts: readonly string[]): Validators {
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 32)
  let latest = Number.NEGATIVE_INFINITY
  for (const value of updatedAts) {
    const time = Date.parse(value)
    if (Number.isFinite(time) && time > latest) latest = time
  }
  return { etag: `"${hash}"`, lastModified: Number.isFinite(latest) ? new Date(latest) : null }
}

export interface ConditionalHeaders {
  ifNoneMatch?: string | null
  ifModifiedSince?: string | null
}

/** Weak comparison, as If-None-Match requires: `W/"x"` matches `"x"`. */
function opaque(tag: string): string {
  return tag.trim().replace(/^W\//, '')
}

/**
 * Whether a GET may be answered 304. If-None-Match wins over If-Modified-Since when both are
 * sent; an unparseable date is ignored, as the RFC asks, rather than treated as an error.
 */
export function isNotModified(headers: ConditionalHeaders, validators: Validators): boolean {
  const ifNoneMatch = headers.ifNoneMatch?.trim()
  if (ifNoneMatch) {
    if (ifNoneMatch === '*') return true
    const current = opaque(validators.etag)
    return ifNoneMatch.split(',').some((tag) => opaque(tag) === current)
  }
  const since = headers.ifModifiedSince ? Date.parse(headers.ifModifiedSince) : Number.NaN
  if (!Number.isFinite(since) || !validators.lastModified) return false
  // HTTP dates have whole seconds; compare at that precision.
  return Math.floor(validators.lastModified.getTime() / 1000) * 1000 <= since
}
