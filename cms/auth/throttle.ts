/**
 * Login and password-reset throttling, counted in PostgreSQL (`auth_throttle`, a hand-written
 * migration) so that the site, the CMS and every process of either count one client and one
 * account together. The rules are pure, in `throttleRules.ts`.
 *
 * An attempt locks its rows (in key order, so two attempts cannot deadlock), decides with the
 * database's clock, and counts itself in one short transaction; `attemptSucceeded` takes it
 * back afterwards. Rows quiet for an hour are swept now and then.
 */
import type { Payload } from 'payload'
import { executor, sql } from '../db/sql.ts'
import { inTransaction } from '../db/transaction.ts'
import { decideAll, NO_ATTEMPTS, succeeded, type ThrottleRule, type ThrottleState } from './throttleRules.ts'

export interface ThrottleCheck {
  key: string
  rule: ThrottleRule
}

export type Ticket = { allowed: true; at: number; checks: ThrottleCheck[] } | { allowed: false; retryAfterSeconds: number }

interface Row {
  key: string
  hits: Array<string | number> | null
  failures: number | string
  last_at: string | number | null
  now: string | number
}

const toState = (row: Row | undefined): ThrottleState =>
  row ? { hits: (row.hits ?? []).map(Number), failures: Number(row.failures), lastAt: row.last_at === null ? null : Number(row.last_at) } : NO_ATTEMPTS

/** Locks the checks' rows (made when missing) and returns their states and the database's time in ms. */
async function lockRows(db: Awaited<ReturnType<typeof executor>>, keys: string[]): Promise<{ states: Map<string, ThrottleState>; now: number }> {
  await db.execute(sql`INSERT INTO auth_throttle (key) VALUES ${sql.join(keys.map((key) => sql`(${key})`), sql`, `)} ON CONFLICT (key) DO NOTHING`)
  const { rows } = (await db.execute(sql`
    SELECT key, hits, failures, last_at, (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS now
    FROM auth_throttle WHERE key IN (${sql.join(keys.map((key) => sql`${key}`), sql`, `)})
    ORDER BY key FOR UPDATE`)) as unknown as { rows: Row[] }
  const now = rows.length > 0 ? Number(rows[0].now) : Date.now()
  return { states: new Map(rows.map((row) => [row.key, toState(row)])), now }
}

async function store(db: Awaited<ReturnType<typeof executor>>, key: string, state: ThrottleState): Promise<void> {
  await db.execute(sql`
    INSERT INTO auth_throttle (key, hits, failures, last_at, updated_at)
    VALUES (${key}, ${`{${state.hits.join(',')}}`}::bigint[], ${state.failures}, ${state.lastAt}, now())
    ON CONFLICT (key) DO UPDATE SET hits = EXCLUDED.hits, failures = EXCLUDED.failures, last_at = EXCLUDED.last_at, updated_at = now()`)
}

/** Counts an attempt against every check when all allow it; otherwise says how long to wait. */
export async function takeAttempt(payload: Payload, checks: ThrottleCheck[]): Promise<Ticket> {
  const sorted = [...new Map(checks.map((check) => [check.key, check])).values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  const ticket = await inTransaction(payload, undefined, async (req): Promise<Ticket> => {
    const db = await executor(payload, req)
    const { states, now } = await lockRows(db, sorted.map((check) => check.key))
    const verdict = decideAll(
      sorted.map((check) => ({ rule: check.rule, state: states.get(check.key) ?? NO_ATTEMPTS })),
      now,
    )
    if (!verdict.allowed) return verdict
    for (const [i, check] of sorted.entries()) await store(db, check.key, verdict.next[i])
    return { allowed: true, at: now, checks: sorted }
  })
  if (Math.random() < 0.02) void sweep(payload).catch((error: unknown) => payload.logger.error({ err: error, msg: '[auth throttle] sweep failed' }))
  return ticket
}

/** The attempt succeeded (the right password): it no longer counts, and a back-off starts over. */
export async function attemptSucceeded(payload: Payload, ticket: Extract<Ticket, { allowed: true }>): Promise<void> {
  await inTransaction(payload, undefined, async (req) => {
    const db = await executor(payload, req)
    const { states } = await lockRows(db, ticket.checks.map((check) => check.key))
    for (const check of ticket.checks) await store(db, check.key, succeeded(check.rule, states.get(check.key) ?? NO_ATTEMPTS, ticket.at))
  })
}

/** Forgets keys nobody has tried for an hour (longer than any window or back-off). */
export async function sweep(payload: Payload): Promise<void> {
  const db = await executor(payload)
  await db.execute(sql`
    DELETE FROM auth_throttle WHERE key IN (
      SELECT key FROM auth_throttle WHERE updated_at < now() - interval '1 hour' LIMIT 500 FOR UPDATE SKIP LOCKED)`)
}
