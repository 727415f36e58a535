/**
 * The project's own line icons for amenities (24 × 24, drawn with strokes in the text colour).
 * They sit beside the text, never instead of it, so they are hidden from assistive technology.
 */
import type { Amenity } from '../../../cms/domain/amenities.ts'

export const AMENITY_ICONS: Record<Amenity, readonly string[]> = {
  'height-adjustable-desks': ['M3 11h18', 'M6 11v9', 'M18 11v9', 'M12 2v6', 'M9.5 4.5 12 2l2.5 2.5', 'M9.5 5.5 12 8l2.5-2.5'],
  'quiet-room': ['M4 9h4l5-4v14l-5-4H4z', 'M17 9l4 6', 'M21 9l-4 6'],
  'meeting-room': ['M5 7a2 2 0 1 0 4 0a2 2 0 1 0-4 0', 'M15 7a2 2 0 1 0 4 0a2 2 0 1 0-4 0', 'M3 13h18', 'M7 13v7', 'M17 13v7'],
  'phone-booth': ['M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z'],
  kitchen: ['M4 9h12v5a5 5 0 0 1-5 5H9a5 5 0 0 1-5-5z', 'M16 10h2a2 2 0 0 1 0 4h-2', 'M8 3v3', 'M12 3v3', 'M3 21h14'],
  wifi: ['M2 9a15 15 0 0 1 20 0', 'M5 12.5a10 10 0 0 1 14 0', 'M8.5 16a5 5 0 0 1 7 0', 'M12 19.5h.01'],
  printer: ['M6 9V3h12v6', 'M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2', 'M6 14h12v7H6z'],
  parking: ['M5 3h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z', 'M9 17V7h4a3 3 0 0 1 0 6H9'],
  'ev-charging': ['M13 2 5 14h6l-1 8 8-12h-6z'],
  'step-free-access': ['M11 4a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0', 'M12.5 7v6h4.5l2 5', 'M9 10a6 6 0 1 0 7.5 8'],
  'public-transport': ['M6 3h12a2 2 0 0 1 2 2v12H4V5a2 2 0 0 1 2-2z', 'M4 11h16', 'M7 17v3', 'M17 17v3', 'M8 14h.01', 'M16 14h.01'],
  'access-24-7': ['M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0', 'M12 7v5l3 2'],
  'video-conferencing': ['M3 7h12v10H3z', 'M15 10l6-3v10l-6-3'],
}
