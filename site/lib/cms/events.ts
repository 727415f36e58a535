/** Events as the public sees them, or as a logged-in person may: lists, pages and organisers. */
import type { Payload, Where } from 'payload'
import { isRecurring } from '../../../cms/domain/calendar/recurrence.ts'
import { isValidSlug, slugify } from '../../../cms/domain/slugify.ts'
import { closedEventAudience } from '../../../cms/network/entitlement.ts'
import type { Event } from '../../../cms/payload-types.ts'
import { atNextOccurrence } from '../../features/events/eventOccurrences.ts'
import type { Locale } from '../i18n.ts'
import { actingAs, type SiteUser } from './account.ts'
import type { HubRef } from './hubs.ts'
import { cms, populated, publicBySlug } from './payload.ts'

export interface EventSummary {
  id: number
  title: string
  slug: string
  summary: string | null
  start: string
  end: string
  cancelled: boolean
  venueKind: Event['venueKind']
  venueName: string | null
  hub: HubRef | null
  type: Event['type']
  /** How a recurring event repeats; its `start`/`end` are then those of the next occurrence. */
  repeats: 'weekly' | 'monthly' | null
  recurrence: Event['recurrence'] | null
}

export interface EventPageData {
  event: Event
  hub:
    | (HubRef & { locality: string | null; street: string | null; postalCode: string | null; lat: number | null; lng: number | null })
    | null
}

export function toEventSummary(event: Partial<Event> & Pick<Event, 'id' | 'title' | 'slug' | 'start' | 'end'>): EventSummary {
  const hub = populated(event.hub)
  return {
    id: event.id,
    title: event.title,
    slug: event.slug,
    summary: event.summary ?? null,
    start: event.start,
    end: event.end,
    cancelled: event.status === 'cancelled',
    venueKind: event.venueKind ?? 'hub',
    venueName: event.venueName ?? null,
    hub: hub ? { name: hub.name, slug: hub.slug } : null,
    type: event.type ?? 'meetup',
    repeats: isRecurring(event.recurrence) ? event.recurrence.frequency : null,
    recurrence: event.recurrence ?? null,
  }
}

export interface UpcomingFilter {
  limit?: number
  hubId?: number
  municipalityId?: number
  types?: string[]
  /** Events starting at or after this instant; now when left out. */
  after?: Date
  /** Events starting before this instant. */
  before?: Date
  /** Newest first, for the archive of past events. */
  descending?: boolean
}

/** Events from now on, earliest first. Cancelled ones stay in the list and are shown as such. */
export async function listUpcomingEvents(locale: Locale, filter: UpcomingFilter = {}): Promise<EventSummary[]> {
  const payload = await cms()
  const after = filter.after ?? new Date()
  // Upcoming lists also hold a recurring series that started earlier but still runs.
  const and: Where[] = [filter.descending ? { start: { greater_than_equal: after.toISOString() } } : startsOrRunsFrom(after)]
  if (filter.before) and.push({ start: { less_than: filter.before.toISOString() } })
  if (filter.hubId != null) and.push({ hub: { equals: filter.hubId } })
  if (filter.municipalityId != null) and.push({ 'hub.municipality': { equals: filter.municipalityId } })
  if (filter.types?.length) and.push({ type: { in: filter.types } })
  const result = await payload.find({
    collection: 'events',
    locale,
    where: { and },
    sort: filter.descending ? '-start' : 'start',
    limit: filter.limit ?? 0,
    depth: 1,
    overrideAccess: false,
    pagination: false,
    select: {
      title: true,
      slug: true,
      summary: true,
      start: true,
      end: true,
      status: true,
      venueKind: true,
      venueName: true,
      hub: true,
      type: true,
      recurrence: true,
    },
    populate: { hubs: { name: true, slug: true } },
  })
  const events = result.docs.map(toEventSummary)
  return filter.descending ? events : atNextOccurrence(events, after, filter.before)
}

/** Events that start from `instant` on, and recurring series still running then. */
export function startsOrRunsFrom(instant: Date): Where {
  return {
    or: [
      { start: { greater_than_equal: instant.toISOString() } },
      {
        and: [
          { 'recurrence.frequency': { in: ['weekly', 'monthly'] } },
          { or: [{ seriesEnd: { greater_than_equal: instant.toISOString() } }, { seriesEnd: { exists: false } }] },
        ],
      },
    ],
  }
}

/** What an event's page and calendar file show of its hub. */
export const eventHubPopulate = { hubs: { name: true, slug: true, address: true, lat: true, lng: true } } as const

export async function loadEventPage(slug: string, locale: Locale): Promise<EventPageData | null> {
  const event = await publicBySlug('events', slug, locale, { depth: 1, populate: eventHubPopulate })
  if (!event) return null
  return eventPageFrom(event)
}

export function eventPageFrom(event: Event): EventPageData {
  const hub = populated(event.hub)
  return {
    event,
    hub: hub
      ? {
          name: hub.name,
          slug: hub.slug,
          locality: hub.address?.locality ?? null,
          street: hub.address?.street ?? null,
          postalCode: hub.address?.postalCode ?? null,
          lat: hub.lat ?? null,
          lng: hub.lng ?? null,
        }
      : null,
  }
}

/** One published event by slug as this person may see it (network and council events when entitled). */
export async function publishedEventAs<T>(user: SiteUser, slug: string, locale: Locale, select?: Record<string, true>): Promise<T | null> {
  if (!isValidSlug(slug)) return null
  const result = await (await cms()).find({
    collection: 'events',
    locale,
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    limit: 1,
    depth: 1,
    ...(select ? { select } : {}),
    populate: eventHubPopulate,
    ...actingAs(user),
    pagination: false,
  } as Parameters<Payload['find']>[0])
  return (result.docs[0] as T | undefined) ?? null
}

/** One event page as this person may see it. */
export async function loadEventPageAs(user: SiteUser, slug: string, locale: Locale): Promise<EventPageData | null> {
  const event = await publishedEventAs<Event>(user, slug, locale)
  return event ? eventPageFrom(event) : null
}

/** Whether a members-only event is published at this slug, and for whom (cms/network/entitlement.ts says why it reads past access). */
export async function closedEventAt(slug: string): Promise<'network' | 'council' | null> {
  if (!isValidSlug(slug)) return null
  return closedEventAudience(await cms(), slug)
}

/**
 * The organiser whose name makes this slug, among those of public events (organisers are
 * names on events, not documents of their own); null when there is none.
 */
export async function findOrganiser(slug: string): Promise<string | null> {
  if (!isValidSlug(slug)) return null
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'events',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: false,
    select: { organiser: true },
  })
  return docs.map((doc) => doc.organiser).find((name) => slugify(name) === slug) ?? null
}
