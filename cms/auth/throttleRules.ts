/**
 * The rules for throttling logins and password-reset requests. Pure (unit tested);
 * `throttle.ts` keeps the counts in PostgreSQL, so the site, the CMS and any number of their
 * processes count together.
 *
 * Two kinds of limit:
 * - a sliding window: at most `limit` counted attempts in any `windowMs` (per client address);
 * - a back-off: after `free` failures in a row, each further attempt waits twice as long as
 *   the one before, from `baseMs` up to `capMs`; a success starts over, and so does a quiet
 *   `forgetMs`. Unlike Payload's lock (five failures shut an account for 15 minutes), nobody
 *   can keep the owner out for longer than `capMs` at a time.
 * An attempt is counted as a failure before the password is checked, so guesses sent in
 * parallel cannot all slip through before the first one fails; a success takes it back.
 */
import { createHmac } from 'node:crypto'

export type ThrottleRule =
  | { kind: 'window'; limit: number; windowMs: number }
  | { kind: 'backoff'; free: number; baseMs: number; capMs: number; forgetMs: number }

export interface ThrottleState {
  /** Counted attempts still in the window, in ms since the epoch, oldest first (window). */
  hits: number[]
  /** Failures in a row (back-off). */
  failures: number
  /** When the last counted attempt was made (back-off). */
  lastAt: number | null
}

export const NO_ATTEMPTS: ThrottleState = { hits: [], failures: 0, lastAt: null }

export type Decision = { allowed: true; next: ThrottleState } | { allowed: false; retryAfterMs: number }

const MINUTE = 60_000

/** Logins: ten failures per address in ten minutes; per account five free, then 5 s, 10 s, 20 s, 40 s, 60 s, 60 s … */
export const LOGIN_RULES = {
  address: { kind: 'window', limit: 10, windowMs: 10 * MINUTE },
  account: { kind: 'backoff', free: 5, baseMs: 5_000, capMs: 60_000, forgetMs: 15 * MINUTE },
} as const satisfies Record<string, ThrottleRule>

/** Password-reset requests (each one mails someone): five per address and five per account in ten minutes. */
export const RESET_RULES = {
  address: { kind: 'window', limit: 5, windowMs: 10 * MINUTE },
  account: { kind: 'window', limit: 5, windowMs: 10 * MINUTE },
} as const satisfies Record<string, ThrottleRule>

/** How long a back-off lasts after `failures` failures in a row. */
export function backoffMs(rule: Extract<ThrottleRule, { kind: 'backoff' }>, failures: number): number {
  if (failures < rule.free) return 0
  return Math.min(rule.capMs, rule.baseMs * 2 ** (failures - rule.free))
}

/** Whether an attempt at `now` is allowed, and the state that counts it. */
export function decide(rule: ThrottleRule, state: ThrottleState, now: number): Decision {
  if (rule.kind === 'window') {
    const hits = state.hits.filter((at) => at > now - rule.windowMs)
    if (hits.length >= rule.limit) return { allowed: false, retryAfterMs: hits[hits.length - rule.limit] + rule.windowMs - now }
    return { allowed: true, next: { ...state, hits: [...hits, now] } }
  }
  const failures = state.lastAt !== null && now - state.lastAt < rule.forgetMs ? state.failures : 0
  const opensAt = failures > 0 && state.lastAt !== null ? state.lastAt + backoffMs(rule, failures) : now
  if (opensAt > now) return { allowed: false, retryAfterMs: opensAt - now }
  return { allowed: true, next: { ...state, failures: failures + 1, lastAt: now } }
}

/** The state after the attempt counted at `at` succeeded: taken back (window), or the count starts over (back-off). */
export function succeeded(rule: ThrottleRule, state: ThrottleState, at: number): ThrottleState {
  if (rule.kind === 'backoff') return { ...state, failures: 0, lastAt: null }
  const index = state.hits.indexOf(at)
  return index < 0 ? state : { ...state, hits: [...state.hits.slice(0, index), ...state.hits.slice(index + 1)] }
}

export type Verdict = { allowed: true; next: ThrottleState[] } | { allowed: false; retryAfterSeconds: number }

/**
 * One attempt against several limits (the address and the account): counted against all of
 * them only when all allow it, so an attempt refused for the account does not use up the
 * address. Refused: the longest wait, in whole seconds for Retry-After (at least 1).
 */
export function decideAll(checks: ReadonlyArray<{ rule: ThrottleRule; state: ThrottleState }>, now: number): Verdict {
  const decisions = checks.map(({ rule, state }) => decide(rule, state, now))
  const waits = decisions.flatMap((d) => (d.allowed ? [] : [d.retryAfterMs]))
  if (waits.length > 0) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Math.max(...waits) / 1000)) }
  return { allowed: true, next: decisions.map((d) => (d as Extract<Decision, { allowed: true }>).next) }
}

/** What a request is counted by. */
export type ThrottleScope = 'login' | 'reset'

/**
 * The stored key for a limit, e.g. the login attempts of one e-mail address. A keyed hash
 * (HMAC-SHA256 with the Payload secret both processes hold), so the table holds no e-mail or
 * IP address and every key has the same small size however long the input was.
 */
export function throttleKey(secret: string, scope: ThrottleScope, kind: 'address' | 'account', value: string): string {
  const normalised = kind === 'account' ? value.trim().toLowerCase() : value
  return `${scope}:${kind}:${createHmac('sha256', secret).update(normalised).digest('base64url')}`
}
