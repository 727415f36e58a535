import { describe, expect, test } from 'vitest'
import { distanceKm, isLatitude, isLongitude } from '../../../cms/domain/geo.ts'

const OSTERSUND = { lat: 63.1792, lng: 14.6357 }
const ARE = { lat: 63.399, lng: 13.0815 }

describe('isLatitude', () => {
  test.each([-90, 0, 63.1792, 90])('accepts %d', (value) => {
    expect(isLatitude(value)).toBe(true)
  })
  test.each([
    ['200', 200],
    ['-90.0001', -90.0001],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['the string "63.2"', '63.2'],
    ['null', null],
  ])('rejects %s', (_, value) => {
    expect(isLatitude(value)).toBe(false)
  })
})

describe('isLongitude', () => {
  test.each([-180, 0, 14.6357, 180])('accepts %d', (value) => {
    expect(isLongitude(value)).toBe(true)
  })
  test.each([
    ['500', 500],
    ['-180.5', -180.5],
    ['NaN', Number.NaN],
    ['undefined', undefined],
  ])('rejects %s', (_, value) => {
    expect(isLongitude(value)).toBe(false)
  })
})

describe('distanceKm', () => {
  test('puts Östersund and Åre 80–100 km apart as the crow flies', () => {
    const km = distanceKm(OSTERSUND, ARE)
    expect(km).toBeGreaterThan(80)
    expect(km).toBeLessThan(100)
  })

  test('is zero from a place to itself', () => {
    expect(distanceKm(OSTERSUND, OSTERSUND)).toBe(0)
  })

  test('is the same in both directions', () => {
    expect(distanceKm(OSTERSUND, ARE)).toBeCloseTo(distanceKm(ARE, OSTERSUND), 9)
  })

  test('measures one degree of latitude as about 111 km', () => {
    expect(distanceKm({ lat: 63, lng: 14 }, { lat: 64, lng: 14 })).toBeCloseTo(111.2, 0)
  })

  test('measures half the earth’s circumference between antipodes on the equator', () => {
    expect(distanceKm({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(Math.PI * 6371.0088, 3)
  })
})
