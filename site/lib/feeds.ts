/** The .ics endpoints: read through cms.ts, then hand over to the shared response in calendarFeed.ts. */
import type { APIContext } from 'astro'
import { calendarResponse, feedSince, notFound } from './calendarFeed.ts'
import { findBySlug, findOrganiser, listFeedEvents, loadFeedEvent, loadPersonalFeed } from './cms.ts'
import type { Locale } from './i18n.ts'

const originOf = (context: APIContext): string => (context.site ?? context.url).origin

export async function networkFeed(context: APIContext, locale: Locale): Promise<Response> {
  const events = await listFeedEvents(locale, { since: feedSince() })
  return calendarResponse({ request: context.request, events, origin: originOf(context), locale })
}

export async function scopedFeed(context: APIContext, locale: Locale, collection: 'hubs' | 'municipalities'): Promise<Response> {
  const scope = await findBySlug(collection, context.params.slug ?? '', locale)
  if (!scope) return notFound()
  const filter = collection === 'hubs' ? { hubId: scope.id } : { municipalityId: scope.id }
  const events = await listFeedEvents(locale, { since: feedSince(), ...filter })
  return calendarResponse({ request: context.request, events, origin: originOf(context), locale, scope: scope.name })
}

export async function eventFeed(context: APIContext, locale: Locale): Promise<Response> {
  const event = await loadFeedEvent(context.params.slug ?? '', locale)
  if (!event) return notFound()
  return calendarResponse({
    request: context.request,
    events: [event],
    origin: originOf(context),
    locale,
    scope: event.title,
    downloadName: `${event.slug}.ics`,
  })
}

/**
 * A registrant's own feed, at a secret address: the events they have a place at, network and
 * council events included. Never cached by shared caches, never indexed.
 */
export async function personalFeed(context: APIContext, locale: Locale): Promise<Response> {
  const feed = await loadPersonalFeed(context.params.token ?? '', locale)
  if (!feed) return notFound()
  const response = calendarResponse({ request: context.request, events: feed.events, origin: originOf(context), locale, scope: feed.name })
  response.headers.set('cache-control', 'private, max-age=300')
  response.headers.set('x-robots-tag', 'noindex')
  return response
}

/** One organiser's public events, e.g. everything Region Jämtland Härjedalen arranges. */
export async function organiserFeed(context: APIContext, locale: Locale): Promise<Response> {
  const organiser = await findOrganiser(context.params.slug ?? '')
  if (!organiser) return notFound()
  const events = await listFeedEvents(locale, { since: feedSince(), organiser })
  return calendarResponse({ request: context.request, events, origin: originOf(context), locale, scope: organiser })
}
