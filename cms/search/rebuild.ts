/**
 * Rebuilding the indexes from the database: `npm run search:reindex`, the seed, and the
 * admins' rebuild button (`rebuildEndpoint.ts`).
 */
import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { allItems, documentsOfItems } from './load.ts'
import { meiliConfigFromEnv, meiliEngine, type MeiliEngine } from './meilisearch.ts'
import { createPostgresEngine, executor } from './postgres.ts'
import { enqueue } from './queue.ts'
import type { SearchItem } from '../domain/search/types.ts'

const chunks = <T>(list: T[], size: number): T[][] => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size))

export type ReindexProgress = (done: number, total: number, phase: 'postgres' | 'meilisearch') => void

export interface ReindexResult {
  total: number
  /** 'rebuilt', 'not configured', or why the Meilisearch rebuild failed. */
  meilisearch: string
}

/**
 * Rebuilds the Postgres index in one transaction: searches keep seeing the old index until the
 * new one commits, and a failed rebuild leaves the old one in place.
 */
async function reindexPostgres(payload: Payload, batchSize: number, onProgress?: ReindexProgress): Promise<number> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  let total = 0
  try {
    const items = await allItems(payload, req)
    total = items.length
    const engine = createPostgresEngine(payload, req)
    await engine.clear()
    let done = 0
    for (const batch of chunks(items, batchSize)) {
      await engine.upsert(await documentsOfItems(payload, batch, req))
      done += batch.length
      onProgress?.(done, items.length, 'postgres')
    }
    await commitTransaction(req)
  } catch (err) {
    await killTransaction(req)
    throw err
  }
  // Fresh planner statistics, so searches use the text and trigram indexes straight away
  // rather than after autovacuum's next look at the table.
  await (await executor(payload)).execute(sql`ANALYZE search_documents`)
  return total
}

/**
 * Rebuilds Meilisearch without downtime: every language's index is built aside in batches,
 * then all are swapped with the live ones in one task. Edits saved meanwhile went to the old
 * index, so afterwards the items changed or deleted since the start are pushed once more.
 */
export async function reindexMeili(
  payload: Payload,
  meili: MeiliEngine,
  batchSize: number,
  onProgress?: ReindexProgress,
  /** Read the database through this request's transaction (tests). */
  req?: PayloadRequest,
): Promise<number> {
  const started = new Date()
  const uids = await meili.startRebuild()
  const items = await allItems(payload, req)
  let done = 0
  for (const batch of chunks(items, batchSize)) {
    await meili.addToRebuild(uids, await documentsOfItems(payload, batch, req))
    done += batch.length
    onProgress?.(done, items.length, 'meilisearch')
  }
  await meili.finishRebuild(uids)
  const since = { updatedAt: { greater_than_equal: started.toISOString() } }
  const changedHubs = await payload.find({ collection: 'hubs', where: since, depth: 0, pagination: false, limit: 0, overrideAccess: true, select: {}, req })
  const changedEvents = await payload.find({ collection: 'events', where: since, depth: 0, pagination: false, limit: 0, overrideAccess: true, select: {}, req })
  const now = new Set((await allItems(payload, req)).map((i) => `${i.type}:${i.docId}`))
  const changed: SearchItem[] = [
    ...changedHubs.docs.map((h) => ({ type: 'hub' as const, docId: h.id })),
    ...changedEvents.docs.map((e) => ({ type: 'event' as const, docId: e.id })),
    ...items.filter((i) => !now.has(`${i.type}:${i.docId}`)),
  ]
  if (changed.length) await meili.replace(changed, await documentsOfItems(payload, changed, req))
  return items.length
}

/**
 * Rebuilds every configured index from the database. With `meili: 'best-effort'` (seeding) a
 * Meilisearch failure is reported and every item is queued, so the drain fills the index once
 * Meilisearch answers; with `'required'` (`npm run search:reindex`) it is thrown.
 */
export async function reindexAll(
  payload: Payload,
  onProgress?: ReindexProgress,
  options: { batchSize?: number; meili?: 'required' | 'best-effort' } = {},
): Promise<ReindexResult> {
  const batchSize = options.batchSize ?? 200
  const total = await reindexPostgres(payload, batchSize, onProgress)
  const config = meiliConfigFromEnv()
  if (!config) return { total, meilisearch: 'not configured' }
  try {
    await reindexMeili(payload, meiliEngine(config), batchSize, onProgress)
    return { total, meilisearch: 'rebuilt' }
  } catch (err) {
    if (options.meili === 'required') throw err
    await enqueue(payload, await allItems(payload), err)
    return { total, meilisearch: `failed, all items queued for retry: ${err instanceof Error ? err.message : String(err)}` }
  }
}
