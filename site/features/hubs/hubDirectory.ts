/** What the hub directory page shows for a query string: the filters, the hubs and what was ignored. */
import { AMENITY_KEYS } from '../../../cms/domain/amenities.ts'
import { listHubs, listMunicipalities, type HubSummary, type MunicipalityInfo } from '../../lib/cms.ts'
import { applyHubFilters, FILTER_PARAMS, parseHubQuery, type DirectoryEntry, type HubQuery } from './hubFilters.ts'
import type { Locale } from '../../lib/i18n.ts'
import { buildPlaces, type Place } from './places.ts'
import { compareCommute, type CommuteComparison } from './commute.ts'
import { swedishGazetteer } from './swedishPlaces.ts'

export interface HubDirectory {
  query: HubQuery
  entries: Array<DirectoryEntry<HubSummary>>
  municipalities: MunicipalityInfo[]
  /** Every place name "near" accepts, for the suggestions list. */
  placeNames: string[]
  /** With a place to sort by: commuting from it to Östersund against working at the nearest hub. */
  commute: CommuteComparison<HubSummary> | null
}

export async function loadHubDirectory(locale: Locale, params: URLSearchParams, now: Date): Promise<HubDirectory> {
  const [hubs, municipalities] = await Promise.all([listHubs(locale), listMunicipalities(locale)])
  const places = buildPlaces({ hubs, municipalities })
  // The gazetteer is read only when a visitor asks for "near", so the plain list stays as fast.
  const gazetteer = params.get(FILTER_PARAMS.near)?.trim() ? await swedishGazetteer() : null
  const query = parseHubQuery(params, {
    municipalitySlugs: municipalities.map((m) => m.slug),
    amenityKeys: AMENITY_KEYS,
    places,
    gazetteer,
  })
  const placeNames = [...places.values()].map((p: Place) => p.name).sort((a, b) => a.localeCompare(b, 'sv'))
  const commute = query.near ? compareCommute(query.near, hubs) : null
  return { query, entries: applyHubFilters(hubs, query, now), municipalities, placeNames, commute }
}
