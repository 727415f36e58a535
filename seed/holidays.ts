/**
 * Swedish public holidays with fixed dates, plus the eves most workplaces close on.
 * Easter-dependent days are left to editors: the seed only needs plausible exceptions.
 */
const FIXED: Array<{ month: number; day: number; sv: string; en: string }> = [
  { month: 1, day: 1, sv: 'Nyårsdagen', en: 'New Year’s Day' },
  { month: 1, day: 6, sv: 'Trettondedag jul', en: 'Epiphany' },
  { month: 5, day: 1, sv: 'Första maj', en: 'May Day' },
  { month: 6, day: 6, sv: 'Sveriges nationaldag', en: 'National Day of Sweden' },
  { month: 12, day: 24, sv: 'Julafton', en: 'Christmas Eve' },
  { month: 12, day: 25, sv: 'Juldagen', en: 'Christmas Day' },
  { month: 12, day: 26, sv: 'Annandag jul', en: 'Boxing Day' },
  { month: 12, day: 31, sv: 'Nyårsafton', en: 'New Year’s Eve' },
]

export interface Holiday {
  date: string
  sv: string
  en: string
}

/** Fixed-date holidays from `from` (inclusive) over the next `days` days, as YYYY-MM-DD. */
export function fixedHolidaysAhead(from: Date, days = 365): Holiday[] {
  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate())
  const end = start + days * 86_400_000
  const result: Holiday[] = []
  for (const year of [from.getUTCFullYear(), from.getUTCFullYear() + 1]) {
    for (const h of FIXED) {
      const t = Date.UTC(year, h.month - 1, h.day)
      if (t >= start && t < end) result.push({ date: new Date(t).toISOString().slice(0, 10), sv: h.sv, en: h.en })
    }
  }
  return result.sort((a, b) => a.date.localeCompare(b.date))
}
