import { describe, expect, it } from 'vitest'
import { backoffMs, decide, decideAll, LOGIN_RULES, NO_ATTEMPTS, RESET_RULES, succeeded, throttleKey, type ThrottleState } from '../../../cms/auth/throttleRules.ts'

const window = { kind: 'window', limit: 3, windowMs: 60_000 } as const
const backoff = LOGIN_RULES.account

/** Runs attempts at the given times, each allowed one counted; returns which were allowed. */
function run(rule: Parameters<typeof decide>[0], times: number[], state: ThrottleState = NO_ATTEMPTS) {
  const allowed: boolean[] = []
  for (const at of times) {
    const d = decide(rule, state, at)
    allowed.push(d.allowed)
    if (d.allowed) state = d.next
  }
  return { allowed, state }
}

describe('a sliding window', () => {
  it('allows `limit` attempts in any window and says when the oldest leaves it', () => {
    const { allowed, state } = run(window, [0, 10_000, 20_000, 30_000])
    expect(allowed).toEqual([true, true, true, false])
    expect(decide(window, state, 30_000)).toEqual({ allowed: false, retryAfterMs: 30_000 })
    expect(decide(window, state, 60_001).allowed).toBe(true)
  })

  it('a success takes its own attempt back', () => {
    const { state } = run(window, [0, 1, 2])
    expect(decide(window, succeeded(window, state, 1), 3).allowed).toBe(true)
    expect(succeeded(window, state, 99)).toEqual(state)
  })
})

describe('a back-off', () => {
  it('is free for five failures, then doubles from 5 s to at most a minute', () => {
    expect([4, 5, 6, 7, 8, 9, 10, 50].map((n) => backoffMs(backoff, n))).toEqual([0, 5_000, 10_000, 20_000, 40_000, 60_000, 60_000, 60_000])
  })

  it('refuses an attempt inside the back-off without counting it, and allows the one after', () => {
    const { allowed, state } = run(backoff, [0, 1, 2, 3, 4, 5, 4_999])
    expect(allowed).toEqual([true, true, true, true, true, false, false])
    expect(state.failures).toBe(5)
    expect(decide(backoff, state, 4_999)).toEqual({ allowed: false, retryAfterMs: 5 })
    const next = decide(backoff, state, 5_004)
    expect(next).toEqual({ allowed: true, next: { hits: [], failures: 6, lastAt: 5_004 } })
  })

  it('starts over after a success or a quiet quarter of an hour', () => {
    const { state } = run(backoff, [0, 1, 2, 3, 4])
    expect(decide(backoff, succeeded(backoff, state, 4), 5).allowed).toBe(true)
    expect(decide(backoff, state, 4 + 15 * 60_000)).toMatchObject({ allowed: true, next: { failures: 1 } })
  })
})

describe('several limits at once', () => {
  it('counts against all only when all allow, and reports the longest wait in whole seconds', () => {
    const full = run(window, [0, 1, 2]).state
    const verdict = decideAll(
      [
        { rule: window, state: full },
        { rule: backoff, state: NO_ATTEMPTS },
      ],
      1_000,
    )
    expect(verdict).toEqual({ allowed: false, retryAfterSeconds: 59 })
    const fine = decideAll([{ rule: window, state: NO_ATTEMPTS }, { rule: backoff, state: NO_ATTEMPTS }], 7)
    expect(fine).toEqual({ allowed: true, next: [{ hits: [7], failures: 0, lastAt: null }, { hits: [], failures: 1, lastAt: 7 }] })
  })

  it('never answers Retry-After 0', () => {
    const state = run(window, [0, 1, 2]).state
    expect(decideAll([{ rule: window, state }], 59_999.5)).toEqual({ allowed: false, retryAfterSeconds: 1 })
  })

  it('the policies: ten failed logins per address, five reset requests per address and account, in ten minutes', () => {
    expect(LOGIN_RULES.address).toEqual({ kind: 'window', limit: 10, windowMs: 600_000 })
    expect(RESET_RULES.address.limit).toBe(5)
    expect(RESET_RULES.account.limit).toBe(5)
  })
})

describe('keys', () => {
  it('are keyed hashes: the same for one account however it is written, and never the address itself', () => {
    const a = throttleKey('geheim', 'login', 'account', ' Anna@Example.se ')
    expect(a).toBe(throttleKey('geheim', 'login', 'account', 'anna@example.se'))
    expect(a).toMatch(/^login:account:[A-Za-z0-9_-]{43}$/)
    expect(a).not.toBe(throttleKey('annan', 'login', 'account', 'anna@example.se'))
    expect(a).not.toBe(throttleKey('geheim', 'reset', 'account', 'anna@example.se'))
    expect(throttleKey('geheim', 'login', 'address', 'x'.repeat(100_000)).length).toBeLessThan(80)
  })
})
