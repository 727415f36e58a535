/**
 * The retry queue for Meilisearch sync (table `search_queue`). An item lands here when its
 * push failed; a drain recomputes its documents from the database and pushes them again,
 * backing off per item, until Meilisearch has caught up.
 *
 * The queue is written outside the editor's transaction, on its own connection, so a queue
 * problem can never abort a save; and since a drain pushes what the database holds at that
 * moment, a row left by an edit that was later rolled back only re-sends the current state.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import { retryDelaySeconds } from './meiliRequests.ts'
import { executor } from './postgres.ts'
import type { SearchDocType, SearchDocument } from '../domain/search/types.ts'

export type QueueItem = { type: SearchDocType; docId: number }

interface QueueRow extends QueueItem {
  generation: number
  attempts: number
}

const describeError = (err: unknown) => (err instanceof Error ? `${err.name}: ${err.message}` : String(err)).slice(0, 500)

/** Records items whose push failed. Never throws: a save must not fail because of the queue. */
export async function enqueue(payload: Payload, items: QueueItem[], error: unknown, req?: Partial<PayloadRequest>): Promise<boolean> {
  if (!items.length) return true
  try {
    const db = await executor(payload, req)
    await db.execute(sql`
      INSERT INTO search_queue (type, doc_id, last_error)
      SELECT DISTINCT x.type, x."docId", ${describeError(error)}
      FROM jsonb_to_recordset(${JSON.stringify(items.map((i) => ({ type: i.type, docId: i.docId })))}::jsonb) AS x(type text, "docId" int)
      ON CONFLICT (type, doc_id) DO UPDATE SET
        generation = search_queue.generation + 1, last_error = EXCLUDED.last_error, next_attempt_at = now()`)
    return true
  } catch (err) {
    console.error(`search: could not queue ${items.length} item(s) for Meilisearch: ${describeError(err)}`)
    return false
  }
}

export interface QueueStats {
  size: number
  due: number
}

export async function queueStats(payload: Payload, req?: Partial<PayloadRequest>): Promise<QueueStats> {
  const db = await executor(payload, req)
  const rows = await db.execute(sql`SELECT count(*)::int AS size, count(*) FILTER (WHERE next_attempt_at <= now())::int AS due FROM search_queue`)
  return { size: Number(rows.rows[0]?.size ?? 0), due: Number(rows.rows[0]?.due ?? 0) }
}

export interface DrainTarget {
  replace(items: QueueItem[], docs: SearchDocument[]): Promise<void>
}

export interface DrainResult {
  pushed: number
  failed: number
  error?: string
}

/**
 * Pushes due items in batches until none are due or a push fails. On success a row is deleted
 * only if its generation is unchanged (nothing re-queued it meanwhile); on failure every row
 * of the batch counts an attempt and waits longer before the next one.
 */
export async function drainQueue(
  payload: Payload,
  target: DrainTarget,
  load: (items: QueueItem[]) => Promise<SearchDocument[]>,
  options: { batchSize?: number; maxBatches?: number; req?: Partial<PayloadRequest> } = {},
): Promise<DrainResult> {
  const db = await executor(payload, options.req)
  const batchSize = options.batchSize ?? 100
  const result: DrainResult = { pushed: 0, failed: 0 }
  for (let batch = 0; batch < (options.maxBatches ?? 100); batch++) {
    const due = await db.execute(sql`
      SELECT type, doc_id, generation, attempts FROM search_queue
      WHERE next_attempt_at <= now() ORDER BY next_attempt_at, type, doc_id LIMIT ${batchSize}`)
    const rows: QueueRow[] = due.rows.map((r) => ({ type: r.type as SearchDocType, docId: Number(r.doc_id), generation: Number(r.generation), attempts: Number(r.attempts) }))
    if (!rows.length) break
    try {
      await target.replace(rows, await load(rows))
      for (const r of rows) {
        await db.execute(sql`DELETE FROM search_queue WHERE type = ${r.type} AND doc_id = ${r.docId} AND generation = ${r.generation}`)
      }
      result.pushed += rows.length
    } catch (err) {
      result.failed += rows.length
      result.error = describeError(err)
      for (const r of rows) {
        await db.execute(sql`
          UPDATE search_queue SET attempts = attempts + 1, last_error = ${result.error},
            next_attempt_at = now() + make_interval(secs => ${retryDelaySeconds(r.attempts)})
          WHERE type = ${r.type} AND doc_id = ${r.docId}`)
      }
      break
    }
    if (rows.length < batchSize) break
  }
  return result
}
