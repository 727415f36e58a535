/** Display helpers for opening hours: interval text and the exceptions still ahead. */
import { stockholmDay } from '../../lib/format.ts'

/**
 * "08:00–12:00, 13:00–17:00", or `closedLabel` for none. "00:00" as a closing time means
 * midnight, shown as 24:00 so it reads as the end of the day.
 */
export function intervalsText(intervals: ReadonlyArray<{ opens: string; closes: string }>, closedLabel: string): string {
  if (intervals.length === 0) return closedLabel
  return intervals.map((i) => `${i.opens}–${i.closes === '00:00' ? '24:00' : i.closes}`).join(', ')
}

export interface OpeningExceptionInput {
  date: string
  closed?: boolean | null
  opens?: string | null
  closes?: string | null
  note?: string | null
}

/** Exceptions from today on (in Stockholm), earliest first; past holidays are noise. */
export function upcomingExceptions<T extends OpeningExceptionInput>(
  exceptions: ReadonlyArray<T> | null | undefined,
  now: Date = new Date(),
): T[] {
  const today = stockholmDay(now)
  return (exceptions ?? [])
    .filter((exception) => stockholmDay(exception.date) >= today)
    .sort((a, b) => new Date(a.date).getTime() - new Date(b.date).getTime())
}
