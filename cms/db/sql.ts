import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

export type SQL = ReturnType<typeof sql>

export interface Executor {
  execute: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }>
}

/**
 * Raw SQL through Payload's connection: inside the request's transaction when it has one,
 * so what is written commits or rolls back with the rest of the request.
 */
export async function executor(payload: Payload, req?: Partial<PayloadRequest>): Promise<Executor> {
  const adapter = payload.db as unknown as { drizzle: Executor; sessions?: Record<string | number, { db: Executor }> }
  const id = req?.transactionID ? await req.transactionID : undefined
  return (id != null && adapter.sessions?.[id]?.db) || adapter.drizzle
}

export { sql }
