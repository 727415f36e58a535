/**
 * The collections' hooks that keep the indexes current: a saved or deleted hub, event or
 * renamed municipality re-indexes what shows it. The collections attach these; nothing here
 * imports a collection. `req.context.disableSearchSync` (the seed) turns them off.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'
import { searchEngine } from './engine.ts'
import { documentsOfItems } from './load.ts'
import type { SearchItem } from '../domain/search/types.ts'

async function eventIdsAtHub(payload: Payload, hubId: number, req?: PayloadRequest): Promise<number[]> {
  const events = await payload.find({ collection: 'events', where: { hub: { equals: hubId } }, depth: 0, pagination: false, limit: 0, overrideAccess: true, req, select: {} })
  return events.docs.map((e) => e.id)
}

/** Re-index one hub in every language, and the events held there (they carry its name). */
export async function syncHub(payload: Payload, id: number, req?: PayloadRequest): Promise<void> {
  const items: SearchItem[] = [{ type: 'hub', docId: id }, ...(await eventIdsAtHub(payload, id, req)).map((docId) => ({ type: 'event' as const, docId }))]
  await searchEngine(payload, req).replace(items, await documentsOfItems(payload, items, req))
}

export async function syncEvent(payload: Payload, id: number, req?: PayloadRequest): Promise<void> {
  const items: SearchItem[] = [{ type: 'event', docId: id }]
  await searchEngine(payload, req).replace(items, await documentsOfItems(payload, items, req))
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
