/**
 * Recurring events in lists: each series is shown once, at its next occurrence, in date
 * order with the single events. Pure.
 */
import { isRecurring, occurrences, type Occurrence, type Recurrence } from '../../../cms/domain/calendar/recurrence.ts'

interface Listed {
  start: string
  end: string
  recurrence?: Recurrence | null
}

/**
 * Moves each recurring event to its first occurrence that ends after `after` (and starts
 * before `before`), drops a series with none left, and sorts by start.
 */
export function atNextOccurrence<T extends Listed>(events: readonly T[], after: Date, before?: Date): T[] {
  const until = before ?? new Date(8.64e15)
  const placed: T[] = []
  for (const event of events) {
    if (!isRecurring(event.recurrence)) {
      placed.push(event)
      continue
    }
    const [next] = occurrences(event.start, event.end, event.recurrence, after, until, 1)
    if (next) placed.push({ ...event, start: next.start, end: next.end })
  }
  return placed.sort((a, b) => a.start.localeCompare(b.start))
}

const FAR = new Date(8.64e15)

/** The next `limit` occurrences of an event from `after`, for its page. */
export function upcomingOccurrences(event: Listed, after: Date, limit = 6) {
  return occurrences(event.start, event.end, event.recurrence, after, FAR, limit)
}

/** The most dates an event page lists behind "and n more dates". */
export const MORE_LISTED = 50

export interface OccasionList {
  /** The first few from `after`, shown at once. */
  shown: Occurrence[]
  /** The next ones after those, at most MORE_LISTED, for a list opened on demand. */
  more: Occurrence[]
  /** How many follow the shown ones; null when the series has no end (then there is always more). */
  moreCount: number | null
}

/**
 * An event page's dates: the next `shown`, and how many follow them, so a cut list says
 * so ("and 4 more dates") instead of looking complete.
 */
export function occasionList(event: Listed, after: Date, shown = 6): OccasionList {
  const bounded = isRecurring(event.recurrence) && Boolean(event.recurrence.until || (event.recurrence.count != null && event.recurrence.count > 0))
  // A bounded series is counted to its end (the rule caps it at 520 occasions); an open one only as far as is listed.
  const all = occurrences(event.start, event.end, event.recurrence, after, FAR, bounded ? 600 : shown + MORE_LISTED)
  const rest = all.slice(shown)
  return { shown: all.slice(0, shown), more: rest.slice(0, MORE_LISTED), moreCount: bounded || !isRecurring(event.recurrence) ? rest.length : null }
}

/**
 * The occasion a page (and search engines) should lead with: the next one that has not
 * ended, or for a series that is over, its last. A single event is its own occasion.
 */
export function currentOccurrence(event: Listed, now: Date): Occurrence {
  if (!isRecurring(event.recurrence)) return { start: event.start, end: event.end }
  const [next] = occurrences(event.start, event.end, event.recurrence, now, FAR, 1)
  if (next) return next
  const past = occurrences(event.start, event.end, event.recurrence, new Date(0), now, 600)
  return past[past.length - 1] ?? { start: event.start, end: event.end }
}
