/**
 * When a page that shows "open now" goes out of date: the soonest opening or closing among
 * the hubs it shows (public holidays included, since they close hubs), or the next midnight in
 * Stockholm when that comes first, since "today", "tomorrow" and the week and holidays ahead
 * are said from the day it is. The site server's page cache keeps the page no longer than that
 * (`X-Cache-Expires`, see lib/cache/responseCache.ts). Pure.
 */
import { hasWeeklyHours, openingStatus, stockholmNow, type OpeningScheduleInput } from '../../../cms/domain/openingSchedule.ts'
import { EXPIRES_HEADER } from '../../lib/cache/responseCache.ts'

export function nextOpeningChange(schedules: readonly OpeningScheduleInput[], now: Date): number | null {
  let soonest: number | null = null
  for (const schedule of schedules) {
    const status = openingStatus(schedule, now)
    const at = status.state === 'open' ? status.closesAt : status.state === 'closed' ? status.opensAt : null
    if (at && (soonest === null || at.toMillis() < soonest)) soonest = at.toMillis()
  }
  if (schedules.some(hasWeeklyHours)) {
    const midnight = stockholmNow(now).startOf('day').plus({ days: 1 }).toMillis()
    if (soonest === null || midnight < soonest) soonest = midnight
  }
  return soonest
}

/** Tells the page cache to drop this page when the first of these hubs opens or closes. */
export function expireAtNextOpeningChange(headers: Headers, schedules: readonly OpeningScheduleInput[], now: Date): void {
  const at = nextOpeningChange(schedules, now)
  if (at !== null) headers.set(EXPIRES_HEADER, String(at))
}
