/**
 * The document a preview link names, in its newest version, draft or not.
 *
 * Reads past access: drafts are for editors, and whoever opens a preview link has no session
 * on the site. Only for a link the caller has verified (`verifyPreview` in token.ts: an HMAC
 * of the collection, the id and the expiry under the Payload secret, which only the admin
 * panel signs with), and only the one document it names, with an event's hub.
 */
import type { Payload, PayloadRequest } from 'payload'
import type { Event, Hub } from '../payload-types.ts'

type Locale = 'sv' | 'en'

/** What an event's page shows of its hub. */
const eventHub = { hubs: { name: true, slug: true, address: true, lat: true, lng: true } } as const

export async function eventDraft(payload: Payload, id: number, locale: Locale, req?: PayloadRequest): Promise<Event | null> {
  const event = await payload.findByID({ collection: 'events', id, locale, draft: true, overrideAccess: true, disableErrors: true, depth: 1, populate: eventHub, req })
  return (event as Event | null) ?? null
}

/** A hub without its relationships: the caller reads its people as the public would. */
export async function hubDraft(payload: Payload, id: number, locale: Locale, req?: PayloadRequest): Promise<Hub | null> {
  return (await payload.findByID({ collection: 'hubs', id, locale, draft: true, overrideAccess: true, disableErrors: true, depth: 0, req })) ?? null
}
