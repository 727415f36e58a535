/**
 * Recurring events in lists: each series is shown once, at its next occurrence, in date
 * order with the single events. Pure.
 */
import { isRecurring, occurrences, type Recurrence } from '../../../cms/domain/calendar/recurrence.ts'

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

/** The next `limit` occurrences of an event from `after`, for its page. */
export function upcomingOccurrences(event: Listed, after: Date, limit = 6) {
  return occurrences(event.start, event.end, event.recurrence, after, new Date(8.64e15), limit)
}
