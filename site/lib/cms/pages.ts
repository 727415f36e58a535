/**
 * Pages made of more than one domain: a hub's page, a municipality's page, the home page, and
 * the list of every public page for the sitemap.
 */
import type { CommunityManager, Hub, Municipality } from '../../../cms/payload-types.ts'
import { homeNumbers, stockholmMonth } from '../../features/home/homeNumbers.ts'
import type { Locale } from '../i18n.ts'
import { nearbyHubs, type NearbyHub } from '../../features/hubs/nearbyHubs.ts'
import { listUpcomingEvents, startsOrRunsFrom, type EventSummary } from './events.ts'
import { listHubs, listMunicipalities, type HubSummary, type MunicipalityInfo, type MunicipalityRef, type PublicManager } from './hubs.ts'
import { publicImage, responsiveImage, type ResponsiveImage } from './media.ts'
import { contactableHub } from '../../../cms/hubContact/send.ts'
import { cms, populated, publicBySlug } from './payload.ts'

export interface HubPageData {
  hub: Hub
  municipality: MunicipalityRef | null
  managers: PublicManager[]
  /** The hub's images with alt text, in the editor's order, for its gallery. */
  gallery: Array<{ image: ResponsiveImage; caption: string | null }>
  /** Whether the hub's contact form is offered (someone would receive its messages). */
  contactForm: boolean
  events: EventSummary[]
  /** The three nearest other published hubs. */
  nearby: Array<NearbyHub<HubSummary>>
  /** Every published hub and the municipalities, for the commute calculator's places. */
  hubs: HubSummary[]
  municipalities: MunicipalityInfo[]
}

export interface MunicipalityPageData {
  municipality: Municipality
  hubs: HubSummary[]
  events: EventSummary[]
}

/** One published hub with what its page shows, or null when there is none to show. */
export const hubPagePopulate = {
  municipalities: { name: true, slug: true },
  // The show* flags must come along: field access on email and phone reads them.
  'community-managers': { name: true, title: true, bio: true, email: true, showEmail: true, phone: true, showPhone: true, photo: true },
  media: { alt: true, filename: true, width: true, height: true, sizes: true },
} as const

export async function loadHubPage(slug: string, locale: Locale): Promise<HubPageData | null> {
  const hub = await publicBySlug('hubs', slug, locale, { depth: 2, populate: hubPagePopulate })
  if (!hub) return null
  return hubPageFrom(hub, locale)
}

export async function hubPageFrom(hub: Hub, locale: Locale): Promise<HubPageData> {
  const municipality = populated(hub.municipality)
  const managers = (hub.communityManagers ?? [])
    .map((m) => populated(m))
    .filter((m): m is CommunityManager => m != null)
    .map(({ id, name, title, bio, email, phone, photo }) => ({ id, name, title, bio, email, phone, photo: publicImage(photo, 'thumbnail') }))
  const gallery = (hub.images ?? []).flatMap((row) => {
    const image = responsiveImage(row.image)
    return image ? [{ image, caption: row.caption ?? null }] : []
  })
  const [events, hubs, municipalities, contactable] = await Promise.all([
    listUpcomingEvents(locale, { hubId: hub.id }),
    listHubs(locale),
    listMunicipalities(locale),
    cms().then((payload) => contactableHub(payload, hub.slug, locale)),
  ])
  return {
    hub,
    municipality: municipality ? { name: municipality.name, slug: municipality.slug } : null,
    managers,
    gallery,
    contactForm: contactable != null,
    events,
    nearby: nearbyHubs(hub, hubs),
    hubs,
    municipalities,
  }
}

export async function loadMunicipalityPage(slug: string, locale: Locale): Promise<MunicipalityPageData | null> {
  const municipality = await publicBySlug('municipalities', slug, locale, { depth: 0 })
  if (!municipality) return null
  const [hubs, events] = await Promise.all([
    listHubs(locale, { municipality: { equals: municipality.id } }),
    listUpcomingEvents(locale, { municipalityId: municipality.id }),
  ])
  return { municipality, hubs, events }
}

/** What the home page shows: every hub, the next five events and the municipalities. */
export async function loadHomePage(locale: Locale, now = new Date()) {
  const month = stockholmMonth(now)
  const [hubs, events, municipalities, monthEvents] = await Promise.all([
    listHubs(locale),
    listUpcomingEvents(locale, { limit: 5 }),
    listMunicipalities(locale),
    // Public events with an occasion this month: those starting in it, and series still running.
    cms().then((payload) =>
      payload.find({
        collection: 'events',
        where: { and: [startsOrRunsFrom(month.from), { start: { less_than: month.to.toISOString() } }] },
        limit: 0,
        pagination: false,
        depth: 0,
        overrideAccess: false,
        select: { start: true, end: true, recurrence: true },
      }),
    ),
  ])
  return { hubs, events, municipalities, numbers: homeNumbers(hubs, municipalities.length, monthEvents.docs, now) }
}

export interface PublicSlugs {
  hubs: Array<{ slug: string; updatedAt: string }>
  events: Array<{ slug: string; updatedAt: string }>
  municipalities: Array<{ slug: string; updatedAt: string }>
}

/** Every public hub, event and municipality page, for the sitemap. */
export async function listPublicSlugs(): Promise<PublicSlugs> {
  const payload = await cms()
  const read = async (collection: 'hubs' | 'events' | 'municipalities') => {
    const result = await payload.find({
      collection,
      depth: 0,
      overrideAccess: false,
      pagination: false,
      select: { slug: true, updatedAt: true },
    })
    return result.docs.map((doc) => ({ slug: doc.slug, updatedAt: doc.updatedAt }))
  }
  const [hubs, events, municipalities] = await Promise.all([read('hubs'), read('events'), read('municipalities')])
  return { hubs, events, municipalities }
}
