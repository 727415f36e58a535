import { sql } from '@payloadcms/db-postgres'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type Payload,
  type PayloadRequest,
} from 'payload'
import { eventDocument, hubDocument, type EventForSearch, type HubForSearch } from './documents.ts'
import { createFallbackEngine, markMeiliDown, markMeiliUp, meiliIsDown } from './fallback.ts'
import { meiliConfigFromEnv, meiliEngine, type MeiliEngine } from './meilisearch.ts'
import { createPostgresEngine, executor } from './postgres.ts'
import { drainQueue, enqueue, type DrainResult } from './queue.ts'
import type { SearchDocType, SearchDocument, SearchEngine, SearchLocale } from './types.ts'

const LOCALES: SearchLocale[] = ['sv', 'en']

type Item = { type: SearchDocType; docId: number }

/**
 * The configured engine: Postgres alone, or, when MEILI_URL is set, Meilisearch with Postgres
 * as its fallback and its always-complete twin (`fallback.ts`).
 */
export function searchEngine(payload: Payload, req?: Partial<PayloadRequest>): SearchEngine {
  const postgres = createPostgresEngine(payload, req)
  const config = meiliConfigFromEnv()
  if (!config) return postgres
  startSearchSync(payload)
  return createFallbackEngine({
    postgres,
    meili: meiliEngine(config),
    onSyncFailure: async (items, error) => void (await enqueue(payload, items, error)),
    onSyncSuccess: () => void drainSearchQueue(payload),
    syncTimeoutMs: config.timeoutMs,
  })
}

/** Items as the public would get them if published: the main (not draft) version, in bulk. */
async function loadPublished(
  payload: Payload,
  collection: 'hubs' | 'events',
  ids: number[],
  locale: SearchLocale,
  req: PayloadRequest | undefined,
  options: { depth: number; populate: Record<string, Record<string, true>> },
): Promise<unknown[]> {
  if (!ids.length) return []
  const result = await payload.find({
    collection,
    where: { id: { in: ids } },
    locale,
    draft: false,
    overrideAccess: true,
    pagination: false,
    limit: ids.length,
    req,
    ...options,
  } as Parameters<Payload['find']>[0])
  return result.docs
}

const loadHubs = async (payload: Payload, ids: number[], locale: SearchLocale, req?: PayloadRequest) =>
  (await loadPublished(payload, 'hubs', ids, locale, req, {
    depth: 1,
    populate: { municipalities: { name: true, slug: true } },
  })) as HubForSearch[]

const loadEvents = async (payload: Payload, ids: number[], locale: SearchLocale, req?: PayloadRequest) =>
  (await loadPublished(payload, 'events', ids, locale, req, {
    depth: 2,
    populate: { hubs: { _status: true, name: true, slug: true, address: true, lat: true, lng: true, municipality: true }, municipalities: { name: true, slug: true } },
  })) as EventForSearch[]

/** The public documents of these items in every language; an item that is not public has none. */
export async function documentsOfItems(payload: Payload, items: Item[], req?: PayloadRequest): Promise<SearchDocument[]> {
  const hubIds = [...new Set(items.filter((i) => i.type === 'hub').map((i) => i.docId))]
  const eventIds = [...new Set(items.filter((i) => i.type === 'event').map((i) => i.docId))]
  const docs: SearchDocument[] = []
  for (const locale of LOCALES) {
    for (const hub of await loadHubs(payload, hubIds, locale, req)) {
      const doc = hubDocument(hub, locale)
      if (doc) docs.push(doc)
    }
    for (const event of await loadEvents(payload, eventIds, locale, req)) {
      const doc = eventDocument(event, locale)
      if (doc) docs.push(doc)
    }
  }
  return docs
}

async function eventIdsAtHub(payload: Payload, hubId: number, req?: PayloadRequest): Promise<number[]> {
  const events = await payload.find({ collection: 'events', where: { hub: { equals: hubId } }, depth: 0, pagination: false, limit: 0, overrideAccess: true, req, select: {} })
  return events.docs.map((e) => e.id)
}

/** Re-index one hub in every language, and the events held there (they carry its name). */
export async function syncHub(payload: Payload, id: number, req?: PayloadRequest): Promise<void> {
  const items: Item[] = [{ type: 'hub', docId: id }, ...(await eventIdsAtHub(payload, id, req)).map((docId) => ({ type: 'event' as const, docId }))]
  await searchEngine(payload, req).replace(items, await documentsOfItems(payload, items, req))
}

export async function syncEvent(payload: Payload, id: number, req?: PayloadRequest): Promise<void> {
  const items: Item[] = [{ type: 'event', docId: id }]
  await searchEngine(payload, req).replace(items, await documentsOfItems(payload, items, req))
}

async function allItems(payload: Payload, req?: PayloadRequest): Promise<Item[]> {
  const hubs = await payload.find({ collection: 'hubs', depth: 0, pagination: false, limit: 0, overrideAccess: true, select: {}, req })
  const events = await payload.find({ collection: 'events', depth: 0, pagination: false, limit: 0, overrideAccess: true, select: {}, req })
  return [...hubs.docs.map((h) => ({ type: 'hub' as const, docId: h.id })), ...events.docs.map((e) => ({ type: 'event' as const, docId: e.id }))]
}

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
  const changed: Item[] = [
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

let draining: Promise<DrainResult | null> | undefined

/**
 * Pushes queued items to Meilisearch. One drain at a time per process; several processes may
 * drain at once, which is harmless since a push only writes what the database holds.
 */
export function drainSearchQueue(payload: Payload, options: { batchSize?: number } = {}): Promise<DrainResult | null> {
  const config = meiliConfigFromEnv()
  if (!config) return Promise.resolve(null)
  const meili = meiliEngine(config)
  if (meiliIsDown(meili)) return Promise.resolve(null)
  draining ??= drainQueue(
    payload,
    {
      replace: async (items, docs) => {
        try {
          await meili.replace(items, docs)
          markMeiliUp(meili)
        } catch (err) {
          markMeiliDown(meili, err)
          throw err
        }
      },
    },
    (items) => documentsOfItems(payload, items),
    options,
  )
    .catch((err: unknown) => {
      console.error(`search: draining the Meilisearch queue failed: ${err instanceof Error ? err.message : String(err)}`)
      return null
    })
    .finally(() => {
      draining = undefined
    })
  return draining
}

const started = new WeakSet<Payload>()

/**
 * Starts the Meilisearch upkeep of this process once: apply settings, fill an empty index
 * from a database that has content, and drain the retry queue now and then. Timers are
 * unref'd, so a command-line process still exits when its work is done.
 */
export function startSearchSync(payload: Payload): void {
  const config = meiliConfigFromEnv()
  // Tests drain by hand: MEILI_SYNC_WORKER=off keeps timers from racing them.
  if (!config || started.has(payload) || process.env.MEILI_SYNC_WORKER === 'off') return
  started.add(payload)
  const meili = meiliEngine(config)
  const interval = Number(process.env.MEILI_DRAIN_INTERVAL_MS || 15_000)
  const first = setTimeout(async () => {
    try {
      await meili.ensureIndexes()
      if ((await meili.count()) === 0 && (await createPostgresEngine(payload).count()) > 0) {
        await enqueue(payload, await allItems(payload), new Error('the Meilisearch index was empty'))
      }
    } catch (err) {
      markMeiliDown(meili, err)
    }
    await drainSearchQueue(payload)
  }, 2000)
  first.unref()
  setInterval(() => void drainSearchQueue(payload), interval).unref()
}

const enabled = (req: PayloadRequest) => !req.context?.disableSearchSync

export const syncHubAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (enabled(req)) await syncHub(req.payload, doc.id, req)
  return doc
}

export const syncEventAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (enabled(req)) await syncEvent(req.payload, doc.id, req)
  return doc
}

export const removeHubAfterDelete: CollectionAfterDeleteHook = async ({ id, req }) => {
  if (enabled(req)) await searchEngine(req.payload, req).remove([{ type: 'hub', docId: Number(id) }])
}

export const removeEventAfterDelete: CollectionAfterDeleteHook = async ({ id, req }) => {
  if (enabled(req)) await searchEngine(req.payload, req).remove([{ type: 'event', docId: Number(id) }])
}

/** A renamed municipality changes its hubs' and events' documents. */
export const syncMunicipalityAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation }) => {
  if (!enabled(req) || operation !== 'update' || (previousDoc?.name === doc.name && previousDoc?.slug === doc.slug)) return doc
  const hubs = await req.payload.find({ collection: 'hubs', where: { municipality: { equals: doc.id } }, depth: 0, pagination: false, limit: 0, overrideAccess: true, req, select: {} })
  for (const hub of hubs.docs) await syncHub(req.payload, hub.id, req)
  return doc
}
