import { DateTime } from 'luxon'
import { EVENT_TYPES } from '../../../cms/domain/eventVocabulary.ts'
import { isValidSlug } from '../../../cms/domain/slugify.ts'

/** What the event list's filter form asks for, read from its query string. */
export interface EventFilters {
  municipality?: string
  hub?: string
  type?: string
  /** Stockholm calendar days, YYYY-MM-DD. */
  from?: string
  to?: string
  past: boolean
}

export interface IgnoredFilter {
  param: string
  sv: string
  en: string
}

const MAX_SPAN_DAYS = 731
const ZONE = 'Europe/Stockholm'

function day(value: string): DateTime | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null
  const parsed = DateTime.fromISO(value, { zone: ZONE })
  return parsed.isValid ? parsed : null
}

/**
 * Reads the filters. What cannot be used is dropped and named, so the page still answers
 * with the rest: a bookmarked link with one stale value keeps working.
 */
export function parseEventFilters(params: URLSearchParams): { filters: EventFilters; ignored: IgnoredFilter[] } {
  const ignored: IgnoredFilter[] = []
  const text = (name: string) => (params.get(name) ?? '').trim().slice(0, 100)
  const filters: EventFilters = { past: params.get('past') === '1' }

  for (const name of ['municipality', 'hub'] as const) {
    const value = text(name)
    if (!value) continue
    if (isValidSlug(value)) filters[name] = value
    else ignored.push({ param: name, sv: `Okänt värde för ${name === 'hub' ? 'hubb' : 'kommun'} ignorerades.`, en: `An unknown ${name} was ignored.` })
  }

  const type = text('type')
  if (type && Object.hasOwn(EVENT_TYPES, type)) filters.type = type
  else if (type) ignored.push({ param: 'type', sv: 'Okänd typ av evenemang ignorerades.', en: 'An unknown event type was ignored.' })

  for (const name of ['from', 'to'] as const) {
    const value = text(name)
    if (!value) continue
    if (day(value)) filters[name] = value
    else ignored.push({ param: name, sv: `Datumet ${name === 'from' ? 'från' : 'till'} måste skrivas ÅÅÅÅ-MM-DD och ignorerades.`, en: `The ${name} date must be written YYYY-MM-DD and was ignored.` })
  }
  if (filters.from && filters.to) {
    const span = day(filters.to)!.diff(day(filters.from)!, 'days').days
    if (span < 0) {
      ignored.push({ param: 'to', sv: 'Till-datumet var före från-datumet och ignorerades.', en: 'The to date was before the from date and was ignored.' })
      delete filters.to
    } else if (span > MAX_SPAN_DAYS) {
      ignored.push({ param: 'to', sv: 'Perioden får vara högst två år; till-datumet ignorerades.', en: 'The period may be at most two years; the to date was ignored.' })
      delete filters.to
    }
  }
  return { filters, ignored }
}

/** The instants a filter covers: from the start of `from` to the end of `to`, in Stockholm. */
export function filterWindow(filters: EventFilters, now: Date): { after?: Date; before?: Date; descending: boolean } {
  const from = filters.from ? day(filters.from)!.startOf('day').toJSDate() : undefined
  const to = filters.to ? day(filters.to)!.endOf('day').toJSDate() : undefined
  if (filters.past) {
    // The archive: what has started before now, newest first, within the dates given.
    return { after: from, before: to && to < now ? to : now, descending: true }
  }
  return { after: from && from > now ? from : now, before: to, descending: false }
}

export const hasFilters = (f: EventFilters) => Boolean(f.municipality || f.hub || f.type || f.from || f.to)

/**
 * The filters written back as a query, in one order and without the archive switch: the
 * same filters always give the same address, so a feed built for them is cached once.
 */
export function filterParams(filters: EventFilters): URLSearchParams {
  const params = new URLSearchParams()
  for (const name of ['municipality', 'hub', 'type', 'from', 'to'] as const) {
    const value = filters[name]
    if (value) params.set(name, value)
  }
  return params
}

/**
 * The instants a calendar feed for these filters covers: what the list shows, plus the
 * feed's recent past (`since`), so an event just over does not vanish from calendars.
 * The archive switch does not apply: a subscription is to what is coming.
 */
export function feedWindow(filters: EventFilters, since: Date): { since: Date; before?: Date } {
  const from = filters.from ? day(filters.from)!.startOf('day').toJSDate() : undefined
  const before = filters.to ? day(filters.to)!.endOf('day').toJSDate() : undefined
  return { since: from && from > since ? from : since, ...(before ? { before } : {}) }
}
