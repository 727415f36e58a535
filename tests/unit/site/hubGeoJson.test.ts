import { describe, expect, it } from 'vitest'
import { hubFeatureCollection, type HubForGeoJson } from '../../../site/features/hubs/hubGeoJson.ts'

function buildHub(overrides: Partial<HubForGeoJson> = {}): HubForGeoJson {
  return {
    name: 'Fjällhubben',
    slug: 'fjallhubben',
    municipality: { name: 'Härjedalen' },
    locality: 'Funäsdalen',
    street: 'Rörosvägen 1',
    postalCode: '840 95',
    amenities: ['wifi', 'quiet-room'],
    desks: 19,
    dayPassPriceSek: 100,
    lat: 62.543,
    lng: 12.547,
    ...overrides,
  }
}

const urlOf = (slug: string) => `https://example.se/hubbar/${slug}`

describe('hubFeatureCollection', () => {
  it('is a FeatureCollection of Point features', () => {
    const collection = hubFeatureCollection([buildHub(), buildHub({ slug: 'b', name: 'B' })], urlOf)
    expect(collection.type).toBe('FeatureCollection')
    expect(collection.features).toHaveLength(2)
    expect(collection.features.every((f) => f.type === 'Feature' && f.geometry?.type === 'Point')).toBe(true)
  })

  it('puts longitude before latitude, as RFC 7946 requires', () => {
    const [feature] = hubFeatureCollection([buildHub()], urlOf).features
    expect(feature.geometry?.coordinates).toEqual([12.547, 62.543])
  })

  it('carries exactly the public properties', () => {
    const [feature] = hubFeatureCollection([buildHub()], urlOf).features
    expect(feature.id).toBe('fjallhubben')
    expect(feature.properties).toEqual({
      name: 'Fjällhubben',
      slug: 'fjallhubben',
      url: 'https://example.se/hubbar/fjallhubben',
      municipality: 'Härjedalen',
      locality: 'Funäsdalen',
      address: 'Rörosvägen 1, 840 95 Funäsdalen',
      amenities: ['wifi', 'quiet-room'],
      desks: 19,
      dayPassPriceSek: 100,
    })
  })

  it('gives a hub without a position a null geometry instead of a made-up point', () => {
    const [feature] = hubFeatureCollection([buildHub({ lat: null, lng: null })], urlOf).features
    expect(feature.geometry).toBeNull()
  })

  it('is an empty collection when there are no hubs', () => {
    expect(hubFeatureCollection([], urlOf)).toEqual({ type: 'FeatureCollection', features: [] })
  })
})
