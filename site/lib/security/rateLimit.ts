/**
 * Rate limiting for form submissions: a sliding-window log per key, in memory.
 *
 * The site is a single Node process, so one in-process map sees every request; more site
 * processes would each count on their own (the limit would multiply by their number). Memory
 * is bounded: each key keeps at most `limit` timestamps, keys longer than MAX_KEY_LENGTH are
 * hashed, and past `maxKeys` the least recently used key is dropped. Keys whose window has
 * passed are swept as new requests arrive.
 */
import { createHash } from 'node:crypto'
import { pickClientAddress, proxyCount, rateLimitAddress } from '../../../cms/domain/http/clientAddress.ts'
import type { Locale } from '../i18n.ts'
import { refusal, type Refusal } from './messages.ts'

export interface RateLimitOptions {
  /** Attempts allowed per window. Default 5. */
  limit?: number
  /** Window length. Default 10 minutes. */
  windowMs?: number
  /** Most keys remembered at once. Default 20,000 (a few MB at most). */
  maxKeys?: number
}

export interface RateLimitResult {
  allowed: boolean
  /** Attempts left in the window after this one (0 when refused). */
  remaining: number
  /** When refused: seconds until the oldest counted attempt leaves the window (at least 1); else 0. */
  retryAfterSeconds: number
  /** When refused by `hitAll`: the key that was over its limit. */
  key?: string
}

export const MAX_KEY_LENGTH = 200
/** How many of the least recently used keys each call looks at for a sweep. */
const SWEEP_PER_CALL = 4

export class SlidingWindowLimiter {
  readonly limit: number
  readonly windowMs: number
  readonly maxKeys: number
  private readonly hits = new Map<string, number[]>()

  constructor(options: RateLimitOptions = {}) {
    this.limit = options.limit ?? 5
    this.windowMs = options.windowMs ?? 10 * 60 * 1000
    this.maxKeys = options.maxKeys ?? 20_000
    if (!(this.limit >= 1 && this.windowMs > 0 && this.maxKeys >= 1)) throw new Error('SlidingWindowLimiter needs limit >= 1, windowMs > 0 and maxKeys >= 1')
  }

  /** Keys remembered right now. */
  get size(): number {
    return this.hits.size
  }

  /** Counts an attempt for `key` if it is allowed; a refused attempt is not counted. */
  hit(key: string, now: number = Date.now()): RateLimitResult {
    return this.hitAll([key], now)
  }

  /**
   * Checks every key first and counts the attempt against all of them only when all allow
   * it, so an attempt refused for one key (this e-mail) does not use up another (this IP).
   */
  hitAll(keys: readonly string[], now: number = Date.now()): RateLimitResult {
    return hitEvery([{ limiter: this, keys }], now)
  }

  /** Whether one more attempt fits under every key, without counting it. */
  check(keys: readonly string[], now: number): RateLimitResult {
    this.sweep(now)
    let remaining = this.limit
    for (const key of keys) {
      const recent = this.recent(storedKey(key), now)
      if (recent.length >= this.limit) {
        const retryAfterMs = recent[recent.length - this.limit] + this.windowMs - now
        return { allowed: false, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)), key }
      }
      remaining = Math.min(remaining, this.limit - recent.length - 1)
    }
    return { allowed: true, remaining, retryAfterSeconds: 0 }
  }

  /** Counts an attempt against every key (after `check` allowed it). */
  record(keys: readonly string[], now: number): void {
    for (const key of new Set(keys.map(storedKey))) {
      const recent = this.recent(key, now)
      recent.push(now)
      // Re-inserting moves the key to the end: the Map's order is least recently used first.
      this.hits.delete(key)
      this.hits.set(key, recent)
    }
    while (this.hits.size > this.maxKeys) this.hits.delete(this.hits.keys().next().value as string)
  }

  /** Forgets a key, e.g. after a successful login. */
  reset(key: string): void {
    this.hits.delete(storedKey(key))
  }

  private recent(key: string, now: number): number[] {
    const times = this.hits.get(key)
    if (!times) return []
    const from = now - this.windowMs
    let drop = 0
    while (drop < times.length && times[drop] <= from) drop++
    return drop ? times.slice(drop) : times
  }

  private sweep(now: number): void {
    let looked = 0
    for (const [key, times] of this.hits) {
      if (looked++ >= SWEEP_PER_CALL) break
      if (times[times.length - 1] <= now - this.windowMs) this.hits.delete(key)
    }
  }
}

/** Long keys (a 100 KB "e-mail address") are stored as their SHA-256, so they cost no more than short ones. */
function storedKey(key: string): string {
  return key.length <= MAX_KEY_LENGTH ? key : `sha256:${createHash('sha256').update(key).digest('base64url')}`
}

/** Keys counted by one limiter, for `hitEvery`. */
export interface RateLimitRule {
  limiter: SlidingWindowLimiter
  keys: readonly string[]
}

/**
 * One attempt against several limiters, each with its own limit (a sign-up: many per office,
 * few per organisation number): every key of every rule is checked first, and the attempt is
 * counted against all of them only when all allow it.
 */
export function hitEvery(rules: readonly RateLimitRule[], now: number = Date.now()): RateLimitResult {
  let remaining = Number.POSITIVE_INFINITY
  for (const { limiter, keys } of rules) {
    const result = limiter.check(keys, now)
    if (!result.allowed) return result
    remaining = Math.min(remaining, result.remaining)
  }
  for (const { limiter, keys } of rules) limiter.record(keys, now)
  return { allowed: true, remaining: Number.isFinite(remaining) ? remaining : 0, retryAfterSeconds: 0 }
}

/* ------------------------------------------------------------------ keys and client address */

// One client is counted the same way by the site and the CMS (their login throttle is shared).
export { pickClientAddress, rateLimitAddress } from '../../../cms/domain/http/clientAddress.ts'

/** SITE_TRUSTED_PROXIES: how many reverse proxies of ours stand in front of the site (default 0). */
export function trustedProxies(env: Record<string, string | undefined> = process.env): number {
  return proxyCount(env.SITE_TRUSTED_PROXIES)
}

/** Rate-limit keys for one action: `ip:<address>:<action>` and, when given, `email:<address>:<action>`. */
export function rateLimitKeys(action: string, who: { ip: string; email?: string | null }): string[] {
  const keys = [`ip:${rateLimitAddress(who.ip)}:${action}`]
  const email = who.email?.trim().toLowerCase()
  if (email) keys.push(`email:${email}:${action}`)
  return keys
}

/* ------------------------------------------------------------------ Astro-facing helpers */

/** The one limiter the site's forms share: 5 attempts per key per 10 minutes. */
export const formRateLimiter = new SlidingWindowLimiter()

/** The parts of Astro's context used here. `clientAddress` throws where there is no socket. */
export interface ClientContext {
  request: Request
  readonly clientAddress: string
}

export function clientAddress(context: ClientContext, env: Record<string, string | undefined> = process.env): string {
  let socket = 'unknown'
  try {
    socket = context.clientAddress
  } catch {
    // Not available (prerendering, some test contexts): everyone shares one bucket.
  }
  return pickClientAddress(socket, context.request.headers.get('x-forwarded-for'), trustedProxies(env))
}

export type RateLimitCheck = { ok: true } | Refusal<'rate-limited'>

/**
 * Counts one attempt against every key; when any is over its limit, a 429 with a message in
 * `locale` and the `Retry-After` header to send.
 */
export function checkRateLimit(keys: readonly string[], locale: Locale, limiter: SlidingWindowLimiter = formRateLimiter, now: number = Date.now()): RateLimitCheck {
  const result = limiter.hitAll(keys, now)
  if (result.allowed) return { ok: true }
  return refusal('rate-limited', locale, result.retryAfterSeconds)
}
