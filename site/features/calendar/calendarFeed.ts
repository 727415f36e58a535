/**
 * What the .ics endpoints share: events from the CMS as calendar events, and the response with
 * its validators and 304 handling. Imports only types from cms.ts, so it is unit tested.
 */
import { buildCalendar, type CalendarEvent } from '../../../cms/domain/calendar/eventCalendar.ts'
import { noReplyAddress } from '../../../cms/domain/mail/address.ts'
import { toCalendarEvent as calendarEventOf } from '../../../cms/domain/calendar/fromEvent.ts'
import { isNotModified, validatorsFor } from '../../../cms/domain/calendar/conditionalRequest.ts'
import type { FeedEvent } from '../../lib/cms.ts'
import { paths, type Locale } from '../../lib/i18n.ts'

/** Feeds keep recent past events, so a just-finished event does not vanish from calendars at once. */
export const FEED_DAYS_BACK = 30

/** From the start of this hour, 30 days back: the window moves once an hour, so a built feed can be reused within it. */
export const feedSince = (now: Date = new Date()): Date => {
  const hour = Math.floor(now.getTime() / 3_600_000) * 3_600_000
  return new Date(hour - FEED_DAYS_BACK * 24 * 60 * 60 * 1000)
}

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

/** A feed's body and its validators: what the response is made from, and what a cache keeps. */
export interface BuiltFeed {
  body: string
  etag: string
  lastModified: Date | null
}

export function buildFeed({ events, origin, locale, scope }: Omit<FeedInput, 'request' | 'downloadName'>): BuiltFeed {
  const body = buildCalendar(
    events.map((event) => toCalendarEvent(event, origin, locale)),
    { locale, scope, noReplyEmail: noReplyAddress(process.env.MAIL_FROM) },
  )
  const validators = validatorsFor(body, events.map((event) => event.updatedAt))
  return { body, etag: validators.etag, lastModified: validators.lastModified }
}

/** 200 with the body, or 304 when the request's validators still match. */
export function feedResponse(request: Request, feed: BuiltFeed, downloadName?: string): Response {
  const headers = new Headers({ etag: feed.etag, 'cache-control': CACHE_CONTROL })
  if (feed.lastModified) headers.set('last-modified', feed.lastModified.toUTCString())
  const conditional = { ifNoneMatch: request.headers.get('if-none-match'), ifModifiedSince: request.headers.get('if-modified-since') }
  if (isNotModified(conditional, { etag: feed.etag, lastModified: feed.lastModified })) return new Response(null, { status: 304, headers })
  headers.set('content-type', 'text/calendar; charset=utf-8')
  if (downloadName) headers.set('content-disposition', `attachment; filename="${downloadName}"`)
  return new Response(feed.body, { status: 200, headers })
}

export function calendarResponse(input: FeedInput): Response {
  return feedResponse(input.request, buildFeed(input), input.downloadName)
}

export function notFound(): Response {
  return new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
}
