/**
 * The only place where the site reads CMS data, through Payload's Local API.
 *
 * Every read passes `overrideAccess: false` (the Local API bypasses access control by
 * default), so the collections' own rules decide what the public sees: published hubs,
 * published public events, contact details only where a person chose to show them.
 */
import { createLocalReq, getPayload, logoutOperation, type DataFromCollectionSlug, type Payload, type Where } from 'payload'
import config from '../../payload.config.ts'
import { path } from '../../cms/domain/routes.ts'
import { isValidSlug, slugify } from '../../cms/fields/slugify.ts'
import { checkHealth, type Health } from '../../cms/health.ts'
import type { ReportInput } from '../../cms/accessibility/input.ts'
import { submitAccessibilityReport } from '../../cms/accessibility/report.ts'
import type { RegistrationInput } from '../../cms/registration/input.ts'
import type { ServiceProblem } from '../../cms/registration/messages.ts'
import {
  cancelRegistration,
  confirmRegistration,
  personalFeedEvents,
  register,
  RegistrationProblem,
  seatsLeftFor,
  viewRegistration,
  type RegisterResult,
  type RegistrationView,
} from '../../cms/registration/service.ts'
import { isRecurring } from '../../cms/calendar/recurrence.ts'
import { executor, sql } from '../../cms/db/sql.ts'
import { searchEngine } from '../../cms/search/sync.ts'
import { confirmSignup, SignupProblem, submitSignup, viewSignupLink, type LinkState, type SignupOutcome } from '../../cms/network/signup.ts'
import type { SignupInput, SignupWarning } from '../../cms/network/signupInput.ts'
import type { SignupServiceProblem } from '../../cms/network/signupMessages.ts'
import { atNextOccurrence } from './eventOccurrences.ts'
import { homeNumbers, stockholmMonth } from './homeNumbers.ts'
import type { SearchQuery, SearchResult } from '../../cms/search/types.ts'
import type { SourceEvent } from '../../cms/calendar/fromEvent.ts'
import type { Media, CommunityManager, Event, Hub, Municipality, User } from '../../cms/payload-types.ts'
import {
  accountFeedEvents,
  calendarTokenOf,
  deleteAccount,
  exportPersonalData,
  madeForOthers,
  renewCalendarToken,
  requestPasswordReset,
  resetLinkEmail,
  resetTokenValid,
  setPasswordWithToken,
  SITE_ROLES,
} from '../../cms/network/account.ts'
import { throttledLogin } from '../../cms/auth/login.ts'
import { entitlementOf, standingOf } from '../../cms/network/entitlement.ts'
import { confirmEmailChange, emailChangeLink, type EmailChangeLink, type EmailChangeOutcome } from '../../cms/network/emailChange.ts'
import { applyForCouncil, CouncilApplyProblemError, type CouncilApplyProblem, type CouncilInput } from '../../cms/network/council.ts'
import type { Locale } from './i18n.ts'
import { nearbyHubs, type NearbyHub } from './nearbyHubs.ts'
import { sortByName } from './sortByName.ts'

let payloadPromise: Promise<Payload> | undefined

/** One Payload per process. A failed start is forgotten, so the next request tries again. */
export function cms(): Promise<Payload> {
  payloadPromise ??= getPayload({ config }).catch((err: unknown) => {
    payloadPromise = undefined
    throw err
  })
  return payloadPromise
}

/** A relationship is an id when not populated, or when the reader may not see the target. */
function populated<T extends object>(value: number | T | null | undefined): T | null {
  return value != null && typeof value === 'object' ? value : null
}

export interface MunicipalityRef {
  name: string
  slug: string
}

export interface MunicipalityInfo extends MunicipalityRef {
  code: string
  seat: string
}

export interface HubRef {
  name: string
  slug: string
}

export interface HubSummary {
  id: number
  name: string
  slug: string
  summary: string | null
  desks: number | null
  dayPassPriceSek: number | null
  amenities: string[]
  locality: string | null
  street: string | null
  postalCode: string | null
  municipality: MunicipalityRef | null
  demoContent: boolean
  lat: number | null
  lng: number | null
  openingHours: Hub['openingHours']
  openingExceptions: Hub['openingExceptions']
}

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

export interface PublicImage {
  /** The site's own address for the file (`/media/<file>`), never the CMS's. */
  src: string
  alt: string
  width: number | null
  height: number | null
}

export type PublicManager = Pick<CommunityManager, 'id' | 'name' | 'title' | 'bio' | 'email' | 'phone'> & { photo: PublicImage | null }

/** An uploaded image at the given size (falling back to the original), served by the site. */
function publicImage(media: number | Media | null | undefined, size: 'thumbnail' | 'card' | 'hero'): PublicImage | null {
  const doc = populated(media)
  if (!doc?.alt) return null
  const sized = doc.sizes?.[size]
  const file = sized?.filename ?? doc.filename
  if (!file) return null
  return { src: mediaPath(file), alt: doc.alt, width: (sized?.filename ? sized.width : doc.width) ?? null, height: (sized?.filename ? sized.height : doc.height) ?? null }
}

export interface HubPageData {
  hub: Hub
  municipality: MunicipalityRef | null
  managers: PublicManager[]
  events: EventSummary[]
  /** The three nearest other published hubs. */
  nearby: Array<NearbyHub<HubSummary>>
  /** Every published hub and the municipalities, for the commute calculator's places. */
  hubs: HubSummary[]
  municipalities: MunicipalityInfo[]
}

export interface EventPageData {
  event: Event
  hub:
    | (HubRef & { locality: string | null; street: string | null; postalCode: string | null; lat: number | null; lng: number | null })
    | null
}

export interface MunicipalityPageData {
  municipality: Municipality
  hubs: HubSummary[]
  events: EventSummary[]
}

const hubSummarySelect = {
  name: true,
  slug: true,
  summary: true,
  desks: true,
  amenities: true,
  dayPass: true,
  address: true,
  municipality: true,
  demoContent: true,
  lat: true,
  lng: true,
  openingHours: true,
  openingExceptions: true,
} as const

function toHubSummary(hub: Partial<Hub> & Pick<Hub, 'id' | 'name' | 'slug'>): HubSummary {
  const municipality = populated(hub.municipality as Hub['municipality'] | undefined)
  return {
    id: hub.id,
    name: hub.name,
    slug: hub.slug,
    summary: hub.summary ?? null,
    desks: hub.desks ?? null,
    dayPassPriceSek: hub.dayPass?.priceSek ?? null,
    amenities: hub.amenities ?? [],
    locality: hub.address?.locality ?? null,
    street: hub.address?.street ?? null,
    postalCode: hub.address?.postalCode ?? null,
    municipality: municipality ? { name: municipality.name, slug: municipality.slug } : null,
    demoContent: Boolean(hub.demoContent),
    lat: hub.lat ?? null,
    lng: hub.lng ?? null,
    openingHours: hub.openingHours ?? [],
    openingExceptions: hub.openingExceptions ?? [],
  }
}

function toEventSummary(event: Partial<Event> & Pick<Event, 'id' | 'title' | 'slug' | 'start' | 'end'>): EventSummary {
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

/** Published hubs, optionally narrowed, in Swedish alphabetical order. */
export async function listHubs(locale: Locale, where?: Where): Promise<HubSummary[]> {
  const payload = await cms()
  const result = await payload.find({
    collection: 'hubs',
    locale,
    where,
    depth: 1,
    overrideAccess: false,
    pagination: false,
    select: hubSummarySelect,
    populate: { municipalities: { name: true, slug: true } },
  })
  return sortByName(result.docs.map(toHubSummary))
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
function startsOrRunsFrom(instant: Date): Where {
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

export async function listMunicipalities(locale: Locale): Promise<MunicipalityInfo[]> {
  const payload = await cms()
  const result = await payload.find({
    collection: 'municipalities',
    locale,
    depth: 0,
    overrideAccess: false,
    pagination: false,
    select: { name: true, slug: true, code: true, seat: true },
  })
  return sortByName(result.docs.map((m) => ({ name: m.name, slug: m.slug, code: m.code, seat: m.seat })))
}

/**
 * The one document the public may see at `slug`, or null. Every page and feed that is
 * addressed by a slug reads through here, so the slug check and access rules are the same.
 */
async function publicBySlug<C extends 'hubs' | 'events' | 'municipalities'>(
  collection: C,
  slug: string,
  locale: Locale,
  options: { depth: number; select?: Record<string, true>; populate?: Record<string, Record<string, true>> },
): Promise<DataFromCollectionSlug<C> | null> {
  if (!isValidSlug(slug)) return null
  const payload = await cms()
  const result = await payload.find({
    collection,
    locale,
    where: { slug: { equals: slug } },
    limit: 1,
    overrideAccess: false,
    pagination: false,
    ...options,
  } as Parameters<Payload['find']>[0])
  return (result.docs[0] as DataFromCollectionSlug<C> | undefined) ?? null
}

/** One published hub with what its page shows, or null when there is none to show. */
const hubPagePopulate = {
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

async function hubPageFrom(hub: Hub, locale: Locale): Promise<HubPageData> {
  const municipality = populated(hub.municipality)
  const managers = (hub.communityManagers ?? [])
    .map((m) => populated(m))
    .filter((m): m is CommunityManager => m != null)
    .map(({ id, name, title, bio, email, phone, photo }) => ({ id, name, title, bio, email, phone, photo: publicImage(photo, 'thumbnail') }))
  const [events, hubs, municipalities] = await Promise.all([
    listUpcomingEvents(locale, { hubId: hub.id }),
    listHubs(locale),
    listMunicipalities(locale),
  ])
  return {
    hub,
    municipality: municipality ? { name: municipality.name, slug: municipality.slug } : null,
    managers,
    events,
    nearby: nearbyHubs(hub, hubs),
    hubs,
    municipalities,
  }
}

const eventHubPopulate = { hubs: { name: true, slug: true, address: true, lat: true, lng: true } } as const

export async function loadEventPage(slug: string, locale: Locale): Promise<EventPageData | null> {
  const event = await publicBySlug('events', slug, locale, { depth: 1, populate: eventHubPopulate })
  if (!event) return null
  return eventPageFrom(event)
}

function eventPageFrom(event: Event): EventPageData {
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

export async function loadMunicipalityPage(slug: string, locale: Locale): Promise<MunicipalityPageData | null> {
  const municipality = await publicBySlug('municipalities', slug, locale, { depth: 0 })
  if (!municipality) return null
  const [hubs, events] = await Promise.all([
    listHubs(locale, { municipality: { equals: municipality.id } }),
    listUpcomingEvents(locale, { municipalityId: municipality.id }),
  ])
  return { municipality, hubs, events }
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

/** Readiness for `GET /health`; a Payload that cannot start means the database is down. */
export function health(): Promise<Health> {
  return checkHealth(cms())
}

/** Public search over hubs and events, through the configured engine. */
export async function search(query: SearchQuery): Promise<SearchResult> {
  return searchEngine(await cms()).search(query)
}

/** An event as a calendar feed needs it, with its hub's name, address and position. */
export type FeedEvent = SourceEvent

const feedEventSelect = {
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
  hubId?: number
  municipalityId?: number
}

/** Public events for a calendar feed, cancelled ones included, earliest first. */
export async function listFeedEvents(locale: Locale, filter: FeedFilter): Promise<FeedEvent[]> {
  const payload = await cms()
  const and: Where[] = [startsOrRunsFrom(filter.since)]
  if (filter.organiser != null) and.push({ organiser: { equals: filter.organiser } })
  if (filter.hubId != null) and.push({ hub: { equals: filter.hubId } })
  if (filter.municipalityId != null) and.push({ 'hub.municipality': { equals: filter.municipalityId } })
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
    populate: { hubs: { name: true, slug: true, address: true, lat: true, lng: true } },
  })
  return result.docs as FeedEvent[]
}

/** One public event for its .ics download, or null when the public may not see it. */
export async function loadFeedEvent(slug: string, locale: Locale): Promise<FeedEvent | null> {
  const event = await publicBySlug('events', slug, locale, {
    depth: 1,
    select: feedEventSelect,
    populate: { hubs: { name: true, slug: true, address: true, lat: true, lng: true } },
  })
  return event as FeedEvent | null
}

export interface NamedRef {
  id: number
  name: string
}

/** A published hub's or a municipality's id and name by slug, for a feed's scope. */
export async function findBySlug(collection: 'hubs' | 'municipalities', slug: string, locale: Locale): Promise<NamedRef | null> {
  const doc = await publicBySlug(collection, slug, locale, { depth: 0, select: { name: true } })
  return doc ? { id: doc.id, name: doc.name } : null
}

export interface CouncilPage {
  title: string
  mission: unknown
  seats: number | null
  members: Array<{ name: string; organisation: string; role: 'chair' | 'member' | 'secretary' }>
  documents: Array<{ title: string; url: string | null }>
}

/** The innovation council's public page; null until it has been published. */
export async function loadCouncil(locale: Locale): Promise<CouncilPage | null> {
  const payload = await cms()
  const council = await payload.findGlobal({ slug: 'innovation-council', locale, depth: 1, overrideAccess: false })
  if (!council?.title || council._status !== 'published') return null
  const roleOrder = { chair: 0, secretary: 1, member: 2 } as const
  return {
    title: council.title,
    mission: council.mission,
    seats: council.seats ?? null,
    members: (council.members ?? [])
      .map((m) => ({ name: m.name, organisation: m.organisation, role: m.role }))
      .sort((a, b) => roleOrder[a.role] - roleOrder[b.role]),
    documents: (council.documents ?? []).map((d) => {
      const file = d.file && typeof d.file === 'object' ? d.file : null
      return { title: d.title, url: d.url || file?.url || null }
    }),
  }
}

export interface NetworkAgency {
  name: string
  website: string | null
  /** The local office's municipality. */
  municipality: MunicipalityRef | null
  logo: PublicImage | null
}

/** Agencies in the authority network: only those the region has confirmed are public. */
export async function listNetworkAgencies(locale: Locale): Promise<NetworkAgency[]> {
  const payload = await cms()
  const result = await payload.find({
    collection: 'agencies',
    locale,
    where: { membershipStatus: { in: ['confirmed', 'member'] } },
    depth: 1,
    overrideAccess: false,
    pagination: false,
    select: { name: true, website: true, municipality: true, logo: true },
  })
  return sortByName(
    result.docs.map((a) => {
      const municipality = populated(a.municipality)
      return {
        name: a.name,
        website: a.website ?? null,
        municipality: municipality ? { name: municipality.name, slug: municipality.slug } : null,
        // A logo is shown at its natural shape, never cropped.
        logo: publicImage(a.logo, 'card'),
      }
    }),
  )
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

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: ServiceProblem }

/** Runs a registration command, turning the refusals it knows into values; anything else is a real error. */
async function attempt<T>(work: (payload: Payload) => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work(await cms()) }
  } catch (err) {
    if (err instanceof RegistrationProblem) return { ok: false, problem: err.problem }
    throw err
  }
}

/** Seats left at a public event, or null when it has no limit. */
export async function seatsLeftAt(event: Pick<Event, 'id' | 'capacity'>): Promise<number | null> {
  return seatsLeftFor(await cms(), event.id, event.capacity)
}

/** Registers the public for a public event (network and council events need a representative). */
export function registerForEvent(eventId: number, input: RegistrationInput): Promise<Outcome<RegisterResult>> {
  return attempt((payload) => register(payload, eventId, input))
}

export async function loadRegistration(token: string, locale: Locale): Promise<RegistrationView | null> {
  return viewRegistration(await cms(), token, locale)
}

/** Confirms a registration from its link; confirmed while logged in with the same address, it becomes the person's own. */
export function confirmRegistrationLink(token: string, user: SiteUser | null = null): Promise<Outcome<Awaited<ReturnType<typeof confirmRegistration>>>> {
  return attempt((payload) => confirmRegistration(payload, token, { account: user ? { id: user.id, email: user.email } : null }))
}

export function cancelRegistrationLink(token: string): Promise<Outcome<void>> {
  return attempt((payload) => cancelRegistration(payload, token))
}

/** The events a registrant has a place at, for their personal feed; null for an unknown token. */
export async function loadPersonalFeed(token: string, locale: Locale): Promise<{ name: string; events: FeedEvent[] } | null> {
  return personalFeedEvents(await cms(), token, locale)
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

export type PreviewPage = { kind: 'hub'; data: HubPageData } | { kind: 'event'; data: EventPageData }

/**
 * The newest version of a hub or event, draft or not, for an editor holding a signed preview
 * link (cms/preview/token.ts); the caller has checked the link. Related people are still read
 * as the public reads them, so a preview never shows a hidden e-mail or phone number.
 */
export async function loadPreview(collection: 'hubs' | 'events', id: number, locale: Locale): Promise<PreviewPage | null> {
  const payload = await cms()
  if (collection === 'events') {
    const event = await payload.findByID({ collection, id, locale, draft: true, overrideAccess: true, disableErrors: true, depth: 1, populate: eventHubPopulate })
    return event ? { kind: 'event', data: eventPageFrom(event as Event) } : null
  }
  const hub = await payload.findByID({ collection, id, locale, draft: true, overrideAccess: true, disableErrors: true, depth: 0 })
  if (!hub) return null
  const managerIds = (hub.communityManagers ?? []).map((m) => (typeof m === 'object' ? m.id : m))
  const [municipality, managers] = await Promise.all([
    typeof hub.municipality === 'number'
      ? payload.findByID({ collection: 'municipalities', id: hub.municipality, locale, overrideAccess: false, disableErrors: true, depth: 0, select: { name: true, slug: true } })
      : null,
    managerIds.length > 0
      ? payload.find({
          collection: 'community-managers',
          where: { id: { in: managerIds } },
          locale,
          overrideAccess: false,
          depth: 1,
          pagination: false,
          select: hubPagePopulate['community-managers'],
          populate: { media: hubPagePopulate.media },
        })
      : null,
  ])
  return { kind: 'hub', data: await hubPageFrom({ ...hub, municipality: municipality ?? hub.municipality, communityManagers: managers?.docs ?? [] } as Hub, locale) }
}

/** Where the site serves an uploaded file (site/pages/media/[file].ts). */
export const mediaPath = (file: string): string => path('media', { file }, 'sv')

const MEDIA_FILE = /^[\w][\w.-]{0,199}$/

/**
 * An uploaded file the public may see, by its stored name (the original or one of its sizes),
 * with its content type; null for anything else. The bytes are read by the caller from the
 * upload folder.
 */
export async function findPublicMediaFile(file: string): Promise<{ mimeType: string } | null> {
  if (!MEDIA_FILE.test(file) || file.includes('..')) return null
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'media',
    where: {
      or: [
        { filename: { equals: file } },
        { 'sizes.thumbnail.filename': { equals: file } },
        { 'sizes.card.filename': { equals: file } },
        { 'sizes.hero.filename': { equals: file } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  const doc = docs[0]
  if (!doc) return null
  const sized = Object.values(doc.sizes ?? {}).find((size) => size?.filename === file)
  return { mimeType: sized?.mimeType ?? doc.mimeType ?? 'application/octet-stream' }
}

/** Stores an accessibility report from the statement page's form and queues its mail. */
export async function reportAccessibilityProblem(report: ReportInput): Promise<void> {
  await submitAccessibilityReport(await cms(), report)
}

/**
 * A fingerprint of the public content pages and feeds are made from: the newest change and the
 * number of rows of every collection the site shows, and the council page. Publishing,
 * unpublishing, editing or deleting any of them changes it. One small query, so what the site
 * keeps (feeds, pages) is checked on every request.
 */
export async function contentVersion(): Promise<string> {
  const payload = await cms()
  const db = await executor(payload)
  const { rows } = await db.execute(sql`
    SELECT concat_ws('|',
      (SELECT concat(max(updated_at), ':', count(*)) FROM events),
      (SELECT concat(max(updated_at), ':', count(*)) FROM hubs),
      (SELECT concat(max(updated_at), ':', count(*)) FROM municipalities),
      (SELECT concat(max(updated_at), ':', count(*)) FROM community_managers),
      (SELECT concat(max(updated_at), ':', count(*)) FROM agencies),
      (SELECT concat(max(updated_at), ':', count(*)) FROM media),
      (SELECT max(updated_at) FROM innovation_council)) AS version`)
  return String(rows[0]?.version ?? '')
}

export type SignupOutcomeResult = { ok: true; value: SignupOutcome } | { ok: false; problem: SignupServiceProblem }

async function attemptSignup<T>(work: (payload: Payload) => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; problem: SignupServiceProblem }> {
  try {
    return { ok: true, value: await work(await cms()) }
  } catch (err) {
    if (err instanceof SignupProblem) return { ok: false, problem: err.problem }
    throw err
  }
}

/** Records a network sign-up (already validated) and mails its confirmation link. */
export function signUpToNetwork(input: SignupInput, warnings: SignupWarning[]): Promise<SignupOutcomeResult> {
  return attemptSignup((payload) => submitSignup(payload, input, warnings))
}

/** What a sign-up confirmation link points at, without using it. */
export async function loadSignupLink(token: string): Promise<LinkState> {
  return viewSignupLink(await cms(), token)
}

export function confirmSignupLink(token: string): Promise<{ ok: true; value: { agencyName: string } } | { ok: false; problem: SignupServiceProblem }> {
  return attemptSignup((payload) => confirmSignup(payload, token))
}

/* ---------------------------------------------------------------- accounts on the site */

export type SiteUser = Pick<User, 'id' | 'name' | 'email' | 'role' | 'title' | 'phone'> & {
  agency: number | null
  locale: Locale
  /** The account as Payload authenticated it for this request: what access checks run as. */
  account: User
}

const toSiteUser = (user: User): SiteUser => ({
  account: user,
  id: user.id,
  name: user.name,
  email: user.email,
  role: user.role,
  title: user.title ?? null,
  phone: user.phone ?? null,
  agency: typeof user.agency === 'object' && user.agency ? user.agency.id : (user.agency ?? null),
  locale: user.locale === 'en' ? 'en' : 'sv',
})

/** Local API options that act as this person, with their access rights (no second read of the account). */
const actingAs = (user: SiteUser) => ({ user: { ...user.account, collection: 'users' as const }, overrideAccess: false as const })

/** The user a site session token belongs to, while it is valid and they may use the site. */
export async function userFromSessionToken(token: string): Promise<SiteUser | null> {
  if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token) || token.length > 4096) return null
  const payload = await cms()
  try {
    const { user } = await payload.auth({ headers: new Headers({ authorization: `JWT ${token}` }) })
    if (!user || user.collection !== 'users' || !SITE_ROLES.includes((user as User).role)) return null
    return toSiteUser(user as User)
  } catch {
    return null
  }
}

export type LoginOutcome = { ok: true; token: string } | { ok: false; problem: 'invalid' | 'wrong-role' } | { ok: false; problem: 'throttled'; retryAfterSeconds: number }

/**
 * Logs in through Payload, throttled together with the CMS's own login (per client address
 * and per account, cms/auth/login.ts); an unknown address and a wrong password look the same
 * and take as long.
 */
export async function logInToSite(email: string, password: string, clientAddress: string): Promise<LoginOutcome> {
  const payload = await cms()
  const attempt = await throttledLogin(payload, { email, address: clientAddress }, password, async () => {
    try {
      const result = await payload.login({ collection: 'users', data: { email, password } })
      return result.token && result.user ? { token: result.token, user: result.user as User } : null
    } catch {
      return null
    }
  })
  if (attempt.outcome === 'throttled') return { ok: false, problem: 'throttled', retryAfterSeconds: attempt.retryAfterSeconds }
  if (attempt.outcome === 'failed') return { ok: false, problem: 'invalid' }
  if (!SITE_ROLES.includes(attempt.value.user.role)) {
    await endSiteSession(attempt.value.token)
    return { ok: false, problem: 'wrong-role' }
  }
  return { ok: true, token: attempt.value.token }
}

/** Ends the session the token belongs to, so the token stops working before it expires. */
export async function endSiteSession(token: string): Promise<void> {
  const payload = await cms()
  try {
    const { user } = await payload.auth({ headers: new Headers({ authorization: `JWT ${token}` }) })
    if (!user) return
    const req = await createLocalReq({ user }, payload)
    await logoutOperation({ collection: payload.collections.users, req })
  } catch {
    // An expired or unknown token has no session to end.
  }
}

/** What an e-mail change link is for, while it can be used. */
export async function loadEmailChangeLink(token: string): Promise<EmailChangeLink> {
  return emailChangeLink(await cms(), token)
}

/** Makes the e-mail change a link asks for. */
export async function confirmNewEmail(token: string): Promise<EmailChangeOutcome> {
  return confirmEmailChange(await cms(), token)
}

export async function askForPasswordReset(email: string, locale: Locale): Promise<void> {
  await requestPasswordReset(await cms(), email, locale)
}

export async function passwordLinkValid(token: string): Promise<boolean> {
  return resetTokenValid(await cms(), token)
}

/** The address a set-password link is for, while it can be used (to refuse that address as the password). */
export async function passwordLinkEmail(token: string): Promise<string | null> {
  return resetLinkEmail(await cms(), token)
}

export async function choosePassword(token: string, password: string): Promise<{ token: string } | null> {
  return setPasswordWithToken(await cms(), token, password)
}

export interface MyPageData {
  agency: { name: string; membershipStatus: string } | null
  /** Upcoming network and council events this person may see. */
  events: EventSummary[]
  /** Of those, the ones open for registration now, for the colleague form. */
  openEvents: Array<{ id: number; title: string; start: string }>
  registrations: Array<{ title: string; slug: string | null; start: string | null; status: string; token: string | null }>
  /** Colleagues this person registered (their links are the colleagues' own, so none here). */
  colleagues: Array<{ title: string; slug: string | null; start: string | null; status: string; name: string }>
  /** The secret in the person's calendar feed address. */
  calendarToken: string | null
}

/** What "my page" shows: read with the person's own access rights. */
export async function loadMyPage(user: SiteUser, locale: Locale, now = new Date()): Promise<MyPageData> {
  const payload = await cms()
  const asUser = actingAs(user)
  const agency = user.agency
    ? await payload.findByID({ collection: 'agencies', id: user.agency, depth: 0, ...asUser, select: { name: true, membershipStatus: true } }).catch(() => null)
    : null
  const events = await payload.find({
    collection: 'events',
    locale,
    where: { and: [{ audience: { in: ['network', 'council'] } }, { start: { greater_than_equal: now.toISOString() } }, { _status: { equals: 'published' } }] },
    sort: 'start',
    limit: 20,
    depth: 1,
    ...asUser,
  })
  // The person's own registrations and those they made for colleagues, through the links to
  // the account (never by address).
  const registrations = await payload.find({
    collection: 'registrations',
    where: { holder: { equals: user.id } },
    sort: '-createdAt',
    limit: 50,
    depth: 1,
    locale,
    overrideAccess: true,
    showHiddenFields: true,
  })
  const colleagues = await payload.find({
    collection: 'registrations',
    where: madeForOthers(user.id),
    sort: '-createdAt',
    limit: 50,
    depth: 1,
    locale,
    overrideAccess: true,
  })
  const eventOf = (r: { event: number | Event }) => (typeof r.event === 'object' ? r.event : null)
  return {
    agency: agency ? { name: agency.name, membershipStatus: agency.membershipStatus } : null,
    events: events.docs.map((e) => toEventSummary(e as Event)),
    openEvents: events.docs
      .filter((e) => e.registrationRequired && e.status !== 'cancelled' && e.audience === 'network')
      .map((e) => ({ id: e.id, title: e.title, start: e.start })),
    registrations: registrations.docs.map((r) => {
      const event = eventOf(r)
      return { title: event?.title ?? '', slug: event?.slug ?? null, start: event?.start ?? null, status: r.status, token: r.token ?? null }
    }),
    colleagues: colleagues.docs.map((r) => {
      const event = eventOf(r)
      return { title: event?.title ?? '', slug: event?.slug ?? null, start: event?.start ?? null, status: r.status, name: r.name }
    }),
    calendarToken: await calendarTokenOf(payload, user.id),
  }
}

/** A new calendar feed address for this person; the old one stops working. */
export async function renewMyCalendar(user: SiteUser): Promise<void> {
  await renewCalendarToken(await cms(), user.id)
}

/** The events in a person's own calendar feed, by the secret in its address; null when unknown. */
export async function loadAccountFeed(token: string, locale: Locale): Promise<{ name: string; events: FeedEvent[] } | null> {
  const feed = await accountFeedEvents(await cms(), token, locale)
  return feed && { name: feed.name, events: feed.events }
}

/** Registers someone (the person or a colleague) for an event with the person's entitlement. */
export async function registerAs(user: SiteUser, eventId: number, input: RegistrationInput): Promise<Outcome<RegisterResult>> {
  return attempt(async (payload) => {
    return register(payload, eventId, input, await entitlementOf(payload, user.account))
  })
}

/** One published event by slug as this person may see it (network and council events when entitled). */
async function publishedEventAs<T>(user: SiteUser, slug: string, locale: Locale, select?: Record<string, true>): Promise<T | null> {
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

/** One event for its calendar file as this person may see it. */
export function loadFeedEventAs(user: SiteUser, slug: string, locale: Locale): Promise<FeedEvent | null> {
  return publishedEventAs<FeedEvent>(user, slug, locale, feedEventSelect)
}

export async function myPersonalData(user: SiteUser): Promise<Record<string, unknown> | null> {
  return exportPersonalData(await cms(), user.id)
}

export async function deleteMyAccount(user: SiteUser): Promise<boolean> {
  return deleteAccount(await cms(), user.id)
}

/** A representative's application for a council seat; refusals as values. */
export async function applyToCouncil(user: SiteUser, input: CouncilInput): Promise<{ ok: true } | { ok: false; problem: CouncilApplyProblem }> {
  const payload = await cms()
  try {
    await applyForCouncil(payload, user.account, input)
    return { ok: true }
  } catch (err) {
    if (err instanceof CouncilApplyProblemError) return { ok: false, problem: err.problem }
    throw err
  }
}

/** The organisation a representative applies for: their agency's name. */
export async function agencyNameOf(user: SiteUser): Promise<string> {
  if (!user.agency) return ''
  const agency = await (await cms()).findByID({ collection: 'agencies', id: user.agency, depth: 0, overrideAccess: true }).catch(() => null)
  return agency?.name ?? ''
}

/** The council's meetings as one council member may see them, for their feed; null when they hold no seat. */
export async function councilMeetingsFor(userId: number, locale: Locale, since: Date): Promise<FeedEvent[] | null> {
  const payload = await cms()
  const user = await payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true }).catch(() => null)
  if (!user || !SITE_ROLES.includes(user.role)) return null
  const standing = await standingOf(payload, user)
  if (user.role !== 'admin' && !standing.councilMember) return null
  const result = await payload.find({
    collection: 'events',
    locale,
    where: { and: [startsOrRunsFrom(since), { audience: { equals: 'council' } }, { _status: { equals: 'published' } }] },
    sort: 'start',
    limit: 0,
    depth: 1,
    user: { ...user, collection: 'users' },
    overrideAccess: false,
    pagination: false,
    select: feedEventSelect,
    populate: { hubs: { name: true, slug: true, address: true, lat: true, lng: true } },
  })
  return result.docs as FeedEvent[]
}

/**
 * A person's calendar token as stored, without making one (the council feed's address is
 * signed with it); null when they have none or do not exist.
 */
export async function storedCalendarToken(userId: number): Promise<string | null> {
  const payload = await cms()
  const user = await payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true, select: { calendarToken: true } }).catch(() => null)
  return user?.calendarToken ?? null
}

/** Whether someone holds a council seat (and so gets the council's meeting feed). */
export async function holdsCouncilSeat(user: SiteUser): Promise<boolean> {
  const payload = await cms()
  return user.role === 'admin' || (await standingOf(payload, user.account)).councilMember
}
