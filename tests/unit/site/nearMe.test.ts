import { describe, expect, it } from 'vitest'
import { positionText } from '../../../site/features/hubs/nearMe.ts'
import { parseCoordinates } from '../../../site/features/hubs/places.ts'

describe('near me', () => {
  it('writes the browser position as coordinates the directory reads back', () => {
    const text = positionText({ latitude: 63.179212345, longitude: 14.635661234 })
    expect(text).toBe('63.1792, 14.6357')
    expect(parseCoordinates(text)).toEqual({ kind: 'coordinates', position: { lat: 63.1792, lng: 14.6357 } })
  })
})
