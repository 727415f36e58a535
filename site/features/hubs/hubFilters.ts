/**
 * The hub directory's filters: read from the query string, checked against what exists, and
 * applied to the list. Whatever the query holds, parsing never throws: what cannot be used is
 * ignored and reported, so the page can say so and still answer 200.
 */
import type { DateTime } from 'luxon'
import { distanceKm } from '../../../cms/domain/geo.ts'
import { openingStatus, type OpeningScheduleInput, type OpeningStatus } from '../../../cms/domain/openingSchedule.ts'
import type { Locale } from '../../lib/i18n.ts'
import { describeNearText, type Gazetteer } from '../../../cms/domain/gazetteer.ts'
import { parseCoordinates, placeKey, type Place } from './places.ts'

/** The query parameters the form sends; the same names in both languages, as /api/search uses. */
export const FILTER_PARAMS = { municipality: 'municipality', amenity: 'amenity', open: 'open', near: 'near' } as const

/** Longer values are nobody's real input; they are ignored without being looked at. */
export const MAX_VALUE_LENGTH = 100
/** Enough for every amenity and a few mistakes; the rest of a flood of parameters is not read. */
const MAX_PARAMS = 50
const MAX_REPORTED = 8

export type IgnoredKind =
  | 'municipality'
  | 'amenity'
  | 'open'
  | 'coordinates-invalid'
  | 'coordinates-range'
  | 'place'
  | 'postcode'
  | 'address'
  | 'too-long'
  | 'parameter'
  | 'too-many'

export interface Ignored {
  kind: IgnoredKind
  /** The offending value or parameter name, shortened for display. */
  value: string
}

export interface HubQuery {
  municipality: string | null
  amenities: string[]
  openNow: boolean
  near: Place | null
  /** What the visitor typed in "near" (a found place's proper name), echoed back into the form. */
  nearText: string
  ignored: Ignored[]
}

export interface FilterVocabulary {
  municipalitySlugs: ReadonlyArray<string>
  amenityKeys: ReadonlyArray<string>
  places: ReadonlyMap<string, Place>
  /** Swedish localities beyond the hubs' own places, when "near" needs them (loaded lazily). */
  gazetteer?: Gazetteer | null
}

export const EMPTY_QUERY: HubQuery = { municipality: null, amenities: [], openNow: false, near: null, nearText: '', ignored: [] }

/** Shortened and stripped of control characters, so a message never echoes a wall of junk. */
export function displayValue(value: string): string {
  const clean = value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim()
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean
}

export function parseHubQuery(params: URLSearchParams, vocabulary: FilterVocabulary): HubQuery {
  const query: HubQuery = { ...EMPTY_QUERY, amenities: [], ignored: [] }
  const ignore = (kind: IgnoredKind, value: string) => {
    if (query.ignored.length < MAX_REPORTED && !query.ignored.some((i) => i.kind === kind && i.value === displayValue(value))) {
      query.ignored.push({ kind, value: displayValue(value) })
    }
  }
  let count = 0
  for (const [name, rawValue] of params) {
    if (++count > MAX_PARAMS) {
      ignore('too-many', '')
      break
    }
    const value = rawValue.trim()
    if (name.length > MAX_VALUE_LENGTH || value.length > MAX_VALUE_LENGTH) {
      ignore('too-long', name)
      continue
    }
    switch (name) {
      case FILTER_PARAMS.municipality:
        // An empty value is the form's "all municipalities".
        if (value === '') break
        if (vocabulary.municipalitySlugs.includes(value) && query.municipality === null) query.municipality = value
        else if (value !== query.municipality) ignore('municipality', value)
        break
      case FILTER_PARAMS.amenity:
        if (value === '') break
        if (!vocabulary.amenityKeys.includes(value)) ignore('amenity', value)
        else if (!query.amenities.includes(value)) query.amenities.push(value)
        break
      case FILTER_PARAMS.open:
        if (value === '1' || value === 'on' || value === 'true') query.openNow = true
        else if (value !== '' && value !== '0') ignore('open', value)
        break
      case FILTER_PARAMS.near:
        if (value === '' || query.near) break
        readNear(value, vocabulary, query, ignore)
        break
      default:
        ignore('parameter', name)
    }
  }
  return query
}

function readNear(value: string, vocabulary: FilterVocabulary, query: HubQuery, ignore: (kind: IgnoredKind, value: string) => void) {
  // Echoed back so the visitor can correct it; values over MAX_VALUE_LENGTH never get here.
  query.nearText = value
  // A postcode ("831 32") is two numbers too: it is read before coordinates.
  const meaning = vocabulary.gazetteer ? describeNearText(value, vocabulary.gazetteer) : null
  const coordinates = meaning ? null : parseCoordinates(value)
  const hubPlace = vocabulary.places.get(placeKey(value))
  if (hubPlace) {
    // A hub's own locality wins over a GeoNames place of the same name.
    query.near = hubPlace
    query.nearText = hubPlace.name
  } else if (meaning?.kind === 'place') {
    query.near = { name: meaning.place.name, lat: meaning.place.lat, lng: meaning.place.lng }
    query.nearText = meaning.place.name
  } else if (meaning?.kind === 'postcode-unknown') {
    ignore('postcode', value)
  } else if (meaning?.kind === 'address') {
    ignore('address', value)
  } else if (coordinates?.kind === 'coordinates') {
    query.near = { name: `${coordinates.position.lat}, ${coordinates.position.lng}`, ...coordinates.position }
  } else if (coordinates?.kind === 'invalid') {
    ignore('coordinates-invalid', value)
  } else if (coordinates?.kind === 'out-of-range') {
    ignore('coordinates-range', value)
  } else {
    ignore('place', value)
  }
}

export interface FilterableHub extends OpeningScheduleInput {
  name: string
  municipality: { slug: string } | null
  amenities: ReadonlyArray<string>
  lat: number | null
  lng: number | null
}

export interface DirectoryEntry<H> {
  hub: H
  status: OpeningStatus
  /** Set when sorting by a place; null for a hub without a position. */
  distanceKm: number | null
}

/**
 * The hubs that match every filter. Sorted by distance from the place when one is given
 * (hubs without a position last), otherwise in the order given.
 */
export function applyHubFilters<H extends FilterableHub>(
  hubs: ReadonlyArray<H>,
  query: HubQuery,
  now: Date | DateTime = new Date(),
): Array<DirectoryEntry<H>> {
  const entries = hubs
    .filter((hub) => !query.municipality || hub.municipality?.slug === query.municipality)
    .filter((hub) => query.amenities.every((a) => hub.amenities.includes(a)))
    .map((hub) => ({
      hub,
      status: openingStatus(hub, now),
      distanceKm: query.near && hub.lat != null && hub.lng != null ? distanceKm(query.near, { lat: hub.lat, lng: hub.lng }) : null,
    }))
    .filter((entry) => !query.openNow || entry.status.state === 'open')
  if (!query.near) return entries
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.distanceKm ?? Infinity) - (b.entry.distanceKm ?? Infinity) || a.index - b.index)
    .map(({ entry }) => entry)
}

/** The usable part of a query as parameters again: what is ignored is not carried along. */
export function queryString(query: HubQuery): Array<[string, string]> {
  const params: Array<[string, string]> = []
  if (query.municipality) params.push([FILTER_PARAMS.municipality, query.municipality])
  for (const amenity of query.amenities) params.push([FILTER_PARAMS.amenity, amenity])
  if (query.openNow) params.push([FILTER_PARAMS.open, '1'])
  if (query.near) params.push([FILTER_PARAMS.near, query.nearText])
  return params
}

export const hasActiveFilters = (query: HubQuery): boolean =>
  Boolean(query.municipality || query.amenities.length > 0 || query.openNow || query.near)

const IGNORED_TEXT: Record<Locale, Record<IgnoredKind, (value: string) => string>> = {
  sv: {
    municipality: (v) => `Kommunen ”${v}” finns inte i länet.`,
    amenity: (v) => `Faciliteten ”${v}” känner vi inte till.`,
    open: (v) => `Värdet ”${v}” för ”öppet nu” förstod vi inte.`,
    'coordinates-invalid': (v) => `”${v}” är inte koordinater vi kan läsa. Skriv latitud och longitud, till exempel 63.18, 14.64.`,
    'coordinates-range': (v) => `Koordinaterna ”${v}” ligger utanför jorden: latitud −90 till 90, longitud −180 till 180.`,
    place: (v) => `Platsen ”${v}” hittar vi inte. Skriv en ort eller kommun i länet, eller koordinater.`,
    postcode: (v) => `Postnumret ”${v}” känner vi inte till. Skriv ortens namn i stället, till exempel Järpen.`,
    address: (v) => `Gatuadresser som ”${v}” förstår vi inte. Skriv en ort, ett postnummer eller koordinater.`,
    'too-long': (v) => `Ett för långt värde${v ? ` i ”${v}”` : ''} ignorerades.`,
    parameter: (v) => `Parametern ”${v}” används inte här.`,
    'too-many': () => 'Adressen hade för många parametrar; resten lästes inte.',
  },
  en: {
    municipality: (v) => `There is no municipality “${v}” in the county.`,
    amenity: (v) => `We do not know the amenity “${v}”.`,
    open: (v) => `We did not understand the value “${v}” for “open now”.`,
    'coordinates-invalid': (v) => `“${v}” are not coordinates we can read. Give latitude and longitude, for example 63.18, 14.64.`,
    'coordinates-range': (v) => `The coordinates “${v}” are off the globe: latitude −90 to 90, longitude −180 to 180.`,
    place: (v) => `We cannot find the place “${v}”. Give a locality or municipality in the county, or coordinates.`,
    postcode: (v) => `We do not know the postcode “${v}”. Give the place's name instead, for example Järpen.`,
    address: (v) => `We do not understand street addresses such as “${v}”. Give a place, a postcode or coordinates.`,
    'too-long': (v) => `A value that was too long${v ? ` in “${v}”` : ''} was ignored.`,
    parameter: (v) => `The parameter “${v}” is not used here.`,
    'too-many': () => 'The address had too many parameters; the rest were not read.',
  },
}

/** One sentence per ignored part of the query, in the page's language. */
export function ignoredMessages(ignored: ReadonlyArray<Ignored>, locale: Locale): string[] {
  return ignored.map((item) => IGNORED_TEXT[locale][item.kind](item.value))
}
