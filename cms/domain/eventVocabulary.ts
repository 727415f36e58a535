/** Event vocabularies, with labels in both languages. */
export const EVENT_TYPES = {
  meetup: { sv: 'Träff', en: 'Meetup' },
  fika: { sv: 'Fika', en: 'Fika' },
  workshop: { sv: 'Workshop', en: 'Workshop' },
  'open-house': { sv: 'Öppet hus', en: 'Open house' },
  'council-meeting': { sv: 'Innovationsrådets möte', en: 'Innovation council meeting' },
  'network-meeting': { sv: 'Nätverksmöte', en: 'Network meeting' },
} as const

export const AUDIENCES = {
  public: { sv: 'Alla', en: 'Everyone' },
  network: { sv: 'Myndighetsnätverket', en: 'Authority network' },
  council: { sv: 'Innovationsrådet', en: 'Innovation council' },
} as const

export const VENUE_KINDS = {
  hub: { sv: 'På en hubb', en: 'At a hub' },
  venue: { sv: 'Annan plats', en: 'Other venue' },
  online: { sv: 'Online', en: 'Online' },
} as const

export type EventType = keyof typeof EVENT_TYPES
export type Audience = keyof typeof AUDIENCES
