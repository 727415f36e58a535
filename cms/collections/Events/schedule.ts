/** Pure checks on an event's time and place, shared by field validation and tests. */
export function endsAfterStart(start: unknown, end: unknown): boolean {
  const s = new Date(start as string).getTime()
  const e = new Date(end as string).getTime()
  return Number.isFinite(s) && Number.isFinite(e) && e > s
}

export interface VenueInput {
  venueKind?: string | null
  hub?: unknown
  venueName?: string | null
  onlineUrl?: string | null
}

/** Which field is missing for the chosen kind of venue, or null when the place is complete. */
export function missingVenueField(input: VenueInput): 'hub' | 'venueName' | 'onlineUrl' | null {
  switch (input.venueKind ?? 'hub') {
    case 'hub':
      return input.hub == null || input.hub === '' ? 'hub' : null
    case 'venue':
      return input.venueName ? null : 'venueName'
    case 'online':
      return input.onlineUrl ? null : 'onlineUrl'
    default:
      return 'hub'
  }
}

/** What a registrant must hear about: when and where. */
const WHEN_AND_WHERE = ['start', 'end', 'venueKind', 'venueName', 'onlineUrl'] as const
/** Whether an event moved in time or place between two versions; its hub counts by id, populated or not. */
export function timeOrPlaceChanged(before: Record<string, unknown>, after: Record<string, unknown>): boolean {
  const id = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)
  const same = (a: unknown, b: unknown) => (a instanceof Date || b instanceof Date ? new Date(a as string).getTime() === new Date(b as string).getTime() : (a ?? null) === (b ?? null))
  return WHEN_AND_WHERE.some((field) => !same(before[field], after[field])) || id(before.hub) !== id(after.hub)
}
