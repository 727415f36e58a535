/**
 * "Öppet nu, stänger 17:00" / "Stängt, öppnar tisdag 08:00": an opening status in words,
 * with the day named relative to today in Stockholm.
 */
import type { DateTime } from 'luxon'
import { stockholmNow, type OpeningStatus } from '../../../cms/domain/openingSchedule.ts'
import { INTL_LOCALE, type Locale } from '../../lib/i18n.ts'
import { defineText } from '../../lib/text.ts'

const words = defineText(
  {
    open: 'Öppet nu',
    closed: 'Stängt',
    unknown: 'Öppettider saknas',
    closes: 'stänger',
    opens: 'öppnar',
    today: 'i dag',
    tomorrow: 'i morgon',
    midnight: 'vid midnatt',
  },
  {
    open: 'Open now',
    closed: 'Closed',
    unknown: 'Opening hours not given',
    closes: 'closes',
    opens: 'opens',
    today: 'today',
    tomorrow: 'tomorrow',
    midnight: 'at midnight',
  },
)

/** "08:00", "tisdag 08:00", "i morgon 08:00", "24 december 08:00", or "vid midnatt". */
export function relativeTime(at: DateTime, now: Date | DateTime, locale: Locale, forClosing = false): string {
  const w = words(locale)
  const local = at.setLocale(INTL_LOCALE[locale])
  const today = stockholmNow(now).startOf('day')
  const days = Math.round(local.startOf('day').diff(today, 'days').days)
  // A closing at 00:00 is the midnight that ends the previous day: say so rather than "tomorrow 00:00".
  if (forClosing && local.hour === 0 && local.minute === 0 && days === 1) return w.midnight
  const time = local.toFormat('HH:mm')
  if (days === 0) return time
  if (days === 1) return `${w.tomorrow} ${time}`
  if (days > 1 && days < 7) return `${local.toFormat('cccc')} ${time}`
  return `${local.toFormat('d LLLL')} ${time}`
}

export interface OpeningStatusText {
  state: OpeningStatus['state']
  /** "Öppet nu" / "Stängt": the state alone, for a badge. */
  label: string
  /** The state with the next change: "Stängt, öppnar tisdag 08:00". */
  text: string
}

export function openingStatusText(status: OpeningStatus, now: Date | DateTime, locale: Locale): OpeningStatusText {
  const w = words(locale)
  if (status.state === 'unknown') return { state: 'unknown', label: w.unknown, text: w.unknown }
  if (status.state === 'open') {
    const text = status.closesAt ? `${w.open}, ${w.closes} ${relativeTime(status.closesAt, now, locale, true)}` : w.open
    return { state: 'open', label: w.open, text }
  }
  const text = status.opensAt ? `${w.closed}, ${w.opens} ${relativeTime(status.opensAt, now, locale)}` : w.closed
  return { state: 'closed', label: w.closed, text }
}
