import { expect, test } from 'vitest'
import { AMENITY_KEYS } from '../../../cms/domain/amenities.ts'
import { AMENITY_ICONS } from '../../../site/features/hubs/amenityIcons.ts'

test('every amenity has an icon made of valid path commands, and no icon is unused', () => {
  expect(Object.keys(AMENITY_ICONS).sort()).toEqual([...AMENITY_KEYS].sort())
  for (const [key, paths] of Object.entries(AMENITY_ICONS)) {
    expect(paths.length, key).toBeGreaterThan(0)
    for (const d of paths) expect(d, key).toMatch(/^M[\d\s.,MLHVCSQTAZmlhvcsqtaz-]+$/)
  }
})
