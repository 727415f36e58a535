/**
 * The home page's numbers: hubs, municipalities with a hub, and event occasions this calendar
 * month in Stockholm (a weekly fika counts once a week). Pure.
 */
import { DateTime } from 'luxon'
import { occurrences, STOCKHOLM_ZONE, type Recurrence } from '../../../cms/domain/calendar/recurrence.ts'

export interface HomeNumbers {
  hubs: number
  municipalitiesWithHubs: number
  municipalities: number
  eventsThisMonth: number
}

/** The calendar month around `now`, in Stockholm time. */
export function stockholmMonth(now: Date): { from: Date; to: Date } {
  const start = DateTime.fromJSDate(now).setZone(STOCKHOLM_ZONE).startOf('month')
  return { from: start.toJSDate(), to: start.plus({ months: 1 }).toJSDate() }
}

export function homeNumbers(
  hubs: ReadonlyArray<{ municipality: { slug: string } | null }>,
  municipalities: number,
  events: ReadonlyArray<{ start: string; end: string; recurrence?: Recurrence | null }>,
  now: Date,
): HomeNumbers {
  const { from, to } = stockholmMonth(now)
  const covered = new Set(hubs.map((h) => h.municipality?.slug).filter(Boolean))
  // Occasions that start within the month.
  const eventsThisMonth = events.reduce(
    (n, e) => n + occurrences(e.start, e.end, e.recurrence, from, to, 1000).filter((o) => Date.parse(o.start) >= from.getTime()).length,
    0,
  )
  return { hubs: hubs.length, municipalitiesWithHubs: covered.size, municipalities, eventsThisMonth }
}
