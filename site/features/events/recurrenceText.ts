/**
 * How a recurring event repeats, said in words: "Varje vecka på tisdagar, 10 gånger",
 * "On the second Tuesday of every month until 15 December 2026". Pure.
 */
import { DateTime } from 'luxon'
import { exceptionDates, isRecurring, STOCKHOLM_ZONE, weekdayPosition, type Recurrence } from '../../../cms/domain/calendar/recurrence.ts'
import { INTL_LOCALE, type Locale } from '../../lib/i18n.ts'
import { defineText } from '../../lib/text.ts'

const SV_ORDINAL: Record<number, string> = { 1: 'första', 2: 'andra', 3: 'tredje', 4: 'fjärde', [-1]: 'sista' }
const EN_ORDINAL: Record<number, string> = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', [-1]: 'last' }

const enDay = (n: number) => (n % 10 === 1 && n !== 11 ? `${n}st` : n % 10 === 2 && n !== 12 ? `${n}nd` : n % 10 === 3 && n !== 13 ? `${n}rd` : `${n}th`)
const svDay = (n: number) => `${n}:${n % 10 === 1 || n % 10 === 2 ? (n === 11 || n === 12 ? 'e' : 'a') : 'e'}`

/** The words for a repeat and the phrases it is told in. */
export const recurrenceText = defineText(
  {
    repeats: 'Återkommer',
    next: 'Kommande tillfällen',
    skipped: 'Inga träffar',
    none: 'Inga fler tillfällen är inplanerade.',
    more: (n: number) => (n === 1 ? 'och 1 datum till' : `och ${n} datum till`),
    moreOpen: 'Fler datum',
    evenMore: (n: number) => `Därefter ${n} datum till.`,
    noEnd: 'Serien har inget slutdatum.',
    recurring: 'återkommande',
    weekly: (n: number, weekday: string) => `${n === 1 ? 'Varje vecka' : n === 2 ? 'Varannan vecka' : `Var ${n}:e vecka`} på ${weekday}ar`,
    monthlyByDate: (day: number, n: number) => `Den ${svDay(day)} ${n === 1 ? 'varje månad' : `var ${n}:e månad`}`,
    monthlyByWeekday: (position: number, weekday: string, n: number) => `Den ${SV_ORDINAL[position]} ${weekday}en ${n === 1 ? 'varje månad' : `var ${n}:e månad`}`,
    until: (date: string) => ` till och med ${date}`,
    count: (count: number) => `, ${count} gånger`,
  },
  {
    repeats: 'Repeats',
    next: 'Upcoming occasions',
    skipped: 'Not on',
    none: 'No more occasions are planned.',
    more: (n: number) => (n === 1 ? 'and 1 more date' : `and ${n} more dates`),
    moreOpen: 'More dates',
    evenMore: (n: number) => `Then ${n} more dates.`,
    noEnd: 'The series has no end date.',
    recurring: 'recurring',
    weekly: (n: number, weekday: string) => `${n === 1 ? 'Every week' : `Every ${n} weeks`} on ${weekday}s`,
    monthlyByDate: (day: number, n: number) => `On the ${enDay(day)} of ${n === 1 ? 'every month' : `every ${n} months`}`,
    monthlyByWeekday: (position: number, weekday: string, n: number) => `On the ${EN_ORDINAL[position]} ${weekday} of ${n === 1 ? 'every month' : `every ${n} months`}`,
    until: (date: string) => ` until ${date}`,
    count: (count: number) => `, ${count} times`,
  },
)

export function describeRecurrence(start: string, rule: Recurrence | null | undefined, locale: Locale): string | null {
  if (!isRecurring(rule)) return null
  const t = recurrenceText(locale)
  const first = DateTime.fromISO(start, { zone: 'utc' }).setZone(STOCKHOLM_ZONE).setLocale(INTL_LOCALE[locale])
  const n = Math.max(1, Math.trunc(rule.interval ?? 1))
  const weekday = first.toFormat('cccc')
  let text: string
  if (rule.frequency === 'weekly') text = t.weekly(n, weekday)
  else if (rule.monthlyBy === 'date') text = t.monthlyByDate(first.day, n)
  else text = t.monthlyByWeekday(weekdayPosition(first), weekday, n)
  if (rule.until) {
    const until = DateTime.fromISO(rule.until, { zone: 'utc' }).setZone(STOCKHOLM_ZONE).setLocale(INTL_LOCALE[locale])
    if (until.isValid) text += t.until(until.toFormat('d LLLL yyyy'))
  } else if (rule.count) {
    text += t.count(rule.count)
  }
  return text
}

/** The skipped days from `after` on, as dates (YYYY-MM-DD), earliest first. */
export function skippedDates(rule: Recurrence | null | undefined, after: Date): string[] {
  if (!isRecurring(rule)) return []
  const today = DateTime.fromJSDate(after).setZone(STOCKHOLM_ZONE).toISODate()!
  return [...exceptionDates(rule)].filter((date) => date >= today).sort()
}
