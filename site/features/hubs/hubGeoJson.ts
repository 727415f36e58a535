/**
 * The published hubs as an RFC 7946 GeoJSON FeatureCollection for /oppna-data/hubbar.geojson.
 * Positions are [longitude, latitude], in that order, as the RFC requires. Only public fields.
 */
export interface HubForGeoJson {
  name: string
  slug: string
  municipality: { name: string } | null
  locality: string | null
  street: string | null
  postalCode: string | null
  amenities: ReadonlyArray<string>
  desks: number | null
  dayPassPriceSek: number | null
  lat: number | null
  lng: number | null
}

export interface HubFeature {
  type: 'Feature'
  id: string
  geometry: { type: 'Point'; coordinates: [number, number] } | null
  properties: {
    name: string
    slug: string
    url: string
    municipality: string | null
    locality: string | null
    address: string | null
    amenities: string[]
    desks: number | null
    dayPassPriceSek: number | null
  }
}

export interface HubFeatureCollection {
  type: 'FeatureCollection'
  features: HubFeature[]
}

/** "Storgatan 1, 831 30 Östersund": one line, as most GIS tools show an address column. */
function addressLine(hub: HubForGeoJson): string | null {
  const place = [hub.postalCode, hub.locality].filter(Boolean).join(' ')
  const line = [hub.street, place].filter(Boolean).join(', ')
  return line || null
}

export function hubFeatureCollection(hubs: ReadonlyArray<HubForGeoJson>, urlOf: (slug: string) => string): HubFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: hubs.map((hub) => ({
      type: 'Feature',
      id: hub.slug,
      // RFC 7946 allows a null geometry for a feature without a position.
      geometry: hub.lat != null && hub.lng != null ? { type: 'Point', coordinates: [hub.lng, hub.lat] } : null,
      properties: {
        name: hub.name,
        slug: hub.slug,
        url: urlOf(hub.slug),
        municipality: hub.municipality?.name ?? null,
        locality: hub.locality,
        address: addressLine(hub),
        amenities: [...hub.amenities],
        desks: hub.desks,
        dayPassPriceSek: hub.dayPassPriceSek,
      },
    })),
  }
}
