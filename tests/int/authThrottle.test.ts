/**
 * Login and password-reset throttling on a real PostgreSQL (cms/auth/throttle.ts): Payload's
 * hard lock is gone, a stranger's failures make the account wait a short back-off instead,
 * an address is limited across accounts, successes count for nothing, and attempts made at
 * the same moment are counted one by one. The pure rules are unit tested
 * (tests/unit/cms/throttleRules.test.ts). The throttle writes outside any test transaction,
 * so its table is emptied after each test.
 */
import { afterAll, afterEach, describe, expect, test } from 'vitest'
import { executor, sql } from '../../cms/db/sql.ts'
import { throttledLogin, type LoginAttempt } from '../../cms/auth/login.ts'
import { resetChecks } from '../../cms/auth/passwordReset.ts'
import { sweep, takeAttempt } from '../../cms/auth/throttle.ts'
import { userData } from '../helpers/factories.ts'
import { usePayload } from '../helpers/payload.ts'

const ctx = usePayload()
const created: number[] = []
const PASSWORD = 'rätt lösenord för testet'

afterEach(async () => {
  await (await executor(ctx.payload)).execute(sql`DELETE FROM auth_throttle`)
})
afterAll(async () => {
  for (const id of created) await ctx.payload.delete({ collection: 'users', id, overrideAccess: true }).catch(() => null)
})

async function person(role: 'admin' | 'agency-representative' = 'agency-representative') {
  const user = await ctx.payload.create({ collection: 'users', data: userData(role, { password: PASSWORD }), overrideAccess: true })
  created.push(user.id)
  return user
}

/** One attempt as the site and the CMS make it: Payload checks the password. */
function attempt(email: string, password: string, address: string): Promise<LoginAttempt<string>> {
  return throttledLogin(ctx.payload, { email, address }, password, async () => {
    try {
      return (await ctx.payload.login({ collection: 'users', data: { email, password } })).token ?? null
    } catch {
      return null
    }
  })
}

/** The seconds a throttled attempt was told to wait. */
function waitOf(outcome: LoginAttempt<string>): number {
  if (outcome.outcome !== 'throttled') throw new Error(`expected a wait, got ${outcome.outcome}`)
  return outcome.retryAfterSeconds
}

/** Moves every recorded attempt `ms` into the past, as if that much time had gone by. */
async function timePasses(ms: number) {
  await (await executor(ctx.payload)).execute(sql`
    UPDATE auth_throttle SET last_at = last_at - ${ms}, hits = ARRAY(SELECT h - ${ms} FROM unnest(hits) AS h)`)
}

describe('no hard lock', () => {
  test('Payload no longer locks an account: after five wrong passwords the right one still works', async () => {
    const user = await person('admin')
    for (let i = 0; i < 5; i++) await expect(ctx.payload.login({ collection: 'users', data: { email: user.email, password: `fel ${i}` } })).rejects.toThrow()
    const { token } = await ctx.payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })
    expect(token).toBeTruthy()
  })
})

describe('per account: a back-off instead of a lock', () => {
  test('five failures from a stranger make the next attempt wait 5 s, from any address; then the owner gets in and the count starts over', async () => {
    const user = await person('admin')
    const outcomes = []
    for (let i = 0; i < 5; i++) outcomes.push((await attempt(user.email, `gissning ${i}`, '203.0.113.5')).outcome)
    expect(outcomes).toEqual(['failed', 'failed', 'failed', 'failed', 'failed'])
    expect(5 - waitOf(await attempt(user.email, 'gissning 6', '203.0.113.5'))).toBeOneOf([0, 1, 2])
    // The owner elsewhere waits too, but only the back-off.
    expect(await attempt(user.email.toUpperCase(), PASSWORD, '198.51.100.20')).toMatchObject({ outcome: 'throttled' })
    await timePasses(5_000)
    expect((await attempt(user.email, PASSWORD, '198.51.100.20')).outcome).toBe('passed')
    for (let i = 0; i < 5; i++) expect((await attempt(user.email, `skrivfel ${i}`, '198.51.100.20')).outcome).toBe('failed')
  })

  test('the back-off doubles up to a minute, and a quiet quarter of an hour forgets it', async () => {
    const user = await person()
    const waits: number[] = []
    for (let i = 0; i < 5; i++) await attempt(user.email, `gissning ${i}`, '203.0.113.6')
    for (let i = 0; i < 6; i++) {
      const refused = await attempt(user.email, 'nästa gissning', `203.0.113.${10 + i}`)
      if (refused.outcome !== 'throttled') throw new Error(`expected a wait, got ${refused.outcome}`)
      waits.push(refused.retryAfterSeconds)
      await timePasses(refused.retryAfterSeconds * 1000)
      expect((await attempt(user.email, 'nästa gissning', `203.0.113.${10 + i}`)).outcome).toBe('failed')
    }
    // Seconds left when asked: the checked password's time (longer on a busy machine) is already gone.
    expect(waits.map((w, i) => [5, 10, 20, 40, 60, 60][i] - w).every((d) => d >= 0 && d <= 2), `waits ${waits}`).toBe(true)
    await timePasses(15 * 60_000)
    expect((await attempt(user.email, PASSWORD, '203.0.113.6')).outcome).toBe('passed')
  })

  test('an unknown address is throttled exactly like a known one, so a 429 tells nothing', async () => {
    const unknown = `ingen-${Date.now()}@example.se`
    for (let i = 0; i < 5; i++) expect((await attempt(unknown, `gissning ${i}`, '203.0.113.7')).outcome).toBe('failed')
    expect(5 - waitOf(await attempt(unknown, 'gissning 6', '203.0.113.7'))).toBeOneOf([0, 1, 2])
  })

  test('guesses sent at the same moment are counted one by one: only five of twenty are tried', async () => {
    const user = await person()
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(user.email, `samtidig ${i}`, `203.0.113.${100 + i}`)))
    expect(outcomes.filter((o) => o.outcome === 'failed')).toHaveLength(5)
    expect(outcomes.filter((o) => o.outcome === 'throttled')).toHaveLength(15)
  })
})

describe('per client address: a sliding window', () => {
  test('ten failures in ten minutes, on any accounts, refuse the address’s next attempt until the oldest leaves the window', async () => {
    for (let i = 0; i < 10; i++) expect((await attempt(`spray-${i}@example.se`, 'Sommar2026!', '203.0.113.8')).outcome).toBe('failed')
    const refused = await attempt('spray-10@example.se', 'Sommar2026!', '203.0.113.8')
    expect(refused).toMatchObject({ outcome: 'throttled' })
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(590)
    // The same /64 is the same client; another address is not.
    expect((await attempt('spray-11@example.se', 'x', '198.51.100.99')).outcome).toBe('failed')
    await timePasses(10 * 60_000)
    expect((await attempt('spray-12@example.se', 'x', '203.0.113.8')).outcome).toBe('failed')
  })

  test('an IPv6 client is counted by its /64', async () => {
    for (let i = 0; i < 10; i++) await attempt(`v6-${i}@example.se`, 'x', `2001:db8:1:2::${i + 1}`)
    expect((await attempt('v6-10@example.se', 'x', '2001:db8:1:2:ffff::1')).outcome).toBe('throttled')
    expect((await attempt('v6-11@example.se', 'x', '2001:db8:1:3::1')).outcome).toBe('failed')
  })

  test('successful logins count for nothing: the tests’ and an office’s many logins from one address', async () => {
    const user = await person()
    for (let i = 0; i < 15; i++) expect((await attempt(user.email, PASSWORD, '203.0.113.9')).outcome).toBe('passed')
    for (let i = 0; i < 5; i++) expect((await attempt(user.email, `fel ${i}`, '203.0.113.9')).outcome).toBe('failed')
  })

  test('an attempt refused for its account does not use up the address', async () => {
    const user = await person()
    for (let i = 0; i < 5; i++) await attempt(user.email, `fel ${i}`, '203.0.113.10')
    for (let i = 0; i < 10; i++) expect((await attempt(user.email, 'fel igen', '203.0.113.10')).outcome).toBe('throttled')
    // Five of the address's ten are used; five more on other accounts are allowed.
    for (let i = 0; i < 5; i++) expect((await attempt(`annan-${i}@example.se`, 'x', '203.0.113.10')).outcome).toBe('failed')
    expect((await attempt('annan-6@example.se', 'x', '203.0.113.10')).outcome).toBe('throttled')
  })
})

describe('password-reset requests', () => {
  test('five per address and five per account in ten minutes; a refused request counts nothing', async () => {
    const take = (email: string, address: string) => takeAttempt(ctx.payload, resetChecks(ctx.payload.secret, { email, address }))
    for (let i = 0; i < 5; i++) expect((await take(`glomsk-${i}@example.se`, '203.0.113.11')).allowed).toBe(true)
    expect(await take('glomsk-5@example.se', '203.0.113.11')).toMatchObject({ allowed: false })
    for (let i = 0; i < 5; i++) expect((await take('samma@example.se', `198.51.100.${i + 1}`)).allowed).toBe(true)
    expect(await take('SAMMA@example.se', '198.51.100.50')).toMatchObject({ allowed: false })
  })
})

test('keys nobody has tried for an hour are swept', async () => {
  await attempt('gammal@example.se', 'x', '203.0.113.12')
  const db = await executor(ctx.payload)
  const count = async () => Number(((await db.execute(sql`SELECT count(*) AS n FROM auth_throttle`)).rows[0] as { n: string }).n)
  expect(await count()).toBe(2)
  await db.execute(sql`UPDATE auth_throttle SET updated_at = now() - interval '61 minutes'`)
  await sweep(ctx.payload)
  expect(await count()).toBe(0)
  // Neither key is stored in the clear.
  await attempt('klartext@example.se', 'x', '203.0.113.13')
  const keys = (await db.execute(sql`SELECT key FROM auth_throttle`)).rows.map((r) => String(r.key))
  expect(keys.join(' ')).not.toMatch(/klartext|203\.0\.113/)
})
