/**
 * Swedish public holidays and the eves workplaces close on, from the maintained `date-holidays`
 * rules for Sweden, as every hub's default closures (cms/domain/openingSchedule.ts). A hub's
 * own exception for a day wins over them. Pure: dates are Stockholm calendar days.
 *
 * Which days: the library's `public` days (the red days: långfredagen, annandag påsk, Kristi
 * himmelsfärdsdag, midsommardagen, alla helgons dag, …) and its `bank` days (midsommarafton,
 * julafton, nyårsafton: by law not holidays, but closed almost everywhere). Not its `optional`
 * half-day eves (trettondagsafton, valborgsmässoafton, allhelgonaafton): workplaces close early
 * on them, or not at all, so a whole closed day would be wrong more often than right; a hub that
 * closes early adds an exception with its hours. Nor its `observance` days (påskafton, pingstafton,
 * Luciadagen, …), which are working days or weekends.
 */
import Holidays from 'date-holidays'

export interface PublicHoliday {
  /** YYYY-MM-DD, a Stockholm calendar day. */
  date: string
  sv: string
  en: string
}

const calendar = new Holidays('SE', { types: ['public', 'bank'] })

/** Years asked for so far; a page asks for this year and the next, so this stays small. */
const byYear = new Map<number, PublicHoliday[]>()

/** The library writes names in lower case ("långfredagen"); a note or a list item starts with a capital. */
const capitalised = (name: string) => name.charAt(0).toLocaleUpperCase('sv') + name.slice(1)

/** The closing holidays of a year, earliest first, one per day. */
export function holidaysOfYear(year: number): PublicHoliday[] {
  const known = byYear.get(year)
  if (known) return known
  // `date` is the day in the country's own time zone ("2027-03-26 00:00:00"), whatever the server's.
  const english = new Map(calendar.getHolidays(year, 'en').map((h) => [h.date.slice(0, 10), h.name]))
  const days = new Map<string, PublicHoliday>()
  for (const h of calendar.getHolidays(year, 'sv')) {
    const date = h.date.slice(0, 10)
    if (!days.has(date)) days.set(date, { date, sv: capitalised(h.name), en: english.get(date) ?? capitalised(h.name) })
  }
  const list = [...days.values()].sort((a, b) => a.date.localeCompare(b.date))
  byYear.set(year, list)
  return list
}

/** The closing holiday on a Stockholm day (YYYY-MM-DD), or null. */
export function holidayOn(date: string): PublicHoliday | null {
  const year = Number(date.slice(0, 4))
  if (!Number.isInteger(year)) return null
  return holidaysOfYear(year).find((h) => h.date === date) ?? null
}

/** The closing holidays from `from` to `to` (YYYY-MM-DD, both included), earliest first. */
export function holidaysBetween(from: string, to: string): PublicHoliday[] {
  const first = Number(from.slice(0, 4))
  const last = Number(to.slice(0, 4))
  if (!Number.isInteger(first) || !Number.isInteger(last)) return []
  const result: PublicHoliday[] = []
  for (let year = first; year <= last; year++) {
    for (const h of holidaysOfYear(year)) if (h.date >= from && h.date <= to) result.push(h)
  }
  return result
}
