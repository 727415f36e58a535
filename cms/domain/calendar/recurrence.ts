/**
 * Recurring events (a weekly fika, a monthly network meeting): the rule an editor sets, its
 * occurrences in Stockholm wall-clock time (09:00 stays 09:00 across the clock change), and
 * the same rule as iCalendar RRULE/EXDATE. Pure: Luxon only.
 */
import { DateTime } from 'luxon'

export const STOCKHOLM_ZONE = 'Europe/Stockholm'

export type Frequency = 'none' | 'weekly' | 'monthly'

export interface Recurrence {
  frequency?: Frequency | null
  /** Every n weeks or months. */
  interval?: number | null
  /** Monthly: the same weekday position (second Tuesday) or the same date (the 14th). */
  monthlyBy?: 'weekday' | 'date' | null
  /** The last day an occurrence may fall on (Stockholm date), inclusive. */
  until?: string | null
  /** How many occurrences in all, the first included. */
  count?: number | null
  /** Days (Stockholm dates, YYYY-MM-DD or ISO instants) on which the event does not take place. */
  exceptions?: Array<{ date?: string | null } | null> | null
}

export interface Occurrence {
  start: string
  end: string
}

/** A hard stop for unbounded rules, so no loop runs forever. */
const MAX_OCCURRENCES = 520

export function isRecurring(rule: Recurrence | null | undefined): rule is Recurrence & { frequency: 'weekly' | 'monthly' } {
  return rule?.frequency === 'weekly' || rule?.frequency === 'monthly'
}

const intervalOf = (rule: Recurrence) => Math.min(52, Math.max(1, Math.trunc(rule.interval ?? 1) || 1))

/** A stored date (an ISO instant from the admin's date picker, or YYYY-MM-DD) as a Stockholm date. */
export function stockholmDate(value: string): string | null {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(value) ? DateTime.fromISO(value, { zone: STOCKHOLM_ZONE }) : DateTime.fromISO(value, { zone: 'utc' }).setZone(STOCKHOLM_ZONE)
  return time.isValid ? time.toISODate() : null
}

export function exceptionDates(rule: Recurrence): Set<string> {
  const dates = new Set<string>()
  for (const entry of rule.exceptions ?? []) {
    const date = entry?.date ? stockholmDate(entry.date) : null
    if (date) dates.add(date)
  }
  return dates
}

/** Which of its weekday a date is in its month: 1 to 4, or -1 for the last (a fifth). */
export function weekdayPosition(date: DateTime): number {
  const nth = Math.ceil(date.day / 7)
  return nth >= 5 ? -1 : nth
}

function nthWeekday(month: DateTime, weekday: number, position: number): DateTime | null {
  if (position === -1) {
    let day = month.endOf('month').startOf('day')
    while (day.weekday !== weekday) day = day.minus({ days: 1 })
    return day
  }
  let day = month.startOf('month')
  while (day.weekday !== weekday) day = day.plus({ days: 1 })
  day = day.plus({ weeks: position - 1 })
  return day.month === month.month ? day : null
}

/** The k-th candidate start after the first, in Stockholm time; null when that month has no such day. */
function candidate(first: DateTime, rule: Recurrence, k: number): DateTime | null {
  const step = intervalOf(rule) * k
  const time = { hour: first.hour, minute: first.minute, second: first.second, millisecond: 0 }
  if (rule.frequency === 'weekly') return first.plus({ weeks: step })
  const month = first.startOf('month').plus({ months: step })
  if (rule.monthlyBy === 'date') {
    // Like RRULE's BYMONTHDAY: a month without the 31st has no occurrence.
    return first.day > month.daysInMonth! ? null : month.set({ day: first.day, ...time })
  }
  const day = nthWeekday(month, first.weekday, weekdayPosition(first))
  return day ? day.set(time) : null
}

/**
 * Every occurrence of the event, first included, that ends after `from` and starts before
 * `to`, at most `limit` of them. A single event is its own one occurrence.
 */
export function occurrences(start: string, end: string, rule: Recurrence | null | undefined, from: Date, to: Date, limit = 50): Occurrence[] {
  const first = DateTime.fromISO(start, { zone: 'utc' }).setZone(STOCKHOLM_ZONE)
  const last = DateTime.fromISO(end, { zone: 'utc' })
  if (!first.isValid || !last.isValid) return []
  const duration = last.toMillis() - first.toMillis()
  const within = (s: DateTime) => s.toMillis() + duration > from.getTime() && s.toMillis() < to.getTime()
  const occurrence = (s: DateTime): Occurrence => ({ start: s.toUTC().toISO()!, end: DateTime.fromMillis(s.toMillis() + duration, { zone: 'utc' }).toISO()! })

  if (!isRecurring(rule)) return within(first) ? [occurrence(first)] : []

  const skip = exceptionDates(rule)
  const until = rule.until ? stockholmDate(rule.until) : null
  const count = rule.count != null && rule.count > 0 ? Math.trunc(rule.count) : null
  const found: Occurrence[] = []
  let generated = 0
  for (let k = 0; k < MAX_OCCURRENCES * 2 && found.length < limit; k++) {
    const s = candidate(first, rule, k)
    if (!s) continue
    if (until && s.toISODate()! > until) break
    if (count != null && generated >= count) break
    generated++
    if (s.toMillis() >= to.getTime()) break
    if (generated > MAX_OCCURRENCES) break
    if (!skip.has(s.toISODate()!) && within(s)) found.push(occurrence(s))
  }
  return found
}

/** When the last occurrence ends, or null when the rule has no end. */
export function seriesEnd(start: string, end: string, rule: Recurrence | null | undefined): string | null {
  if (!isRecurring(rule)) return end
  if (!rule.until && !(rule.count != null && rule.count > 0)) return null
  const all = occurrences(start, end, rule, new Date(0), new Date(8.64e15), MAX_OCCURRENCES)
  return all.length > 0 ? all[all.length - 1].end : end
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const

/** The rule in ical-generator's terms: RRULE parts and the EXDATEs at the event's local time. */
export function icalRepeating(start: string, rule: Recurrence | null | undefined) {
  if (!isRecurring(rule)) return null
  const first = DateTime.fromISO(start, { zone: 'utc' }).setZone(STOCKHOLM_ZONE)
  if (!first.isValid) return null
  const until = rule.until ? stockholmDate(rule.until) : null
  const exclude = [...exceptionDates(rule)].sort().map((date) =>
    DateTime.fromISO(date, { zone: STOCKHOLM_ZONE }).set({ hour: first.hour, minute: first.minute, second: first.second, millisecond: 0 }),
  )
  const weekday = WEEKDAYS[first.weekday - 1]
  return {
    freq: rule.frequency === 'weekly' ? ('WEEKLY' as const) : ('MONTHLY' as const),
    interval: intervalOf(rule),
    ...(rule.frequency === 'monthly' && rule.monthlyBy !== 'date' ? { byDay: [weekday], bySetPos: [weekdayPosition(first)] } : {}),
    ...(rule.frequency === 'monthly' && rule.monthlyBy === 'date' ? { byMonthDay: [first.day] } : {}),
    ...(until ? { until: DateTime.fromISO(until, { zone: STOCKHOLM_ZONE }).endOf('day').toUTC() } : {}),
    ...(!until && rule.count != null && rule.count > 0 ? { count: Math.trunc(rule.count) } : {}),
    ...(exclude.length > 0 ? { exclude } : {}),
  }
}
