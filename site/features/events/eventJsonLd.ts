/**
 * schema.org `Event` for an event page, so search engines can show date, place and status.
 * Pure; the page embeds the result with `jsonLdScript`.
 */
import { DateTime } from 'luxon'
import { STOCKHOLM } from '../../../cms/domain/calendar/eventCalendar.ts'
import type { EventPageData } from '../../lib/cms.ts'
import type { Locale } from '../../lib/i18n.ts'
import { currentOccurrence } from './eventOccurrences.ts'

const SCHEMA = 'https://schema.org/'

/** With the offset Stockholm had then, e.g. 2026-10-24T10:00:00+02:00. */
export function stockholmIso(iso: string): string | null {
  const time = DateTime.fromISO(iso, { zone: 'utc' })
  return time.isValid ? time.setZone(STOCKHOLM).toISO({ suppressMilliseconds: true }) : null
}

function placeOf({ event, hub }: EventPageData): Record<string, unknown> | null {
  if (event.venueKind === 'hub' && hub) {
    return {
      '@type': 'Place',
      name: hub.name,
      address: {
        '@type': 'PostalAddress',
        ...(hub.street ? { streetAddress: hub.street } : {}),
        ...(hub.postalCode ? { postalCode: hub.postalCode } : {}),
        ...(hub.locality ? { addressLocality: hub.locality } : {}),
        addressRegion: 'Jämtlands län',
        addressCountry: 'SE',
      },
      ...(hub.lat != null && hub.lng != null ? { geo: { '@type': 'GeoCoordinates', latitude: hub.lat, longitude: hub.lng } } : {}),
    }
  }
  if (event.venueKind === 'venue' && event.venueName) {
    return { '@type': 'Place', name: event.venueName, address: event.venueName }
  }
  return null
}

/**
 * A running series is described at its next occasion, as its page shows it: the first date
 * of a series that began months ago would tell search engines the event is over.
 */
export function eventJsonLd(data: EventPageData, pageUrl: string, locale: Locale, now: Date = new Date()): Record<string, unknown> {
  const { event } = data
  const occasion = currentOccurrence(event, now)
  const cancelled = event.status === 'cancelled'
  const place = placeOf(data)
  // As on the page: a cancelled meeting's link is not handed out, so the page stands in for it.
  const online = event.onlineUrl ? { '@type': 'VirtualLocation', url: cancelled ? pageUrl : event.onlineUrl } : null
  const locations = [place, online].filter((l): l is Record<string, unknown> => l != null)
  const mode = place && online ? 'MixedEventAttendanceMode' : online ? 'OnlineEventAttendanceMode' : 'OfflineEventAttendanceMode'
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    ...(event.summary ? { description: event.summary } : {}),
    url: pageUrl,
    startDate: stockholmIso(occasion.start),
    endDate: stockholmIso(occasion.end),
    eventStatus: SCHEMA + (cancelled ? 'EventCancelled' : 'EventScheduled'),
    eventAttendanceMode: SCHEMA + mode,
    ...(locations.length ? { location: locations.length === 1 ? locations[0] : locations } : {}),
    organizer: { '@type': 'Organization', name: event.organiser },
    ...(event.priceSek != null
      ? { offers: { '@type': 'Offer', price: event.priceSek, priceCurrency: 'SEK', url: pageUrl, availability: SCHEMA + 'InStock' } }
      : {}),
    inLanguage: locale,
  }
}

/** JSON for a script element: `<` is escaped so text like `</script>` cannot end the element. */
export function jsonLdScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}
