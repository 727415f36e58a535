/**
 * schema.org `Place` for a hub page, so search engines and other tools can read name, address,
 * position and opening hours. Pure: the page passes absolute URLs in.
 */
import { WEEKDAYS, type OpeningInterval, type Weekday } from '../../../cms/domain/openingHours.ts'
import { exceptionDay, type OpeningException } from '../../../cms/domain/openingSchedule.ts'

export interface HubForJsonLd {
  name: string
  summary?: string | null
  address: { street: string; postalCode?: string | null; locality: string }
  lat: number | null
  lng: number | null
  openingHours?: ReadonlyArray<OpeningInterval> | null
  openingExceptions?: ReadonlyArray<OpeningException> | null
}

const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
}

/** schema.org's Time has no 24:00; a closing at midnight is written as the day's last minute. */
const closingTime = (closes: string) => (closes === '00:00' ? '23:59' : closes)

type JsonLd = Record<string, unknown>

export function hubPlaceJsonLd(hub: HubForJsonLd, url: string, today?: string): JsonLd {
  const weekly = [...(hub.openingHours ?? [])]
    .sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || a.opens.localeCompare(b.opens))
    .map((interval) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: `https://schema.org/${DAY_NAMES[interval.day]}`,
      opens: interval.opens,
      closes: closingTime(interval.closes),
    }))
  // Exceptions from today on; a closed day is opens = closes = 00:00, as schema.org suggests.
  const special = (hub.openingExceptions ?? []).flatMap((exception) => {
    const day = exceptionDay(exception.date)
    if (!day || (today && day < today)) return []
    const open = !exception.closed && exception.opens && exception.closes
    return [
      {
        '@type': 'OpeningHoursSpecification',
        validFrom: day,
        validThrough: day,
        opens: open ? exception.opens : '00:00',
        closes: open ? closingTime(exception.closes!) : '00:00',
      },
    ]
  })
  const place: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Place',
    name: hub.name,
    url,
    address: {
      '@type': 'PostalAddress',
      streetAddress: hub.address.street,
      ...(hub.address.postalCode ? { postalCode: hub.address.postalCode } : {}),
      addressLocality: hub.address.locality,
      addressRegion: 'Jämtlands län',
      addressCountry: 'SE',
    },
  }
  if (hub.summary) place.description = hub.summary
  if (hub.lat != null && hub.lng != null) place.geo = { '@type': 'GeoCoordinates', latitude: hub.lat, longitude: hub.lng }
  if (weekly.length + special.length > 0) place.openingHoursSpecification = [...weekly, ...special]
  return place
}

/**
 * JSON for inside a <script> element: "<" is escaped so no text can close the element or
 * open a comment, and the line separators JavaScript once rejected are escaped too.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
