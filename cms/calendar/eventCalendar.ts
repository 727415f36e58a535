/**
 * Events as an iCalendar (RFC 5545) document, for the site's feeds and, later, mail attachments.
 * Pure: it imports neither Payload nor Astro, and the same input always gives the same bytes,
 * which is what lets feeds send an ETag from a hash of the body.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import ical, { ICalEventStatus } from 'ical-generator'
import { DateTime } from 'luxon'

export const STOCKHOLM = 'Europe/Stockholm'

/**
 * Fixed rather than the request's host, so an event keeps its UID whichever address the
 * feed was fetched from; otherwise calendars would show it twice after a move.
 */
export const UID_DOMAIN = 'co-working-region.jamtland'

export type CalendarLocale = 'sv' | 'en'

export type CalendarPlace =
  | { kind: 'hub'; name: string; address: string | null; lat: number | null; lng: number | null }
  | { kind: 'venue'; name: string }
  | { kind: 'online'; url: string }

export interface CalendarEvent {
  id: number
  title: string
  summary: string | null
  /** Plain text; rich text goes through `richTextToPlainText` first. */
  description: string | null
  /** ISO 8601 instants, as Payload stores them. */
  start: string
  end: string
  cancelled: boolean
  sequence: number
  updatedAt: string
  /** Absolute URL of the event's page. */
  url: string
  organiser: string
  /** A public address for the organiser; without one the feed's no-reply address stands in. */
  organiserEmail?: string | null
  place: CalendarPlace | null
}

export interface CalendarOptions {
  locale: CalendarLocale
  /** What the feed covers, e.g. a hub's or municipality's name; none for the whole network. */
  scope?: string | null
  /** ORGANIZER must be a URI, so an organiser without a public address gets this one. */
  noReplyEmail: string
}

const TEXT = {
  sv: {
    name: 'Co-working Region: evenemang',
    description: 'Evenemang på arbetshubbarna och i nätverket i Jämtlands län.',
    cancelled: 'Inställt',
  },
  en: {
    name: 'Co-working Region: events',
    description: 'Events at the co-working hubs and in the network in Jämtland County.',
    cancelled: 'Cancelled',
  },
} as const

export const eventUid = (id: number): string => `event-${id}@${UID_DOMAIN}`

export function calendarName(locale: CalendarLocale, scope?: string | null): string {
  const name = TEXT[locale].name
  return scope ? `${name} – ${oneLine(scope)}` : name
}

/** Control characters other than newline and tab are not allowed in iCalendar text. */
function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
}

/** Titles and names are one line; ical-generator would keep a newline as an escaped `\n`. */
function oneLine(text: string): string {
  return clean(text).replace(/\s*\n\s*/g, ' ').trim()
}

function stockholm(iso: string): DateTime | null {
  const time = DateTime.fromISO(iso, { zone: 'utc' })
  return time.isValid ? time.setZone(STOCKHOLM) : null
}

function locationOf(place: CalendarPlace | null) {
  if (!place) return undefined
  switch (place.kind) {
    case 'hub': {
      const title = oneLine([place.name, place.address].filter(Boolean).join(', '))
      const geo = place.lat != null && place.lng != null && Number.isFinite(place.lat) && Number.isFinite(place.lng)
      return geo ? { title, geo: { lat: place.lat!, lon: place.lng! } } : { title }
    }
    case 'venue':
      return { title: oneLine(place.name) }
    case 'online':
      return { title: oneLine(place.url) }
  }
}

/** The summary, then the description; a description that already opens with the summary stands alone. */
function descriptionOf(event: CalendarEvent): string | undefined {
  const summary = event.summary ? clean(event.summary).trim() : ''
  const description = event.description ? clean(event.description).trim() : ''
  if (summary && description.startsWith(summary)) return description
  return [summary, description].filter(Boolean).join('\n\n') || undefined
}

export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const text = TEXT[options.locale]
  const calendar = ical({
    prodId: { company: 'Region Jämtland Härjedalen', product: 'Co-working Region', language: options.locale.toUpperCase() },
    name: calendarName(options.locale, options.scope),
    description: text.description,
    // Not the calendar's `timezone.name`: with it, ical-generator writes DTSTAMP in local time
    // without `Z`. Per-event zones still bring the VTIMEZONE from the generator.
    timezone: { name: null, generator: getVtimezoneComponent },
    ttl: 60 * 60,
    x: { 'X-WR-TIMEZONE': STOCKHOLM },
  })

  for (const event of events) {
    const start = stockholm(event.start)
    const end = stockholm(event.end)
    const updated = DateTime.fromISO(event.updatedAt, { zone: 'utc' })
    if (!start || !end || !updated.isValid) continue
    const title = oneLine(event.title)
    calendar.createEvent({
      id: eventUid(event.id),
      sequence: Math.max(0, Math.trunc(event.sequence || 0)),
      // Without METHOD, DTSTAMP is when the event was last revised (RFC 5545, 3.8.7.2).
      stamp: updated,
      lastModified: updated,
      timezone: STOCKHOLM,
      start,
      end,
      summary: event.cancelled ? `${text.cancelled}: ${title}` : title,
      description: descriptionOf(event),
      location: locationOf(event.place),
      url: event.url,
      organizer: {
        // A parameter value may not contain a double quote (RFC 5545, 3.1).
        name: oneLine(event.organiser).replace(/"/g, "'"),
        email: event.organiserEmail || options.noReplyEmail,
      },
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    })
  }
  return calendar.toString()
}
