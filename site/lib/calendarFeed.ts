/**
 * What the .ics endpoints share: events from the CMS as calendar events, and the response with
 * its validators and 304 handling. Imports only types from cms.ts, so it is unit tested.
 */
import { buildCalendar, type CalendarEvent } from '../../cms/calendar/eventCalendar.ts'
import { noReplyAddress } from '../../cms/mail/address.ts'
import { toCalendarEvent as calendarEventOf } from '../../cms/calendar/fromEvent.ts'
import { isNotModified, validatorsFor } from '../../cms/calendar/conditionalRequest.ts'
import type { FeedEvent } from './cms.ts'
import { paths, type Locale } from './i18n.ts'

/** Feeds keep recent past events, so a just-finished event does not vanish from calendars at once. */
export const FEED_DAYS_BACK = 30

export const feedSince = (now: Date = new Date()): Date => new Date(now.getTime() - FEED_DAYS_BACK * 24 * 60 * 60 * 1000)

/** Calendar clients poll; five minutes keeps edits showing up soon without a fetch per poll. */
const CACHE_CONTROL = 'public, max-age=300'

export function toCalendarEvent(event: FeedEvent, origin: string, locale: Locale): CalendarEvent {
  return calendarEventOf(event, new URL(paths.event(locale, event.slug), origin).href)
}

export interface FeedInput {
  request: Request
  events: readonly FeedEvent[]
  /** The public origin for event URLs: the configured site, or the request's own. */
  origin: string
  locale: Locale
  scope?: string | null
  /** Given for one-event downloads, so browsers save the file instead of showing text. */
  downloadName?: string
}

export function calendarResponse({ request, events, origin, locale, scope, downloadName }: FeedInput): Response {
  const body = buildCalendar(
    events.map((event) => toCalendarEvent(event, origin, locale)),
    { locale, scope, noReplyEmail: noReplyAddress(process.env.MAIL_FROM) },
  )
  const validators = validatorsFor(body, events.map((event) => event.updatedAt))
  const headers = new Headers({ etag: validators.etag, 'cache-control': CACHE_CONTROL })
  if (validators.lastModified) headers.set('last-modified', validators.lastModified.toUTCString())
  const conditional = { ifNoneMatch: request.headers.get('if-none-match'), ifModifiedSince: request.headers.get('if-modified-since') }
  if (isNotModified(conditional, validators)) return new Response(null, { status: 304, headers })
  headers.set('content-type', 'text/calendar; charset=utf-8')
  if (downloadName) headers.set('content-disposition', `attachment; filename="${downloadName}"`)
  return new Response(body, { status: 200, headers })
}

export function notFound(): Response {
  return new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
}
