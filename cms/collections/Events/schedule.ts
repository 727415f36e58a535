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
