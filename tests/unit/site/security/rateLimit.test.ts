import { describe, expect, it } from 'vitest'
import {
  checkRateLimit,
  clientAddress,
  hitEvery,
  MAX_KEY_LENGTH,
  pickClientAddress,
  rateLimitAddress,
  rateLimitKeys,
  SlidingWindowLimiter,
  trustedProxies,
} from '../../../../site/lib/security/rateLimit.ts'

const T = Date.UTC(2026, 10, 22, 9, 0)
const MIN = 60_000

describe('SlidingWindowLimiter', () => {
  it('allows 5 attempts per 10 minutes by default, then refuses with the time until a slot frees', () => {
    const limiter = new SlidingWindowLimiter()
    const remaining = [0, 1, 2, 3, 4].map((i) => limiter.hit('ip:1.2.3.4:register', T + i * MIN))
    expect(remaining.map((r) => [r.allowed, r.remaining])).toEqual([
      [true, 4],
      [true, 3],
      [true, 2],
      [true, 1],
      [true, 0],
    ])
    const refused = limiter.hit('ip:1.2.3.4:register', T + 5 * MIN)
    expect(refused).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 5 * 60 })
  })

  it('slides: each attempt leaves the window ten minutes after it was made, not at a fixed boundary', () => {
    const limiter = new SlidingWindowLimiter({ limit: 3, windowMs: 10 * MIN })
    limiter.hit('k', T)
    limiter.hit('k', T + 4 * MIN)
    limiter.hit('k', T + 8 * MIN)
    expect(limiter.hit('k', T + 9 * MIN)).toMatchObject({ allowed: false, retryAfterSeconds: 60 })
    // The first attempt is still inside a millisecond before ten minutes have passed, and out at ten.
    expect(limiter.hit('k', T + 10 * MIN - 1)).toMatchObject({ allowed: false, retryAfterSeconds: 1 })
    expect(limiter.hit('k', T + 10 * MIN)).toMatchObject({ allowed: true, remaining: 0 })
    // Now the window holds T+4, T+8, T+10: the next slot frees when T+4 leaves, at T+14.
    expect(limiter.hit('k', T + 12 * MIN)).toMatchObject({ allowed: false, retryAfterSeconds: 2 * 60 })
  })

  it('does not count refused attempts, so hammering does not extend the wait', () => {
    const limiter = new SlidingWindowLimiter({ limit: 2, windowMs: 10 * MIN })
    limiter.hit('k', T)
    limiter.hit('k', T)
    for (let s = 1; s < 600; s += 7) expect(limiter.hit('k', T + s * 1000).allowed).toBe(false)
    expect(limiter.hit('k', T + 10 * MIN + 1).allowed).toBe(true)
  })

  it('rounds Retry-After up to whole seconds, at least 1', () => {
    const limiter = new SlidingWindowLimiter({ limit: 1, windowMs: 10_000 })
    limiter.hit('k', T)
    expect(limiter.hit('k', T + 9_999).retryAfterSeconds).toBe(1)
    expect(limiter.hit('k', T + 1_500).retryAfterSeconds).toBe(9)
  })

  it('keeps keys apart: one IP or one e-mail address running out does not affect another', () => {
    const limiter = new SlidingWindowLimiter({ limit: 2 })
    limiter.hit('ip:1.1.1.1:register', T)
    limiter.hit('ip:1.1.1.1:register', T)
    expect(limiter.hit('ip:1.1.1.1:register', T).allowed).toBe(false)
    expect(limiter.hit('ip:2.2.2.2:register', T).allowed).toBe(true)
    expect(limiter.hit('ip:1.1.1.1:login', T).allowed).toBe(true)
    expect(limiter.hit('email:a@example.se:register', T).allowed).toBe(true)
  })

  it('hitAll counts an attempt against every key only when all allow it, and names the key that refused', () => {
    const limiter = new SlidingWindowLimiter({ limit: 2 })
    const keys = ['ip:1.1.1.1:register', 'email:a@example.se:register']
    expect(limiter.hitAll(keys, T)).toMatchObject({ allowed: true, remaining: 1 })
    // The same address from another IP uses up the e-mail key.
    expect(limiter.hitAll(['ip:9.9.9.9:register', 'email:a@example.se:register'], T + 1000)).toMatchObject({ allowed: true, remaining: 0 })
    const refused = limiter.hitAll(keys, T + 2000)
    expect(refused).toMatchObject({ allowed: false, key: 'email:a@example.se:register' })
    // The refused attempt did not count against the IP: it still has one left.
    expect(limiter.hit('ip:1.1.1.1:register', T + 3000)).toMatchObject({ allowed: true, remaining: 0 })
    expect(limiter.hitAll(['x', 'x'], T)).toMatchObject({ allowed: true, remaining: 1 })
  })

  it('keeps its memory bounded: at most maxKeys keys, the least recently used dropped first', () => {
    const limiter = new SlidingWindowLimiter({ limit: 1, maxKeys: 100 })
    limiter.hit('keep', T)
    for (let i = 0; i < 10_000; i++) {
      limiter.hit(`ip:10.0.${i >> 8}.${i & 255}:register`, T + i)
      if (i % 50 === 0) limiter.hit('keep', T + i) // refused, but still the key is looked at
      expect(limiter.size).toBeLessThanOrEqual(100)
    }
    expect(limiter.size).toBe(100)
    // The most recent keys are still limited.
    expect(limiter.hit('ip:10.0.39.15:register', T + 10_000).allowed).toBe(false)
  })

  it('forgets keys whose window has passed as new requests come in', () => {
    const limiter = new SlidingWindowLimiter({ windowMs: 10 * MIN })
    for (let i = 0; i < 50; i++) limiter.hit(`old-${i}`, T)
    expect(limiter.size).toBe(50)
    for (let i = 0; i < 20; i++) limiter.hit(`new-${i}`, T + 11 * MIN)
    expect(limiter.size).toBe(20)
  })

  it('stores a very long key as a fixed-size hash and still limits it', () => {
    const limiter = new SlidingWindowLimiter({ limit: 1 })
    const huge = `email:${'a'.repeat(100_000)}@example.se:register`
    expect(limiter.hit(huge, T).allowed).toBe(true)
    expect(limiter.hit(huge, T).allowed).toBe(false)
    expect(limiter.hit(huge + 'x', T).allowed).toBe(true)
    const stored = [...(limiter as unknown as { hits: Map<string, number[]> }).hits.keys()]
    expect(stored.every((k) => k.length <= MAX_KEY_LENGTH)).toBe(true)
  })

  it('reset forgets a key', () => {
    const limiter = new SlidingWindowLimiter({ limit: 1 })
    limiter.hit('k', T)
    limiter.reset('k')
    expect(limiter.hit('k', T).allowed).toBe(true)
  })

  it('refuses nonsense settings', () => {
    expect(() => new SlidingWindowLimiter({ limit: 0 })).toThrow()
    expect(() => new SlidingWindowLimiter({ windowMs: 0 })).toThrow()
  })
})

describe('hitEvery: several limiters with their own limits', () => {
  it('counts an attempt against every key only when all allow it, each limiter with its own limit', () => {
    const byAddress = new SlidingWindowLimiter({ limit: 30 })
    const byOrgNumber = new SlidingWindowLimiter({ limit: 5 })
    const attempt = (org: string, at: number) =>
      hitEvery(
        [
          { limiter: byAddress, keys: ['ip:10.0.0.1:network-join'] },
          { limiter: byOrgNumber, keys: [`org:${org}:network-join`] },
        ],
        at,
      )
    for (let i = 0; i < 5; i++) expect(attempt('2021006297', T + i).allowed).toBe(true)
    const refused = attempt('2021006297', T + 10)
    expect(refused).toMatchObject({ allowed: false, key: 'org:2021006297:network-join', retryAfterSeconds: 600 })
    // The refused attempt was not counted for the address: 25 more from it, for other numbers.
    for (let i = 0; i < 25; i++) expect(attempt(`20210000${String(i).padStart(2, '0')}`, T + 20 + i).allowed, `attempt ${i}`).toBe(true)
    expect(attempt('2021999999', T + 100)).toMatchObject({ allowed: false, key: 'ip:10.0.0.1:network-join' })
    // Ten minutes after the first ones, the number is free again.
    expect(byOrgNumber.hit('org:2021006297:network-join', T + 10 * MIN + 5).allowed).toBe(true)
  })

  it('allows an empty list of rules', () => {
    expect(hitEvery([], T).allowed).toBe(true)
  })
})

describe('client addresses and keys', () => {
  it('counts IPv6 clients by their /64 and IPv4-mapped addresses as IPv4', () => {
    expect(rateLimitAddress('2001:db8:abcd:12:1:2:3:4')).toBe('2001:db8:abcd:12::/64')
    expect(rateLimitAddress('2001:DB8:ABCD:0012::ffff')).toBe('2001:db8:abcd:12::/64')
    expect(rateLimitAddress('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(rateLimitAddress('::1')).toBe('0:0:0:0::/64')
    expect(rateLimitAddress('::ffff:192.0.2.7')).toBe('192.0.2.7')
    expect(rateLimitAddress('192.0.2.7')).toBe('192.0.2.7')
    expect(rateLimitAddress('unknown')).toBe('unknown')
  })

  it('uses X-Forwarded-For only behind trusted proxies, taking the entry our proxy wrote', () => {
    expect(pickClientAddress('10.0.0.1', '198.51.100.9', 0)).toBe('10.0.0.1')
    expect(pickClientAddress('10.0.0.1', '198.51.100.9', 1)).toBe('198.51.100.9')
    // A client can prepend anything; with one proxy only the rightmost entry is trusted.
    expect(pickClientAddress('10.0.0.1', '1.1.1.1, 198.51.100.9', 1)).toBe('198.51.100.9')
    expect(pickClientAddress('10.0.0.1', '1.1.1.1, 198.51.100.9, 10.0.0.2', 2)).toBe('198.51.100.9')
    expect(pickClientAddress('10.0.0.1', 'not-an-ip', 1)).toBe('10.0.0.1')
    expect(pickClientAddress('10.0.0.1', null, 1)).toBe('10.0.0.1')
    expect(trustedProxies({ SITE_TRUSTED_PROXIES: '1' })).toBe(1)
    expect(trustedProxies({ SITE_TRUSTED_PROXIES: 'yes' })).toBe(0)
    expect(trustedProxies({})).toBe(0)
  })

  it('clientAddress reads Astro’s clientAddress, and survives one that throws', () => {
    const request = new Request('http://x/', { headers: { 'x-forwarded-for': '198.51.100.9' } })
    expect(clientAddress({ request, clientAddress: '203.0.113.5' }, {})).toBe('203.0.113.5')
    expect(clientAddress({ request, clientAddress: '203.0.113.5' }, { SITE_TRUSTED_PROXIES: '1' })).toBe('198.51.100.9')
    const noSocket = {
      request: new Request('http://x/'),
      get clientAddress(): string {
        throw new Error('no socket')
      },
    }
    expect(clientAddress(noSocket, {})).toBe('unknown')
  })

  it('makes one key per IP and, when given, one per normalised e-mail address', () => {
    expect(rateLimitKeys('register', { ip: '::ffff:192.0.2.7', email: ' Anna@Example.SE ' })).toEqual(['ip:192.0.2.7:register', 'email:anna@example.se:register'])
    expect(rateLimitKeys('login', { ip: '192.0.2.7', email: '' })).toEqual(['ip:192.0.2.7:login'])
  })
})

describe('checkRateLimit', () => {
  it('answers a localised 429 with Retry-After once a key is over its limit', () => {
    const limiter = new SlidingWindowLimiter({ limit: 1 })
    expect(checkRateLimit(['ip:1.2.3.4:login'], 'sv', limiter, T)).toEqual({ ok: true })
    const sv = checkRateLimit(['ip:1.2.3.4:login'], 'sv', limiter, T + 30_000)
    expect(sv).toMatchObject({ ok: false, status: 429, retryAfterSeconds: 570, headers: { 'Retry-After': '570' } })
    expect(!sv.ok && sv.message).toContain('Vänta 10 minuter')
    const en = checkRateLimit(['ip:1.2.3.4:login'], 'en', limiter, T + 9.5 * MIN)
    expect(!en.ok && en.message).toContain('Wait 1 minute')
  })
})
