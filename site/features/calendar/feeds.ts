/** The .ics endpoints: read through cms.ts, then hand over to the shared response in calendarFeed.ts. */
import type { APIContext } from 'astro'
import { buildFeed, calendarResponse, feedResponse, feedSince, notFound, type BuiltFeed } from './calendarFeed.ts'
import { contentVersion, findBySlug, findOrganiser, listFeedEvents, loadAccountFeed, loadFeedEvent, loadFeedEventAs, loadPersonalFeed } from '../../lib/cms.ts'
import { VersionedCache } from './feedCache.ts'
import { pagePath, type Locale } from '../../lib/i18n.ts'
import { feedWindow, filterParams, parseEventFilters, type EventFilters } from '../events/eventFilters.ts'
import { feedScope } from './feedAddress.ts'

const originOf = (context: APIContext): string => (context.site ?? context.url).origin

const built = new VersionedCache<BuiltFeed>()

/**
 * A public feed, built once per content version and window hour and then answered from
 * memory, 200 or 304; `build` returns null for a feed that does not exist (404).
 */
async function publicFeed(context: APIContext, build: () => Promise<BuiltFeed | null>, downloadName?: string, query = ''): Promise<Response> {
  const since = feedSince()
  const key = `${pagePath(context.url.pathname, context.locals.locale)}?${query}|${originOf(context)}|${since.getTime()}`
  const version = await contentVersion()
  let feed: BuiltFeed | null | undefined = built.get(key, version)
  if (!feed) {
    feed = await build()
    // Only feeds that exist are kept, so requests for made-up names cannot push real ones out.
    if (feed) built.set(key, version, feed)
  }
  return feed ? feedResponse(context.request, feed, downloadName) : notFound()
}

/**
 * The county's feed, narrowed by the event list's filters when its query has them (read by
 * the list's own parser: values it cannot use and parameters it does not know are ignored,
 * as on the list), so a subscription holds what the filtered list shows. Cached under the
 * filters as used, so equal filters written differently share one built feed.
 */
export async function networkFeed(context: APIContext, locale: Locale): Promise<Response> {
  const { filters } = parseEventFilters(context.url.searchParams)
  const [municipality, hub] = await Promise.all([
    filters.municipality ? findBySlug('municipalities', filters.municipality, locale) : null,
    filters.hub ? findBySlug('hubs', filters.hub, locale) : null,
  ])
  const used: EventFilters = { ...filters, municipality: municipality ? filters.municipality : undefined, hub: hub ? filters.hub : undefined, past: false }
  return publicFeed(
    context,
    async () => {
      const window = feedWindow(used, feedSince())
      const events = await listFeedEvents(locale, {
        since: window.since,
        before: window.before,
        municipalityId: municipality?.id,
        hubId: hub?.id,
        types: used.type ? [used.type] : undefined,
      })
      const scope = feedScope(
        { municipality: municipality?.name, hub: hub?.name, type: used.type, from: used.from, to: used.to },
        locale,
      )
      return buildFeed({ events, origin: originOf(context), locale, scope })
    },
    undefined,
    filterParams(used).toString(),
  )
}

export function scopedFeed(context: APIContext, locale: Locale, collection: 'hubs' | 'municipalities'): Promise<Response> {
  return publicFeed(context, async () => {
    const scope = await findBySlug(collection, context.params.slug ?? '', locale)
    if (!scope) return null
    const filter = collection === 'hubs' ? { hubId: scope.id } : { municipalityId: scope.id }
    const events = await listFeedEvents(locale, { since: feedSince(), ...filter })
    return buildFeed({ events, origin: originOf(context), locale, scope: scope.name })
  })
}

/**
 * One event's calendar file. A network or council event is there for a logged-in person
 * entitled to it (the "add to calendar" link on its page), privately; 404 for everyone else.
 */
export async function eventFeed(context: APIContext, locale: Locale): Promise<Response> {
  const slug = context.params.slug ?? ''
  let event = await loadFeedEvent(slug, locale)
  let personal = false
  const user = event ? null : await context.locals.user()
  if (user) {
    event = await loadFeedEventAs(user, slug, locale)
    personal = true
  }
  if (!event) return notFound()
  const response = calendarResponse({
    request: context.request,
    events: [event],
    origin: originOf(context),
    locale,
    scope: event.title,
    downloadName: `${event.slug}.ics`,
  })
  if (personal) {
    response.headers.set('cache-control', 'private, no-store')
    response.headers.set('x-robots-tag', 'noindex')
  }
  return response
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

/**
 * A logged-in person's own feed (from my page), at a secret address of its own: the events
 * they have a confirmed place at, as far as they may still see them. Never cached by shared
 * caches, never indexed.
 */
export async function accountFeed(context: APIContext, locale: Locale): Promise<Response> {
  const feed = await loadAccountFeed(context.params.token ?? '', locale)
  if (!feed) return notFound()
  const response = calendarResponse({ request: context.request, events: feed.events, origin: originOf(context), locale, scope: feed.name })
  response.headers.set('cache-control', 'private, max-age=300')
  response.headers.set('x-robots-tag', 'noindex')
  return response
}

/** One organiser's public events, e.g. everything Region Jämtland Härjedalen arranges. */
export function organiserFeed(context: APIContext, locale: Locale): Promise<Response> {
  return publicFeed(context, async () => {
    const organiser = await findOrganiser(context.params.slug ?? '')
    if (!organiser) return null
    const events = await listFeedEvents(locale, { since: feedSince(), organiser })
    return buildFeed({ events, origin: originOf(context), locale, scope: organiser })
  })
}
