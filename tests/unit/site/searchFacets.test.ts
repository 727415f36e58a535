import { describe, expect, it } from 'vitest'
import { facetChoice, withCount } from '../../../site/features/search/searchFacets.ts'

// "fika": five events in two municipalities, no hubs.
const onlyEvents = { type: { event: 5 }, municipality: { are: 3, ostersund: 2 }, amenity: {}, eventType: { fika: 5 } }

describe('the search form’s facet choices', () => {
  it('hide what nothing matches and count the rest', () => {
    expect(facetChoice(onlyEvents, 'amenity', 'wifi', [])).toEqual({ visible: false, count: null })
    expect(facetChoice(onlyEvents, 'type', 'hub', [])).toEqual({ visible: false, count: null })
    expect(facetChoice(onlyEvents, 'type', 'event', [])).toEqual({ visible: true, count: 5 })
    expect(facetChoice(onlyEvents, 'municipality', 'berg', [])).toEqual({ visible: false, count: null })
    expect(facetChoice(onlyEvents, 'municipality', 'are', [])).toEqual({ visible: true, count: 3 })
  })

  it('keep a chosen value in sight even when nothing matches it, so it can be unchosen', () => {
    expect(facetChoice(onlyEvents, 'amenity', 'wifi', ['wifi'])).toEqual({ visible: true, count: 0 })
  })

  it('show the other values of a one-choice group without a count, which the results cannot tell', () => {
    const hereOnly = { ...onlyEvents, municipality: { are: 3 } }
    expect(facetChoice(hereOnly, 'municipality', 'are', ['are'])).toEqual({ visible: true, count: 3 })
    expect(facetChoice(hereOnly, 'municipality', 'berg', ['are'])).toEqual({ visible: true, count: null })
    expect(facetChoice(onlyEvents, 'type', 'hub', ['event'])).toEqual({ visible: true, count: null })
  })

  it('narrow amenities as they add up: another amenity shows what choosing it too would find', () => {
    const withWifi = { type: { hub: 4 }, municipality: {}, amenity: { wifi: 4, parking: 2 }, eventType: {} }
    expect(facetChoice(withWifi, 'amenity', 'parking', ['wifi'])).toEqual({ visible: true, count: 2 })
    expect(facetChoice(withWifi, 'amenity', 'sauna', ['wifi'])).toEqual({ visible: false, count: null })
  })

  it('write the count after the label, or the label alone', () => {
    expect(withCount('Åre', { visible: true, count: 3 })).toBe('Åre (3)')
    expect(withCount('Berg', { visible: true, count: null })).toBe('Berg')
  })
})
