/**
 * Policy and storage for the site's cache of rendered anonymous responses (pure: no server).
 * The HTTP layer in site/server/index.ts is meant to ask `requestCacheKey` whether a request
 * may be answered from the cache and `storableResponse` whether a response may be kept.
 */

export type CachedResponse = {
  status: number
  headers: Record<string, string>
  body: Uint8Array
  /** Epoch milliseconds after which the entry must not be served. */
  expiresAt: number
}

/** Ceiling on how long any page stays cached when it states no earlier expiry. */
export const DEFAULT_TTL_MS = 60_000

/** Header a page sets (epoch ms or an HTTP date) when its content changes at a known time, e.g. a hub opening. */
export const EXPIRES_HEADER = 'x-cache-expires'

/**
 * The cache key for a request, or null when it must bypass the cache: only anonymous GET and
 * HEAD share entries (both under one key), and the query is sorted so equal filters share one.
 * The Host is part of it: without SITE_PUBLIC_URL a page's absolute URLs come from the host it
 * was asked for, so a page built for one name is never served to another (the site server
 * lets only its allowed names this far).
 */
export function requestCacheKey(method: string, target: string, headers: Record<string, string | string[] | undefined>): string | null {
  if (method !== 'GET' && method !== 'HEAD') return null
  if (headers.cookie || headers.authorization) return null
  let url: URL
  try {
    url = new URL(target, 'http://site.invalid')
  } catch {
    return null
  }
  const params = [...url.searchParams.entries()].sort(([a, av], [b, bv]) => (a === b ? cmp(av, bv) : cmp(a, b)))
  const query = new URLSearchParams(params).toString()
  const host = typeof headers.host === 'string' ? headers.host.toLowerCase() : ''
  return host + (query ? `${url.pathname}?${query}` : url.pathname)
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * When a response may be stored, the time it expires; otherwise null. Refused: statuses other
 * than 200 and 404, responses that set a cookie, and those marked private or no-store (pages
 * with a form token are).
 */
export function storableResponse(status: number, headers: Record<string, string | string[] | number | undefined>, now: number): number | null {
  if (status !== 200 && status !== 404) return null
  if (headers['set-cookie'] !== undefined) return null
  const cacheControl = String(headers['cache-control'] ?? '').toLowerCase()
  if (/\b(private|no-store|no-cache)\b/.test(cacheControl)) return null
  if (headers.vary !== undefined && /\b(cookie|\*)\b/i.test(String(headers.vary))) return null
  let expiresAt = now + DEFAULT_TTL_MS
  const stated = headers[EXPIRES_HEADER]
  if (stated !== undefined) {
    const raw = String(stated)
    const at = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw)
    if (!Number.isFinite(at)) return null
    expiresAt = Math.min(expiresAt, at)
  }
  return expiresAt > now ? expiresAt : null
}

/** Least-recently-used store bounded by the total bytes of its bodies. */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>()
  private bytes = 0
  private readonly maxBytes: number

  constructor(maxBytes: number) {
    this.maxBytes = maxBytes
  }

  get size(): number {
    return this.entries.size
  }

  get totalBytes(): number {
    return this.bytes
  }

  get(key: string, now: number): CachedResponse | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.entries.delete(key)
    if (entry.expiresAt <= now) {
      this.bytes -= entry.body.byteLength
      return undefined
    }
    this.entries.set(key, entry)
    return entry
  }

  set(key: string, entry: CachedResponse): void {
    const size = entry.body.byteLength
    this.delete(key)
    if (size > this.maxBytes) return
    this.entries.set(key, entry)
    this.bytes += size
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.entries.delete(oldest)
      this.bytes -= old.body.byteLength
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= entry.body.byteLength
  }

  clear(): void {
    this.entries.clear()
    this.bytes = 0
  }
}
