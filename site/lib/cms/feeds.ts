/** Events as the calendar feeds (.ics) need them: the whole event, with its hub's address and position. */
import type { Where } from 'payload'
import type { SourceEvent } from '../../../cms/domain/calendar/fromEvent.ts'
import { isRecurring, occurrences } from '../../../cms/domain/calendar/recurrence.ts'
import type { Locale } from '../i18n.ts'
import type { SiteUser } from './account.ts'
import { eventHubPopulate, publishedEventAs, startsOrRunsFrom } from './events.ts'
import { cms, publicBySlug } from './payload.ts'

/** An event as a calendar feed needs it, with its hub's name, address and position. */
export type FeedEvent = SourceEvent

export const feedEventSelect = {
  title: true,
  slug: true,
  summary: true,
  description: true,
  start: true,
  end: true,
  status: true,
  sequence: true,
  updatedAt: true,
  venueKind: true,
  venueName: true,
  onlineUrl: true,
  organiser: true,
  hub: true,
  recurrence: true,
} as const

export interface FeedFilter {
  /** Events by this organiser (the exact name as stored). */
  organiser?: string
  /** Events that started at or after this instant; a feed keeps some past days for context. */
  since: Date
  /** Events that start before this instant (the end of a filter's last day). */
  before?: Date
  hubId?: number
  municipalityId?: number
  /** Events of these types (the event list's type filter). */
  types?: string[]
}

/** Public events for a calendar feed, cancelled ones included, earliest first. */
export async function listFeedEvents(locale: Locale, filter: FeedFilter): Promise<FeedEvent[]> {
  const payload = await cms()
  const and: Where[] = [startsOrRunsFrom(filter.since)]
  if (filter.organiser != null) and.push({ organiser: { equals: filter.organiser } })
  if (filter.hubId != null) and.push({ hub: { equals: filter.hubId } })
  if (filter.municipalityId != null) and.push({ 'hub.municipality': { equals: filter.municipalityId } })
  if (filter.before) and.push({ start: { less_than: filter.before.toISOString() } })
  if (filter.types?.length) and.push({ type: { in: filter.types } })
  const result = await payload.find({
    collection: 'events',
    locale,
    where: { and },
    sort: 'start',
    limit: 0,
    depth: 1,
    overrideAccess: false,
    pagination: false,
    select: feedEventSelect,
    populate: eventHubPopulate,
  })
  // As the event list does: a series is in only when one of its occasions falls in the window.
  const until = filter.before ?? new Date(8.64e15)
  return (result.docs as FeedEvent[]).filter(
    (event) => !isRecurring(event.recurrence) || occurrences(event.start, event.end, event.recurrence, filter.since, until, 1).length > 0,
  )
}

/** One public event for its .ics download, or null when the public may not see it. */
export async function loadFeedEvent(slug: string, locale: Locale): Promise<FeedEvent | null> {
  const event = await publicBySlug('events', slug, locale, { depth: 1, select: feedEventSelect, populate: eventHubPopulate })
  return event as FeedEvent | null
}

/** One event for its calendar file as this person may see it. */
export function loadFeedEventAs(user: SiteUser, slug: string, locale: Locale): Promise<FeedEvent | null> {
  return publishedEventAs<FeedEvent>(user, slug, locale, feedEventSelect)
}
