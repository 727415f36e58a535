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
import { createPostgresEngine } from './postgres.ts'
import type { SearchDocument, SearchEngine, SearchLocale } from './types.ts'

const LOCALES: SearchLocale[] = ['sv', 'en']

/** The configured engine. Meilisearch joins here when MEILI_URL is set (the search issue). */
export function searchEngine(payload: Payload, req?: Partial<PayloadRequest>): SearchEngine {
  return createPostgresEngine(payload, req)
}

/** One item as the public would get it if it were published: the main (not draft) version. */
async function loadPublished(
  payload: Payload,
  collection: 'hubs' | 'events',
  id: number,
  locale: SearchLocale,
  req: PayloadRequest | undefined,
  options: { depth: number; populate: Record<string, Record<string, true>> },
): Promise<unknown> {
  const result = await payload.find({
    collection,
    where: { id: { equals: id } },
    locale,
    draft: false,
    overrideAccess: true,
    pagination: false,
    limit: 1,
    req,
    ...options,
  } as Parameters<Payload['find']>[0])
  return result.docs[0]
}

const loadHub = async (payload: Payload, id: number, locale: SearchLocale, req?: PayloadRequest) =>
  (await loadPublished(payload, 'hubs', id, locale, req, {
    depth: 1,
    populate: { municipalities: { name: true, slug: true } },
  })) as HubForSearch | undefined

const loadEvent = async (payload: Payload, id: number, locale: SearchLocale, req?: PayloadRequest) =>
  (await loadPublished(payload, 'events', id, locale, req, {
    depth: 2,
    populate: { hubs: { name: true, slug: true, address: true, lat: true, lng: true, municipality: true }, municipalities: { name: true, slug: true } },
  })) as EventForSearch | undefined

/** The documents of one item in every language; none when it is not public. */
async function documentsOf<T>(
  load: (locale: SearchLocale) => Promise<T | undefined>,
  map: (item: T, locale: SearchLocale) => SearchDocument | null,
): Promise<SearchDocument[]> {
  const docs: SearchDocument[] = []
  for (const locale of LOCALES) {
    const item = await load(locale)
    const doc = item && map(item, locale)
    if (doc) docs.push(doc)
  }
  return docs
}

const hubDocuments = (payload: Payload, id: number, req?: PayloadRequest) =>
  documentsOf((locale) => loadHub(payload, id, locale, req), hubDocument)

const eventDocuments = (payload: Payload, id: number, req?: PayloadRequest) =>
  documentsOf((locale) => loadEvent(payload, id, locale, req), eventDocument)

/** Re-index one hub in every language, and the events held there (they carry its name). */
export async function syncHub(payload: Payload, id: number, req?: PayloadRequest): Promise<void> {
  const engine = searchEngine(payload, req)
  const docs = await hubDocuments(payload, id, req)
  await engine.remove([{ type: 'hub', docId: id }])
  await engine.upsert(docs)
  const events = await payload.find({ collection: 'events', where: { hub: { equals: id } }, depth: 0, pagination: false, limit: 0, overrideAccess: true, req, select: {} })
  for (const event of events.docs) await syncEvent(payload, event.id, req)
}

export async function syncEvent(payload: Payload, id: number, req?: PayloadRequest): Promise<void> {
  const engine = searchEngine(payload, req)
  const docs = await eventDocuments(payload, id, req)
  await engine.remove([{ type: 'event', docId: id }])
  await engine.upsert(docs)
}

/**
 * Rebuilds the whole index from the database, reporting progress per item. It runs in one
 * transaction: searches keep seeing the old index until the new one commits, so there is no
 * moment with an empty index, and a failed rebuild leaves the old one in place.
 */
export async function reindexAll(payload: Payload, onProgress?: (done: number, total: number) => void): Promise<number> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const hubs = await payload.find({ collection: 'hubs', depth: 0, pagination: false, limit: 0, overrideAccess: true, select: {}, req })
    const events = await payload.find({ collection: 'events', depth: 0, pagination: false, limit: 0, overrideAccess: true, select: {}, req })
    const total = hubs.docs.length + events.docs.length
    const engine = searchEngine(payload, req)
    await engine.clear()
    let done = 0
    // The index was just cleared, so documents are only added; syncHub would also redo events.
    for (const hub of hubs.docs) {
      await engine.upsert(await hubDocuments(payload, hub.id, req))
      onProgress?.(++done, total)
    }
    for (const event of events.docs) {
      await engine.upsert(await eventDocuments(payload, event.id, req))
      onProgress?.(++done, total)
    }
    await commitTransaction(req)
    return total
  } catch (err) {
    await killTransaction(req)
    throw err
  }
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
