import { describe, expect, it } from 'vitest'
import { nearestHubs, placeForQuery } from '../../../site/features/search/searchPlace.ts'
import { swedishGazetteer } from '../../../site/features/hubs/swedishPlaces.ts'

describe('a search for a place name', () => {
  it('is recognised whole, with or without accents', async () => {
    const gazetteer = await swedishGazetteer()
    expect(placeForQuery('Järpen', gazetteer)?.name).toBe('Järpen')
    expect(placeForQuery(' jarpen ', gazetteer)?.name).toBe('Järpen')
    expect(placeForQuery('Hallen', gazetteer)?.name).toBe('Hallen')
  })

  it('is not guessed from the start of a word or from other searches', async () => {
    const gazetteer = await swedishGazetteer()
    expect(placeForQuery('Hammer', gazetteer)).toBeNull()
    expect(placeForQuery('wifi', gazetteer)).toBeNull()
    expect(placeForQuery('', gazetteer)).toBeNull()
  })

  it('lists the nearest hubs with a position, nearest first', () => {
    const hubs = [
      { name: 'Far', lat: 62.03, lng: 14.36 },
      { name: 'None', lat: null, lng: null },
      { name: 'Near', lat: 63.35, lng: 13.47 },
      { name: 'Middle', lat: 63.18, lng: 14.64 },
    ]
    const near = nearestHubs({ lat: 63.3462, lng: 13.4657 }, hubs, 2)
    expect(near.map((e) => e.hub.name)).toEqual(['Near', 'Middle'])
    expect(near[0].distanceKm).toBeLessThan(1)
  })
})
