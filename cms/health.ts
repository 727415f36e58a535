import type { Payload } from 'payload'

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
    search: process.env.MEILI_URL ? 'meilisearch' : 'postgres',
    mail: process.env.SMTP_URL ? 'smtp' : 'files',
  }
}
