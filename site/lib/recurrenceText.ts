/**
 * How a recurring event repeats, said in words: "Varje vecka på tisdagar, 10 gånger",
 * "On the second Tuesday of every month until 15 December 2026". Pure.
 */
import { DateTime } from 'luxon'
import { exceptionDates, isRecurring, STOCKHOLM_ZONE, weekdayPosition, type Recurrence } from '../../cms/calendar/recurrence.ts'
import type { Locale } from './i18n.ts'

const SV_ORDINAL: Record<number, string> = { 1: 'första', 2: 'andra', 3: 'tredje', 4: 'fjärde', [-1]: 'sista' }
const EN_ORDINAL: Record<number, string> = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', [-1]: 'last' }

const enDay = (n: number) => (n % 10 === 1 && n !== 11 ? `${n}st` : n % 10 === 2 && n !== 12 ? `${n}nd` : n % 10 === 3 && n !== 13 ? `${n}rd` : `${n}th`)
const svDay = (n: number) => `${n}:${n % 10 === 1 || n % 10 === 2 ? (n === 11 || n === 12 ? 'e' : 'a') : 'e'}`

export function describeRecurrence(start: string, rule: Recurrence | null | undefined, locale: Locale): string | null {
  if (!isRecurring(rule)) return null
  const first = DateTime.fromISO(start, { zone: 'utc' }).setZone(STOCKHOLM_ZONE).setLocale(locale === 'sv' ? 'sv-SE' : 'en-GB')
  const n = Math.max(1, Math.trunc(rule.interval ?? 1))
  const weekday = first.toFormat('cccc')
  let text: string
  if (rule.frequency === 'weekly') {
    text =
      locale === 'sv'
        ? `${n === 1 ? 'Varje vecka' : n === 2 ? 'Varannan vecka' : `Var ${n}:e vecka`} på ${weekday}ar`
        : `${n === 1 ? 'Every week' : `Every ${n} weeks`} on ${weekday}s`
  } else if (rule.monthlyBy === 'date') {
    text = locale === 'sv' ? `Den ${svDay(first.day)} ${n === 1 ? 'varje månad' : `var ${n}:e månad`}` : `On the ${enDay(first.day)} of ${n === 1 ? 'every month' : `every ${n} months`}`
  } else {
    const position = weekdayPosition(first)
    text =
      locale === 'sv'
        ? `Den ${SV_ORDINAL[position]} ${weekday}en ${n === 1 ? 'varje månad' : `var ${n}:e månad`}`
        : `On the ${EN_ORDINAL[position]} ${weekday} of ${n === 1 ? 'every month' : `every ${n} months`}`
  }
  if (rule.until) {
    const until = DateTime.fromISO(rule.until, { zone: 'utc' }).setZone(STOCKHOLM_ZONE).setLocale(locale === 'sv' ? 'sv-SE' : 'en-GB')
    if (until.isValid) text += locale === 'sv' ? ` till och med ${until.toFormat('d LLLL yyyy')}` : ` until ${until.toFormat('d LLLL yyyy')}`
  } else if (rule.count) {
    text += locale === 'sv' ? `, ${rule.count} gånger` : `, ${rule.count} times`
  }
  return text
}

/** The skipped days from `after` on, as dates (YYYY-MM-DD), earliest first. */
export function skippedDates(rule: Recurrence | null | undefined, after: Date): string[] {
  if (!isRecurring(rule)) return []
  const today = DateTime.fromJSDate(after).setZone(STOCKHOLM_ZONE).toISODate()!
  return [...exceptionDates(rule)].filter((date) => date >= today).sort()
}

export const recurrenceLabels = {
  sv: { repeats: 'Återkommer', next: 'Kommande tillfällen', skipped: 'Inga träffar', none: 'Inga fler tillfällen är inplanerade.', recurring: 'återkommande' },
  en: { repeats: 'Repeats', next: 'Upcoming occasions', skipped: 'Not on', none: 'No more occasions are planned.', recurring: 'recurring' },
} as const
