import type { Payload } from 'payload'
import { meiliIsDown, UNREACHABLE_LABEL } from './search/fallback.ts'
import { meiliConfigFromEnv, meiliEngine } from './search/meilisearch.ts'

export interface Health {
  ok: boolean
  db: 'up' | 'down'
  search: string
  mail: 'smtp' | 'files'
}

/**
 * Readiness shared by both processes' `GET /health`. Pass the promise of a Payload: one that
 * cannot start (the database is unreachable) reports the database as down.
 */
export async function checkHealth(payload: Promise<Payload>): Promise<Health> {
  let db: Health['db'] = 'down'
  try {
    const pool = ((await payload).db as unknown as { pool: { query: (sql: string) => Promise<unknown> } }).pool
    await pool.query('SELECT 1')
    db = 'up'
  } catch {
    db = 'down'
  }
  return {
    ok: db === 'up',
    db,
    search: await searchHealth(),
    mail: process.env.SMTP_URL ? 'smtp' : 'files',
  }
}

/** Which engine answers searches now; Meilisearch being down does not make the process unready. */
async function searchHealth(): Promise<string> {
  try {
    const config = meiliConfigFromEnv()
    if (!config) return 'postgres'
    const meili = meiliEngine(config)
    if (meiliIsDown(meili)) return UNREACHABLE_LABEL
    return (await meili.health()) ? 'meilisearch' : UNREACHABLE_LABEL
  } catch {
    return UNREACHABLE_LABEL
  }
}
