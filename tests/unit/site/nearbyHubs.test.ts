import { describe, expect, it } from 'vitest'
import { nearbyHubs } from '../../../site/features/hubs/nearbyHubs.ts'

const hubs = [
  { slug: 'brunflo', lat: 63.075, lng: 14.826 },
  { slug: 'samverket', lat: 63.176, lng: 14.636 },
  { slug: 'fjallhubben', lat: 62.543, lng: 12.547 },
  { slug: 'as-torsta', lat: 63.253, lng: 14.56 },
  { slug: 'utan-plats', lat: null, lng: null },
  { slug: 'gomorron-ostersund', lat: 63.179, lng: 14.64 },
]

describe('nearbyHubs', () => {
  it('gives the three nearest other hubs, nearest first, with their distances', () => {
    const near = nearbyHubs(hubs[1], hubs)
    expect(near.map((n) => n.hub.slug)).toEqual(['gomorron-ostersund', 'as-torsta', 'brunflo'])
    expect(near[0].distanceKm).toBeLessThan(1)
    expect(near[1].distanceKm).toBeLessThan(near[2].distanceKm)
  })

  it('never lists the hub itself or hubs without a position', () => {
    const near = nearbyHubs(hubs[0], hubs, 10)
    expect(near.map((n) => n.hub.slug)).not.toContain('brunflo')
    expect(near.map((n) => n.hub.slug)).not.toContain('utan-plats')
    expect(near).toHaveLength(4)
  })

  it('gives nothing for a hub without a position', () => {
    expect(nearbyHubs(hubs[4], hubs)).toEqual([])
  })
})
