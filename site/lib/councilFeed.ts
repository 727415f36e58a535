/**
 * The innovation council's meeting calendar, for its members: a feed at a secret address per
 * member (`/innovationsradet/kalender/<user id>-<HMAC>.ics`), since calendar apps send no
 * cookies. The address is an HMAC of the user id under a key derived from SITE_SECRET; the
 * feed answers only while that person holds a seat, so losing the seat ends it.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import type { APIContext } from 'astro'
import { networkPaths } from '../../cms/network/paths.ts'
import { calendarResponse, feedSince, notFound } from './calendarFeed.ts'
import { councilMeetingsFor } from './cms.ts'
import type { Locale } from './i18n.ts'
import { siteKey } from './security/secret.ts'

const FEED = /^([1-9]\d{0,9})-([A-Za-z0-9_-]{43})$/

function mac(userId: number): string {
  return createHmac('sha256', siteKey('council-feed')).update(String(userId)).digest('base64url')
}

export function councilFeedPath(locale: Locale, userId: number): string {
  return `${networkPaths.council(locale)}/${locale === 'en' ? 'calendar' : 'kalender'}/${userId}-${mac(userId)}.ics`
}

/** The user id a feed address names, when its HMAC is right; null otherwise. */
export function userOfFeed(key: string): number | null {
  const match = FEED.exec(key)
  if (!match) return null
  const userId = Number(match[1])
  const given = Buffer.from(match[2])
  const expected = Buffer.from(mac(userId))
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null
}

export async function councilFeed(context: APIContext, locale: Locale): Promise<Response> {
  const userId = userOfFeed(context.params.key ?? '')
  if (userId == null) return notFound()
  const events = await councilMeetingsFor(userId, locale, feedSince())
  if (!events) return notFound()
  const title = locale === 'sv' ? 'Innovationsrådets möten' : 'Innovation council meetings'
  const response = calendarResponse({ request: context.request, events, origin: (context.site ?? context.url).origin, locale, scope: title })
  response.headers.set('cache-control', 'private, max-age=300')
  response.headers.set('x-robots-tag', 'noindex')
  return response
}
