/**
 * Which occurrence of an event a registration is for. A single event has one, so its
 * registrations name none (null); a recurring event's registration names the Stockholm date
 * of its occurrence (YYYY-MM-DD), which keeps pointing at the same meeting when an editor
 * moves the series to another hour. Seats, the waiting list and "one registration per
 * person" all count per occurrence. Pure: Luxon only.
 */
import { isRecurring, occurrences, stockholmDate, type Occurrence, type Recurrence } from '../calendar/recurrence.ts'

export interface OccurringEvent {
  start: string
  end: string
  recurrence?: Recurrence | null
}

/** An occurrence with the date a registration stores for it (null for a single event). */
export interface RegistrableOccurrence extends Occurrence {
  date: string | null
}

const FOREVER = new Date(8.64e15)
const DAY = 86_400_000

/**
 * What a visitor sent as the occurrence: a Stockholm date or an ISO instant, as a Stockholm
 * date; an empty value is null (the next one); anything else is undefined (not a date).
 */
export function parseOccurrence(raw: unknown): string | null | undefined {
  if (raw == null) return null
  if (typeof raw !== 'string') return undefined
  const value = raw.trim()
  if (!value) return null
  if (value.length > 40 || !/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return undefined
  return stockholmDate(value) ?? undefined
}

/** The occurrences that have not started yet, at most `limit`, earliest first. */
export function upcomingOccurrences(event: OccurringEvent, now: Date, limit = 6): RegistrableOccurrence[] {
  const recurring = isRecurring(event.recurrence)
  // Occurrences are found by their end; one may have started and not ended, hence one extra.
  return occurrences(event.start, event.end, event.recurrence, now, FOREVER, limit + 1)
    .filter((o) => Date.parse(o.start) > now.getTime())
    .slice(0, limit)
    .map((o) => ({ ...o, date: recurring ? stockholmDate(o.start) : null }))
}

/** The occurrence a registration names: the event itself for null, else the one on that date, if the series meets then. */
export function occurrenceOn(event: OccurringEvent, date: string | null | undefined): RegistrableOccurrence | null {
  if (!isRecurring(event.recurrence)) return { start: event.start, end: event.end, date: null }
  if (!date) return null
  const day = Date.parse(`${date}T12:00:00Z`)
  if (!Number.isFinite(day)) return null
  const found = occurrences(event.start, event.end, event.recurrence, new Date(day - 2 * DAY), new Date(day + 2 * DAY), 10).find((o) => stockholmDate(o.start) === date)
  return found ? { ...found, date } : null
}

export type OccurrenceChoice = { ok: true; occurrence: RegistrableOccurrence } | { ok: false; problem: 'occurrenceUnknown' | 'past' }

/**
 * The occurrence someone registers for: the one they named, or the next when they named
 * none. A single event needs no name, and one naming a date other than its own is refused.
 */
export function chooseOccurrence(event: OccurringEvent, raw: string | null | undefined, now: Date): OccurrenceChoice {
  const requested = parseOccurrence(raw)
  if (requested === undefined) return { ok: false, problem: 'occurrenceUnknown' }
  const recurring = isRecurring(event.recurrence)
  let found: RegistrableOccurrence | null
  if (!requested) found = recurring ? (upcomingOccurrences(event, now, 1)[0] ?? null) : occurrenceOn(event, null)
  else if (!recurring) found = stockholmDate(event.start) === requested ? occurrenceOn(event, null) : null
  else found = occurrenceOn(event, requested)
  if (!found) return { ok: false, problem: requested ? 'occurrenceUnknown' : 'past' }
  if (!(Date.parse(found.start) > now.getTime())) return { ok: false, problem: 'past' }
  return { ok: true, occurrence: found }
}

/** The event as it stands on one occurrence (a single meeting, no rule), for mail and pages. */
export function atOccurrence<T extends OccurringEvent>(event: T, date: string | null | undefined): T & { occurrence?: string | null } {
  if (!date || !isRecurring(event.recurrence)) return event
  const found = occurrenceOn(event, date)
  // A series moved off this day still shows the day registered for, at the series's hours.
  const start = found?.start ?? shiftToDate(event.start, date)
  const end = found?.end ?? new Date(Date.parse(start) + Date.parse(event.end) - Date.parse(event.start)).toISOString()
  return { ...event, start, end, recurrence: null, occurrence: date }
}

function shiftToDate(iso: string, date: string): string {
  const from = stockholmDate(iso)
  if (!from) return iso
  return new Date(Date.parse(iso) + Date.parse(`${date}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)).toISOString()
}

/**
 * A person's calendar feed: each event once per occurrence they have a place at, so a
 * weekly meeting they come to once is one entry, not the whole series. A registration that
 * names no occurrence keeps the event as it is. Sorted by start.
 */
export function calendarPlaces<T extends OccurringEvent & { id: number }>(
  events: readonly T[],
  places: ReadonlyArray<{ event: number; occurrence?: string | null }>,
): Array<T & { occurrence?: string | null }> {
  const byId = new Map(events.map((e) => [e.id, e]))
  const seen = new Set<string>()
  const entries: Array<T & { occurrence?: string | null }> = []
  for (const place of places) {
    const event = byId.get(place.event)
    const key = `${place.event}:${place.occurrence || ''}`
    if (!event || seen.has(key)) continue
    seen.add(key)
    entries.push(atOccurrence(event, place.occurrence))
  }
  return entries.sort((a, b) => a.start.localeCompare(b.start))
}
