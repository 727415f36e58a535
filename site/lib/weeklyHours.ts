/** Turns a hub's opening intervals into one row per weekday, Monday first. */
import { minutesOfDay, WEEKDAYS, type Weekday } from '../../cms/fields/openingHours.ts'
import { stockholmDay } from './format.ts'

export interface OpeningIntervalInput {
  day: Weekday
  opens: string
  closes: string
}

export interface WeekdayHours {
  day: Weekday
  /** "08:00–12:00" per interval, earliest first; empty when closed all day. */
  intervals: string[]
}

export function weeklyHours(intervals: ReadonlyArray<OpeningIntervalInput> | null | undefined): WeekdayHours[] {
  const list = intervals ?? []
  return WEEKDAYS.map((day) => ({
    day,
    intervals: list
      .filter((interval) => interval.day === day)
      .sort((a, b) => minutesOfDay(a.opens) - minutesOfDay(b.opens))
      // "00:00" as a closing time means midnight, shown as 24:00 so it reads as the end of the day.
      .map((interval) => `${interval.opens}–${interval.closes === '00:00' ? '24:00' : interval.closes}`),
  }))
}

export const hasOpeningHours = (intervals: ReadonlyArray<OpeningIntervalInput> | null | undefined): boolean =>
  Boolean(intervals && intervals.length > 0)

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
