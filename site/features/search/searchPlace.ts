/**
 * A search that is a place's name ("Järpen") answers with the hubs near it as well as the
 * words' hits: the hubs' texts rarely name every village around them.
 */
import type { Gazetteer, Locality } from '../../../cms/domain/gazetteer.ts'
import { distanceKm } from '../../../cms/domain/geo.ts'

/** Longer queries are sentences, not place names. */
const MAX_PLACE_LENGTH = 60

/** Only a whole name counts: a word that starts like a place ("hammer") is a plain search. */
export function placeForQuery(q: string, gazetteer: Gazetteer): Locality | null {
  const value = q.trim()
  if (!value || value.length > MAX_PLACE_LENGTH || /\d/.test(value)) return null
  return gazetteer.exact(value)
}

export function nearestHubs<H extends { lat: number | null; lng: number | null }>(
  place: { lat: number; lng: number },
  hubs: readonly H[],
  count: number,
): Array<{ hub: H; distanceKm: number }> {
  return hubs
    .flatMap((hub) => (hub.lat != null && hub.lng != null ? [{ hub, distanceKm: distanceKm(place, { lat: hub.lat, lng: hub.lng }) }] : []))
    .sort((a, b) => a.distanceKm - b.distanceKm)
    .slice(0, count)
}
