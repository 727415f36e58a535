/** Which amenities a hub directory entry shows first: what decides whether a hub works for you. */
import { AMENITIES, AMENITY_KEYS, type Amenity } from '../../../cms/domain/amenities.ts'
import type { Locale } from '../../lib/i18n.ts'

const KEY_ORDER: Amenity[] = [
  'step-free-access',
  'wifi',
  'quiet-room',
  'meeting-room',
  'video-conferencing',
  'access-24-7',
  'public-transport',
  'parking',
]

/** Up to `max` of the hub's amenities, the most decisive ones first. */
export function keyAmenities(amenities: ReadonlyArray<string> | null | undefined, max = 4): Amenity[] {
  const own = new Set(amenities ?? [])
  const rest = AMENITY_KEYS.filter((key) => !KEY_ORDER.includes(key))
  return [...KEY_ORDER, ...rest].filter((key) => own.has(key)).slice(0, max)
}

/** All of the hub's known amenities in the CMS's order; unknown keys are dropped. */
export function sortedAmenities(amenities: ReadonlyArray<string> | null | undefined): Amenity[] {
  const own = new Set(amenities ?? [])
  return AMENITY_KEYS.filter((key) => own.has(key))
}

export const amenityLabel = (key: Amenity, locale: Locale): string => AMENITIES[key][locale]
