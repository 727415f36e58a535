/** What the hub directory page shows for a query string: the filters, the hubs and what was ignored. */
import { AMENITY_KEYS } from '../../cms/collections/Hubs/amenities.ts'
import { listHubs, listMunicipalities, type HubSummary, type MunicipalityInfo } from './cms.ts'
import { applyHubFilters, parseHubQuery, type DirectoryEntry, type HubQuery } from './hubFilters.ts'
import type { Locale } from './i18n.ts'
import { buildPlaces, type Place } from './places.ts'

export interface HubDirectory {
  query: HubQuery
  entries: Array<DirectoryEntry<HubSummary>>
  municipalities: MunicipalityInfo[]
  /** Every place name "near" accepts, for the suggestions list. */
  placeNames: string[]
}

export async function loadHubDirectory(locale: Locale, params: URLSearchParams, now: Date): Promise<HubDirectory> {
  const [hubs, municipalities] = await Promise.all([listHubs(locale), listMunicipalities(locale)])
  const places = buildPlaces({ hubs, municipalities })
  const query = parseHubQuery(params, {
    municipalitySlugs: municipalities.map((m) => m.slug),
    amenityKeys: AMENITY_KEYS,
    places,
  })
  const placeNames = [...places.values()].map((p: Place) => p.name).sort((a, b) => a.localeCompare(b, 'sv'))
  return { query, entries: applyHubFilters(hubs, query, now), municipalities, placeNames }
}
