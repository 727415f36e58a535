import { path } from '../domain/routes.ts'
import type { SearchDocument, SearchLocale } from '../domain/search/types.ts'

/** The fields of a hub the mapper reads, in one locale. */
export interface HubForSearch {
  id: number
  slug: string
  name: string
  _status?: 'draft' | 'published' | null
  summary?: string | null
  amenities?: string[] | null
  address?: { street?: string | null; locality?: string | null } | null
  municipality?: { slug: string; name: string } | number | null
  lat?: number | null
  lng?: number | null
}

export interface EventForSearch {
  id: number
  slug: string
  title: string
  _status?: 'draft' | 'published' | null
  summary?: string | null
  audience: string
  type: string
  status?: string | null
  start: string
  venueName?: string | null
  hub?: (HubForSearch & { municipality?: HubForSearch['municipality'] }) | number | null
}

const municipalityOf = (m: HubForSearch['municipality']) => (m && typeof m === 'object' ? m : null)
const join = (...parts: Array<string | null | undefined>) => parts.filter(Boolean).join(' ')

/** A published hub as a search document; null when it must not be publicly searchable. */
export function hubDocument(hub: HubForSearch, locale: SearchLocale): SearchDocument | null {
  if (hub._status !== 'published') return null
  const municipality = municipalityOf(hub.municipality)
  return {
    id: `hub:${hub.id}:${locale}`,
    type: 'hub',
    docId: hub.id,
    locale,
    slug: hub.slug,
    title: hub.name,
    text: join(hub.summary, hub.address?.street, hub.address?.locality, municipality?.name),
    url: path('hub', { slug: hub.slug }, locale),
    municipality: municipality?.slug ?? null,
    municipalityName: municipality?.name ?? null,
    amenities: hub.amenities ?? [],
    eventType: null,
    startsAt: null,
    cancelled: false,
    lat: hub.lat ?? null,
    lng: hub.lng ?? null,
  }
}

/**
 * A published public event; network and council events are never in public search. Its hub
 * lends it a name, place and position only while the hub itself is published: an unpublished
 * hub's name and address are not public, so the event then has no place in search.
 */
export function eventDocument(event: EventForSearch, locale: SearchLocale): SearchDocument | null {
  if (event._status !== 'published' || event.audience !== 'public') return null
  const hub = event.hub && typeof event.hub === 'object' && event.hub._status === 'published' ? event.hub : null
  const municipality = municipalityOf(hub?.municipality)
  return {
    id: `event:${event.id}:${locale}`,
    type: 'event',
    docId: event.id,
    locale,
    slug: event.slug,
    title: event.title,
    text: join(event.summary, hub?.name, hub?.address?.locality, event.venueName, municipality?.name),
    url: path('event', { slug: event.slug }, locale),
    municipality: municipality?.slug ?? null,
    municipalityName: municipality?.name ?? null,
    amenities: [],
    eventType: event.type,
    startsAt: event.start,
    cancelled: event.status === 'cancelled',
    lat: hub?.lat ?? null,
    lng: hub?.lng ?? null,
  }
}
