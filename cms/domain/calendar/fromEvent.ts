/**
 * A CMS event (with its hub populated) as a calendar event: one mapping for the site's feeds
 * and the invitations attached to mail. Imports only types from Payload's generated file.
 */
import { path } from '../routes.ts'
import type { Event, Hub } from '../../payload-types.ts'
import type { CalendarEvent, CalendarPlace } from './eventCalendar.ts'
import { richTextToPlainText } from './plainText.ts'

export type SourceEvent = Pick<
  Event,
  | 'id'
  | 'title'
  | 'slug'
  | 'summary'
  | 'description'
  | 'start'
  | 'end'
  | 'status'
  | 'sequence'
  | 'updatedAt'
  | 'venueKind'
  | 'venueName'
  | 'onlineUrl'
  | 'organiser'
  | 'recurrence'
> & {
  hub?: number | null | Pick<Hub, 'id' | 'name' | 'slug' | 'address' | 'lat' | 'lng'>
  /** One occurrence of a recurring event (its Stockholm date), as a registration names it. */
  occurrence?: string | null
}

export function placeOf(event: SourceEvent): CalendarPlace | null {
  const hub = event.hub != null && typeof event.hub === 'object' ? event.hub : null
  switch (event.venueKind) {
    case 'hub': {
      if (!hub) return null
      const { street, postalCode, locality } = hub.address ?? {}
      const address = [street, [postalCode, locality].filter(Boolean).join(' ')].filter(Boolean).join(', ')
      return { kind: 'hub', name: hub.name, address: address || null, lat: hub.lat ?? null, lng: hub.lng ?? null }
    }
    case 'venue':
      return event.venueName ? { kind: 'venue', name: event.venueName } : null
    case 'online':
      // As on the event page: a cancelled meeting's link is not handed out.
      return event.onlineUrl && event.status !== 'cancelled' ? { kind: 'online', url: event.onlineUrl } : null
    default:
      return null
  }
}

/** The place as one line of text, for mail. */
export function placeText(place: CalendarPlace | null, onlineLabel: string): string | null {
  if (!place) return null
  switch (place.kind) {
    case 'hub':
      return [place.name, place.address].filter(Boolean).join(', ')
    case 'venue':
      return place.name
    case 'online':
      return `${onlineLabel}: ${place.url}`
  }
}

/** Public paths of the site (the contract in DESIGN.md), for links made outside the site. */
export const publicPaths = {
  event: (locale: 'sv' | 'en', slug: string) => path('event', { slug }, locale),
  registration: (locale: 'sv' | 'en', token: string) => path('registration', { token }, locale),
}

export function toCalendarEvent(event: SourceEvent, eventUrl: string): CalendarEvent {
  return {
    id: event.id,
    title: event.title,
    summary: event.summary ?? null,
    description: richTextToPlainText(event.description) || null,
    start: event.start,
    end: event.end,
    cancelled: event.status === 'cancelled',
    sequence: event.sequence ?? 0,
    updatedAt: event.updatedAt,
    url: eventUrl,
    organiser: event.organiser,
    place: placeOf(event),
    recurrence: event.recurrence ?? null,
    ...(event.occurrence ? { occurrence: event.occurrence } : {}),
  }
}
