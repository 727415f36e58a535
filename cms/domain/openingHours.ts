/** Structured opening hours: pure types and checks shared by the CMS fields and the site. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]

export interface OpeningInterval {
  day: Weekday
  opens: string
  closes: string
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

export function isClockTime(value: unknown): value is string {
  return typeof value === 'string' && TIME.test(value)
}

export function minutesOfDay(time: string): number {
  const [h, m] = time.split(':').map(Number)
  return h * 60 + m
}

/** An interval closing at "00:00" means midnight at the end of the day. */
export function intervalProblem(opens: unknown, closes: unknown): 'format' | 'order' | null {
  if (!isClockTime(opens) || !isClockTime(closes)) return 'format'
  const end = closes === '00:00' ? 24 * 60 : minutesOfDay(closes)
  return end > minutesOfDay(opens) ? null : 'order'
}
