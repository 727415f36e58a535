/**
 * Which calendar feed an event list subscribes to, and the addresses calendar apps take it
 * by. Pure: the event list, the event page and the feeds themselves use it.
 */
import { calendarName } from '../../../cms/domain/calendar/eventCalendar.ts'
import { filterParams, type EventFilters } from '../events/eventFilters.ts'
import { EVENT_TYPES } from '../../../cms/domain/eventVocabulary.ts'
import { paths, vocabularyLabel, type Locale } from '../../lib/i18n.ts'
import { calendarText } from './calendarText.ts'

/**
 * The feed holding what the list shows for these filters (which the caller has checked:
 * names that exist, values the parser kept). A municipality or a hub alone has a feed of
 * its own; anything else is the county feed with the filters as its query.
 */
export function feedForFilters(filters: EventFilters, locale: Locale): string {
  const params = filterParams(filters)
  const names = [...params.keys()]
  if (names.length === 1 && filters.municipality) return paths.municipalityCalendar(locale, filters.municipality)
  if (names.length === 1 && filters.hub) return paths.hubCalendar(locale, filters.hub)
  const county = paths.calendar(locale)
  return params.size ? `${county}?${params}` : county
}

/** What a filtered feed is called: the names behind its filters, e.g. "Krokom, Workshop". */
export interface FeedScopeParts {
  municipality?: string | null
  hub?: string | null
  /** The event type's key; the feed is named with its label. */
  type?: string | null
  from?: string | null
  to?: string | null
}

export function feedScope(parts: FeedScopeParts, locale: Locale): string | null {
  const t = calendarText(locale)
  const type = parts.type ? vocabularyLabel(EVENT_TYPES, parts.type, locale) : null
  const words = [parts.municipality, parts.hub, type].filter((w): w is string => Boolean(w))
  if (parts.from) words.push(t.fromDate(parts.from))
  if (parts.to) words.push(t.toDate(parts.to))
  return words.length ? words.join(', ') : null
}

/** The calendar's name as its feed states it (X-WR-CALNAME), for apps that ask for one. */
export const feedName = (locale: Locale, scope?: string | null): string => calendarName(locale, scope)

export interface SubscriptionLinks {
  /** The feed's own address, to paste into any calendar app. */
  https: string
  /** The same on the webcal scheme: the system's calendar app (Apple Calendar, Outlook for Windows) subscribes. */
  webcal: string
  /** Google Calendar's page for adding a calendar by address. */
  google: string
  /** Outlook on the web's page for subscribing to a calendar by address. */
  outlook: string
}

/**
 * The links that subscribe to a feed, all absolute on the site's public origin
 * (SITE_PUBLIC_URL, else the allowed host the page was served from). Google and Outlook are
 * links the visitor follows, never something the page loads.
 */
export function subscriptionLinks(feed: string, origin: URL | string, name: string): SubscriptionLinks {
  const https = new URL(feed, origin).href
  const webcal = https.replace(/^https?:/, 'webcal:')
  return {
    https,
    webcal,
    google: `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`,
    outlook: `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(https)}&name=${encodeURIComponent(name)}`,
  }
}
