/**
 * Display formatting for dates, prices and numbers. Event times are stored as UTC instants
 * and always shown in Swedish time, whatever the server's own clock says.
 */
import { INTL_LOCALE, type Locale } from './i18n.ts'

export const TIME_ZONE = 'Europe/Stockholm'

const dayFormat = (locale: Locale) =>
  new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })

const timeFormat = (locale: Locale) =>
  new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

const shortDayFormat = (locale: Locale) =>
  new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: TIME_ZONE, day: 'numeric', month: 'short', year: 'numeric' })

const isoDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })

function toDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(value)
}

/** The calendar day (YYYY-MM-DD) an instant falls on in Stockholm. */
export function stockholmDay(value: string | Date): string {
  return isoDayFormat.format(toDate(value))
}

/** "tisdag 24 november 2026" / "Tuesday 24 November 2026". */
export function formatDay(value: string | Date, locale: Locale): string {
  return dayFormat(locale).format(toDate(value))
}

/** "09:30" on the 24-hour clock, in Stockholm. */
export function formatTime(value: string | Date, locale: Locale): string {
  return timeFormat(locale).format(toDate(value))
}

/**
 * An event's time span: "tisdag 24 november 2026, 09:30–11:00" when it starts and ends on the
 * same day in Stockholm, otherwise both ends with their dates.
 */
export function formatEventTime(start: string | Date, end: string | Date | null | undefined, locale: Locale): string {
  const from = `${formatDay(start, locale)}, ${formatTime(start, locale)}`
  if (!end) return from
  if (stockholmDay(start) === stockholmDay(end)) return `${from}–${formatTime(end, locale)}`
  return `${shortDayFormat(locale).format(toDate(start))} ${formatTime(start, locale)} – ${shortDayFormat(locale).format(toDate(end))} ${formatTime(end, locale)}`
}

const CURRENCY_DISPLAY: Record<Locale, 'symbol' | 'code'> = { sv: 'symbol', en: 'code' }

/** Whole kronor: "250 kr" in Swedish, "SEK 250" in English; 0 is free; no price gives null. */
export function formatPriceSek(price: number | null | undefined, locale: Locale, freeLabel: string): string | null {
  if (price == null || !Number.isFinite(price)) return null
  if (price === 0) return freeLabel
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'currency',
    currency: 'SEK',
    currencyDisplay: CURRENCY_DISPLAY[locale],
    minimumFractionDigits: Number.isInteger(price) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(price)
}

export function formatNumber(value: number | null | undefined, locale: Locale): string {
  if (value == null || !Number.isFinite(value)) return ''
  return new Intl.NumberFormat(INTL_LOCALE[locale]).format(value)
}

/** Coordinates with five decimals (about a metre), dot as decimal separator as maps expect. */
export function formatCoordinates(lat: number, lng: number): string {
  return `${lat.toFixed(5)}, ${lng.toFixed(5)}`
}

/** "0,4" or "23" km: a decimal only where it tells something, in the page's number style. */
export function formatDistanceKm(km: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km)
}
