import { describe, expect, it } from 'vitest'
import boundaries from '../../../site/data/municipalities.geo.json' with { type: 'json' }
import { buildCountyMap, type BoundaryFeature } from '../../../site/features/municipalities/countyMap.ts'

const map = buildCountyMap(boundaries.features as unknown as BoundaryFeature[])

describe('the county map', () => {
  it('draws all eight municipalities as closed paths', () => {
    expect(map.areas.map((a) => a.name).sort()).toEqual(['Berg', 'Bräcke', 'Härjedalen', 'Krokom', 'Ragunda', 'Strömsund', 'Åre', 'Östersund'])
    for (const area of map.areas) expect(area.d).toMatch(/^M[\d. L]+Z(M[\d. L]+Z)*$/)
  })

  it('puts east to the right and north at the top', () => {
    const ostersund = map.project(63.18, 14.64)
    const funasdalen = map.project(62.54, 12.55)
    const stromsund = map.project(63.85, 15.55)
    expect(ostersund.x).toBeGreaterThan(funasdalen.x)
    expect(stromsund.y).toBeLessThan(ostersund.y)
  })

  it('keeps every hub of the county inside the drawing', () => {
    for (const [lat, lng] of [[62.543, 12.547], [63.168, 15.601], [63.69, 15.08], [63.399, 13.081]]) {
      const { x, y } = map.project(lat, lng)
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThanOrEqual(map.width)
      expect(y).toBeGreaterThanOrEqual(0)
      expect(y).toBeLessThanOrEqual(map.height)
    }
  })

  it('keeps the county’s proportions: taller than wide', () => {
    expect(map.height).toBeGreaterThan(map.width)
  })

  it('places each label inside the drawing', () => {
    for (const { label } of map.areas) {
      expect(label.x).toBeGreaterThan(0)
      expect(label.y).toBeGreaterThan(0)
      expect(label.x).toBeLessThan(map.width)
      expect(label.y).toBeLessThan(map.height)
    }
  })
})
