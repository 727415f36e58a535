/** Hubs and municipalities as the public sees them: lists, summaries, and look-ups by slug. */
import type { Where } from 'payload'
import type { CommunityManager, Hub } from '../../../cms/payload-types.ts'
import type { Locale } from '../i18n.ts'
import { sortByName } from '../sortByName.ts'
import { responsiveImage, type PublicImage, type ResponsiveImage } from './media.ts'
import { cms, populated, publicBySlug } from './payload.ts'

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
  /** The hub's first image, for its card. */
  photo: ResponsiveImage | null
}

export type PublicManager = Pick<CommunityManager, 'id' | 'name' | 'title' | 'bio' | 'email' | 'phone'> & { photo: PublicImage | null }

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
  images: true,
} as const

/** What a card's photo needs of an image. */
const cardMediaPopulate = { alt: true, filename: true, width: true, height: true, sizes: true } as const

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
    photo: responsiveImage(hub.images?.[0]?.image),
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
    populate: { municipalities: { name: true, slug: true }, media: cardMediaPopulate },
  })
  return sortByName(result.docs.map(toHubSummary))
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

export interface NamedRef {
  id: number
  name: string
}

/** A published hub's or a municipality's id and name by slug, for a feed's scope. */
export async function findBySlug(collection: 'hubs' | 'municipalities', slug: string, locale: Locale): Promise<NamedRef | null> {
  const doc = await publicBySlug(collection, slug, locale, { depth: 0, select: { name: true } })
  return doc ? { id: doc.id, name: doc.name } : null
}
