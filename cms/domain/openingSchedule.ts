/**
 * Opening hours in time: whether a hub is open at an instant, when it next opens or closes,
 * and the coming week's hours with exceptions applied. Always judged in Europe/Stockholm,
 * whatever the server's clock says. Swedish public holidays and the eves workplaces close on
 * (./holidays.ts) close every hub by default; the hub's own exception for a day wins, so a
 * community manager can open on a holiday. Pure, so it is unit tested without a server.
 */
import { DateTime } from 'luxon'
import { holidayOn, type PublicHoliday } from './holidays.ts'
import { intervalProblem, minutesOfDay, WEEKDAYS, type OpeningInterval, type Weekday } from './openingHours.ts'

export const HUB_TIME_ZONE = 'Europe/Stockholm'

export interface OpeningException {
  /** A calendar day, as YYYY-MM-DD or as the instant a date field stores. */
  date: string
  closed?: boolean | null
  opens?: string | null
  closes?: string | null
  note?: string | null
}

export interface OpeningScheduleInput {
  openingHours?: ReadonlyArray<OpeningInterval> | null
  openingExceptions?: ReadonlyArray<OpeningException> | null
}

export interface DayInterval {
  opens: string
  closes: string
}

export interface DayHours {
  /** YYYY-MM-DD in Stockholm. */
  date: string
  day: Weekday
  today: boolean
  /** Earliest first; empty when closed all day. */
  intervals: DayInterval[]
  /** The exception that replaced the weekly hours on this day, if any. */
  exception: OpeningException | null
  /** The public holiday that closed this day, if any (not when an exception overrode it). */
  holiday: PublicHoliday | null
}

export type OpeningStatus =
  | { state: 'open'; /** null when it stays open for as far ahead as we look */ closesAt: DateTime | null }
  | { state: 'closed'; /** null when no opening is scheduled in the weeks ahead */ opensAt: DateTime | null }
  /** No weekly hours given: we cannot say, and must not claim it is closed. */
  | { state: 'unknown' }

/** How far ahead to look for the next opening: long enough to pass a Christmas closure. */
const LOOKAHEAD_DAYS = 28

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/** The Stockholm calendar day of an exception, however the date field stored it. */
export function exceptionDay(date: string): string | null {
  if (DATE_ONLY.test(date)) return DateTime.fromISO(date, { zone: HUB_TIME_ZONE }).isValid ? date : null
  const instant = DateTime.fromISO(date, { setZone: true })
  return instant.isValid ? instant.setZone(HUB_TIME_ZONE).toISODate() : null
}

export function stockholmNow(now: Date | DateTime = new Date()): DateTime {
  return (now instanceof Date ? DateTime.fromJSDate(now) : now).setZone(HUB_TIME_ZONE)
}

function weekdayOf(day: DateTime): Weekday {
  return WEEKDAYS[day.weekday - 1]
}

const validInterval = (opens: unknown, closes: unknown): boolean => intervalProblem(opens, closes) === null

function exceptionsByDay(exceptions: OpeningScheduleInput['openingExceptions']): Map<string, OpeningException> {
  const byDay = new Map<string, OpeningException>()
  for (const exception of exceptions ?? []) {
    const day = exception?.date ? exceptionDay(exception.date) : null
    if (day && !byDay.has(day)) byDay.set(day, exception)
  }
  return byDay
}

function weeklyIntervals(day: DateTime, schedule: OpeningScheduleInput): DayInterval[] {
  const weekday = weekdayOf(day)
  return (schedule.openingHours ?? [])
    .filter((interval) => interval.day === weekday && validInterval(interval.opens, interval.closes))
    .map(({ opens, closes }) => ({ opens, closes }))
}

/**
 * The hours of one Stockholm day: the hub's exception when there is one, else closed on a
 * public holiday, else the weekday's.
 */
function hoursOfDay(day: DateTime, schedule: OpeningScheduleInput, exceptions: Map<string, OpeningException>) {
  const date = day.toISODate()!
  const exception = exceptions.get(date) ?? null
  let intervals: DayInterval[]
  let holiday: PublicHoliday | null = null
  if (exception) {
    // Special hours need both times; anything less is read as closed rather than guessed.
    intervals =
      !exception.closed && validInterval(exception.opens, exception.closes)
        ? [{ opens: exception.opens!, closes: exception.closes! }]
        : []
  } else {
    holiday = holidayOn(date)
    intervals = holiday ? [] : weeklyIntervals(day, schedule)
  }
  intervals.sort((a, b) => minutesOfDay(a.opens) - minutesOfDay(b.opens))
  return { intervals, exception, holiday }
}

/**
 * A wall-clock time on a Stockholm day as an instant. "00:00" as a closing time is the
 * midnight that ends the day, so a day with a clock change is 23 or 25 hours long here.
 */
function atClock(day: DateTime, time: string, closing: boolean): DateTime {
  if (closing && time === '00:00') return day.plus({ days: 1 }).startOf('day')
  const minutes = minutesOfDay(time)
  // Luxon moves a time skipped by the spring change forward by the gap (02:30 -> 03:30).
  return day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0, millisecond: 0 })
}

interface Span {
  start: DateTime
  end: DateTime
}

/** Open spans from the day before `now` to the lookahead, joined where one ends as the next begins. */
function openSpans(schedule: OpeningScheduleInput, now: DateTime): Span[] {
  const exceptions = exceptionsByDay(schedule.openingExceptions)
  const first = now.startOf('day').minus({ days: 1 })
  const spans: Span[] = []
  for (let i = 0; i <= LOOKAHEAD_DAYS + 1; i++) {
    const day = first.plus({ days: i })
    for (const interval of hoursOfDay(day, schedule, exceptions).intervals) {
      const start = atClock(day, interval.opens, false)
      const end = atClock(day, interval.closes, true)
      if (end <= start) continue
      const last = spans.at(-1)
      if (last && start <= last.end) {
        if (end > last.end) last.end = end
      } else {
        spans.push({ start, end })
      }
    }
  }
  return spans
}

export function hasWeeklyHours(schedule: OpeningScheduleInput): boolean {
  return (schedule.openingHours ?? []).some((interval) => validInterval(interval.opens, interval.closes))
}

/** Open or closed at `now`, with the next change. */
export function openingStatus(schedule: OpeningScheduleInput, now: Date | DateTime = new Date()): OpeningStatus {
  if (!hasWeeklyHours(schedule)) return { state: 'unknown' }
  const at = stockholmNow(now)
  const spans = openSpans(schedule, at)
  const current = spans.find((span) => span.start <= at && at < span.end)
  const horizon = at.startOf('day').plus({ days: LOOKAHEAD_DAYS + 1 })
  if (current) return { state: 'open', closesAt: current.end >= horizon ? null : current.end }
  const next = spans.find((span) => span.start > at)
  return { state: 'closed', opensAt: next ? next.start : null }
}

export const isOpenAt = (schedule: OpeningScheduleInput, now: Date | DateTime = new Date()): boolean =>
  openingStatus(schedule, now).state === 'open'

/** Seven days from today (in Stockholm), each with its hours after exceptions, today marked. */
export function weekAhead(schedule: OpeningScheduleInput, now: Date | DateTime = new Date()): DayHours[] {
  const today = stockholmNow(now).startOf('day')
  const exceptions = exceptionsByDay(schedule.openingExceptions)
  return Array.from({ length: 7 }, (_, i) => {
    const day = today.plus({ days: i })
    const { intervals, exception, holiday } = hoursOfDay(day, schedule, exceptions)
    return { date: day.toISODate()!, day: weekdayOf(day), today: i === 0, intervals, exception, holiday }
  })
}

export interface HolidayClosure {
  /** YYYY-MM-DD in Stockholm. */
  date: string
  day: Weekday
  holiday: PublicHoliday
}

/**
 * The public holidays ahead that close a hub: days its weekly hours would have it open, with
 * no exception of its own. From `fromDay` days after today (0: today) up to `withinDays` days
 * ahead, at most `limit`, earliest first. A hub without weekly hours has none.
 */
export function holidayClosuresAhead(
  schedule: OpeningScheduleInput,
  now: Date | DateTime = new Date(),
  { fromDay = 0, withinDays = 60, limit = 3 }: { fromDay?: number; withinDays?: number; limit?: number } = {},
): HolidayClosure[] {
  if (!hasWeeklyHours(schedule)) return []
  const today = stockholmNow(now).startOf('day')
  const exceptions = exceptionsByDay(schedule.openingExceptions)
  const closures: HolidayClosure[] = []
  for (let i = fromDay; i <= withinDays && closures.length < limit; i++) {
    const day = today.plus({ days: i })
    const { holiday } = hoursOfDay(day, schedule, exceptions)
    if (holiday && weeklyIntervals(day, schedule).length > 0) closures.push({ date: day.toISODate()!, day: weekdayOf(day), holiday })
  }
  return closures
}
