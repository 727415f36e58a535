/**
 * Events as an iCalendar (RFC 5545) document, for the site's feeds and, later, mail attachments.
 * Pure: it imports neither Payload nor Astro, and the same input always gives the same bytes,
 * which is what lets feeds send an ETag from a hash of the body.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import ical, { foldLines, ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator'
import { DateTime } from 'luxon'
import { icalRepeating, type Recurrence } from './recurrence.ts'

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
  /** Repeats as RRULE with EXDATEs; absent or `none` for a single occasion. */
  recurrence?: Recurrence | null
  /** One occurrence of a series (its Stockholm date), sent to someone registered for it alone. */
  occurrence?: string | null
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

/**
 * One occurrence a person registered for is an entry of its own (UID with its date), not the
 * series' entry with a RECURRENCE-ID: calendar apps handle such an instance without its series
 * unevenly, and the person is coming to that meeting only.
 */
export const eventUid = (id: number, occurrence?: string | null): string =>
  occurrence ? `event-${id}-${occurrence.replace(/-/g, '')}@${UID_DOMAIN}` : `event-${id}@${UID_DOMAIN}`

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

function newCalendar(options: CalendarOptions) {
  return ical({
    prodId: { company: 'Region Jämtland Härjedalen', product: 'Co-working Region', language: options.locale.toUpperCase() },
    name: calendarName(options.locale, options.scope),
    description: TEXT[options.locale].description,
    // Not the calendar's `timezone.name`: with it, ical-generator writes DTSTAMP in local time
    // without `Z`. Per-event zones still bring the VTIMEZONE from the generator.
    timezone: { name: null, generator: getVtimezoneComponent },
    ttl: 60 * 60,
    x: { 'X-WR-TIMEZONE': STOCKHOLM },
  })
}

type Calendar = ReturnType<typeof newCalendar>

/** Adds one event; false when its times cannot be read, so it is left out. */
function addEvent(calendar: Calendar, event: CalendarEvent, options: CalendarOptions, stamp?: DateTime) {
  const start = stockholm(event.start)
  const end = stockholm(event.end)
  const updated = DateTime.fromISO(event.updatedAt, { zone: 'utc' })
  if (!start || !end || !updated.isValid) return null
  const title = oneLine(event.title)
  const repeating = icalRepeating(event.start, event.recurrence)
  return calendar.createEvent({
    ...(repeating ? { repeating: repeating as never } : {}),
    id: eventUid(event.id, event.occurrence),
    sequence: Math.max(0, Math.trunc(event.sequence || 0)),
    // Without METHOD, DTSTAMP is when the event was last revised (RFC 5545, 3.8.7.2);
    // with one, it is when the message was made.
    stamp: stamp ?? updated,
    lastModified: updated,
    timezone: STOCKHOLM,
    start,
    end,
    summary: event.cancelled ? `${TEXT[options.locale].cancelled}: ${title}` : title,
    description: descriptionOf(event),
    location: locationOf(event.place),
    url: event.url,
    organizer: {
      // A parameter value may not contain a double quote (RFC 5545, 3.1).
      name: quoteSafe(event.organiser),
      email: event.organiserEmail || options.noReplyEmail,
    },
    status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  })
}

const quoteSafe = (text: string) => oneLine(text).replace(/"/g, "'")

/**
 * Each event's folded VEVENT text, keyed by everything that goes into it, so a feed rebuilt
 * after one change formats only what changed (formatting is most of the cost: about 75 ms for
 * 1,000 events). Least recently used entries go first beyond the bound.
 */
const veventTexts = new Map<string, string | null>()
const VEVENT_CACHE_MAX = 20_000

function eventText(event: CalendarEvent, options: CalendarOptions, scratch: Calendar): string | null {
  const key = JSON.stringify([options.locale, options.noReplyEmail, event])
  const cached = veventTexts.get(key)
  if (cached !== undefined) {
    veventTexts.delete(key)
    veventTexts.set(key, cached)
    return cached
  }
  const created = addEvent(scratch, event, options)
  // Lines fold one by one, so an event folded alone is folded as it would be in the feed.
  const text = created ? foldLines(created.toString()) : null
  veventTexts.set(key, text)
  if (veventTexts.size > VEVENT_CACHE_MAX) veventTexts.delete(veventTexts.keys().next().value!)
  return text
}

/** Forgets every remembered event text (for benchmarks that measure a cold build). */
export function forgetEventTexts(): void {
  veventTexts.clear()
}

/**
 * ical-generator writes REFRESH-INTERVAL and X-PUBLISHED-TTL after the VTIMEZONE and its `x`
 * properties after the events, and ends without a line break; RFC 5545 (3.4, 3.6) puts the
 * calendar's properties before its components and ends every line with CRLF. This moves the
 * calendar's own lines (with their folded continuations) ahead, keeping every order otherwise.
 */
export function inCalendarOrder(text: string): string {
  const properties: string[] = []
  const components: string[] = []
  let depth = 0
  let last = properties
  for (const line of text.split('\r\n')) {
    if (line === '') continue
    if (line[0] === ' ' || line[0] === '\t') {
      last.push(line)
      continue
    }
    const begins = line.startsWith('BEGIN:')
    const ends = line.startsWith('END:')
    if (ends && depth === 1) break // END:VCALENDAR, written below
    last = depth === 0 || (depth === 1 && !begins) ? properties : components
    last.push(line)
    if (begins) depth++
    if (ends) depth--
  }
  return [...properties, ...components, 'END:VCALENDAR', ''].join('\r\n')
}

/** The feed as ical-generator writes it in one go; `buildCalendar` must give the same bytes. */
export function buildCalendarDirect(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const calendar = newCalendar(options)
  for (const event of events) addEvent(calendar, event, options)
  return inCalendarOrder(calendar.toString())
}

export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const scratch = newCalendar(options)
  const texts: string[] = []
  let first: CalendarEvent | null = null
  for (const event of events) {
    const text = eventText(event, options, scratch)
    if (text === null) continue
    first ??= event
    texts.push(text)
  }
  if (!first) return buildCalendarDirect([], options)
  // The calendar around the events (header, VTIMEZONE, trailer) is ical-generator's own,
  // written with the first event alone and split at it.
  const shell = buildCalendarDirect([first], options)
  const at = shell.indexOf(texts[0])
  return shell.slice(0, at) + texts.join('') + shell.slice(at + texts[0].length)
}

export interface InvitationOptions extends CalendarOptions {
  /** REQUEST puts the event in the attendee's calendar; CANCEL takes it out (RFC 5546). */
  method: 'REQUEST' | 'CANCEL'
  attendee: { name: string; email: string }
  /** When the message was made: its DTSTAMP. */
  now: Date
}

/**
 * An iTIP message for one attendee, sent as a mail attachment: the same event as in the
 * feeds (same UID and SEQUENCE), so a calendar updates the entry it already has.
 */
export function buildInvitation(event: CalendarEvent, options: InvitationOptions): string | null {
  const calendar = newCalendar(options)
  calendar.method(options.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST)
  const cancelled = options.method === 'CANCEL' ? { ...event, cancelled: true } : event
  const entry = addEvent(calendar, cancelled, options, DateTime.fromJSDate(options.now, { zone: 'utc' }))
  if (!entry) return null
  entry.createAttendee({
    name: quoteSafe(options.attendee.name),
    email: options.attendee.email,
    role: ICalAttendeeRole.REQ,
    status: options.method === 'CANCEL' ? ICalAttendeeStatus.DECLINED : ICalAttendeeStatus.ACCEPTED,
    rsvp: false,
  })
  return inCalendarOrder(calendar.toString())
}
