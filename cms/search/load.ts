/**
 * Reads what the indexes should hold from the database: the items that exist, and the public
 * documents of some of them, read the way the public would get them if they were published.
 */
import type { Payload, PayloadRequest } from 'payload'
import { eventDocument, hubDocument, type EventForSearch, type HubForSearch } from './documents.ts'
import type { SearchDocument, SearchItem, SearchLocale } from '../domain/search/types.ts'

const LOCALES: SearchLocale[] = ['sv', 'en']

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
export async function documentsOfItems(payload: Payload, items: SearchItem[], req?: PayloadRequest): Promise<SearchDocument[]> {
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

/** Every hub and event, published or not: a rebuild decides per item what is public. */
export async function allItems(payload: Payload, req?: PayloadRequest): Promise<SearchItem[]> {
  const hubs = await payload.find({ collection: 'hubs', depth: 0, pagination: false, limit: 0, overrideAccess: true, select: {}, req })
  const events = await payload.find({ collection: 'events', depth: 0, pagination: false, limit: 0, overrideAccess: true, select: {}, req })
  return [...hubs.docs.map((h) => ({ type: 'hub' as const, docId: h.id })), ...events.docs.map((e) => ({ type: 'event' as const, docId: e.id }))]
}
