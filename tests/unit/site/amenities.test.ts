import { describe, expect, it } from 'vitest'
import { amenityLabel, keyAmenities, sortedAmenities } from '../../../site/features/hubs/amenities.ts'

describe('keyAmenities', () => {
  it('puts the most decisive amenities first and stops at the maximum', () => {
    expect(keyAmenities(['kitchen', 'wifi', 'printer', 'step-free-access', 'quiet-room', 'parking'])).toEqual([
      'step-free-access',
      'wifi',
      'quiet-room',
      'parking',
    ])
  })

  it('fills up with the remaining amenities when there are few key ones', () => {
    expect(keyAmenities(['printer', 'kitchen'])).toEqual(['kitchen', 'printer'])
  })

  it('drops keys the CMS does not know', () => {
    expect(keyAmenities(['sauna', 'wifi'])).toEqual(['wifi'])
  })

  it('gives nothing for a hub without amenities', () => {
    expect(keyAmenities(null)).toEqual([])
  })
})

describe('sortedAmenities', () => {
  it('lists all of a hub’s amenities in the CMS’s order', () => {
    expect(sortedAmenities(['wifi', 'height-adjustable-desks', 'kitchen'])).toEqual(['height-adjustable-desks', 'kitchen', 'wifi'])
  })
})

describe('amenityLabel', () => {
  it('labels an amenity in both languages', () => {
    expect(amenityLabel('quiet-room', 'sv')).toBe('Tyst rum')
    expect(amenityLabel('quiet-room', 'en')).toBe('Quiet room')
  })
})
