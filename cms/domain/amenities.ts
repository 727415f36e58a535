/** The amenities a hub can offer, with their labels in both languages. */
export const AMENITIES = {
  'height-adjustable-desks': { sv: 'Höj- och sänkbara skrivbord', en: 'Height-adjustable desks' },
  'quiet-room': { sv: 'Tyst rum', en: 'Quiet room' },
  'meeting-room': { sv: 'Mötesrum', en: 'Meeting room' },
  'phone-booth': { sv: 'Telefonbås', en: 'Phone booth' },
  kitchen: { sv: 'Kök / lunchrum', en: 'Kitchen / lunch room' },
  wifi: { sv: 'Wifi', en: 'Wi-Fi' },
  printer: { sv: 'Skrivare', en: 'Printer' },
  parking: { sv: 'Parkering', en: 'Parking' },
  'ev-charging': { sv: 'Laddning för elbil', en: 'EV charging' },
  'step-free-access': { sv: 'Tillgänglig entré utan trappsteg', en: 'Step-free access' },
  'public-transport': { sv: 'Nära kollektivtrafik', en: 'Public transport nearby' },
  'access-24-7': { sv: 'Tillgång dygnet runt', en: '24/7 access' },
  'video-conferencing': { sv: 'Utrustning för videomöten', en: 'Video conferencing' },
} as const

export type Amenity = keyof typeof AMENITIES
export const AMENITY_KEYS = Object.keys(AMENITIES) as Amenity[]
