/** The hubs closest to a given one, for "other hubs nearby" on a hub page. */
import { distanceKm } from '../../../cms/domain/geo.ts'

interface Positioned {
  slug: string
  lat: number | null
  lng: number | null
}

export interface NearbyHub<H> {
  hub: H
  distanceKm: number
}

/** Up to `count` other hubs with a position, nearest first; none when the hub itself has no position. */
export function nearbyHubs<H extends Positioned>(from: Positioned, hubs: ReadonlyArray<H>, count = 3): Array<NearbyHub<H>> {
  if (from.lat == null || from.lng == null) return []
  const origin = { lat: from.lat, lng: from.lng }
  return hubs
    .filter((hub) => hub.slug !== from.slug && hub.lat != null && hub.lng != null)
    .map((hub) => ({ hub, distanceKm: distanceKm(origin, { lat: hub.lat!, lng: hub.lng! }) }))
    .sort((a, b) => a.distanceKm - b.distanceKm)
    .slice(0, count)
}
