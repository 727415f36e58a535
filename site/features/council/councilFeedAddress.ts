/**
 * The council feed's secret address (pure; see councilFeed.ts): `<user id>-<HMAC>`, where the
 * HMAC is of the user id and the person's current calendar token under a key derived from
 * SITE_SECRET. Renewing the token changes the address; neither feed's address gives the
 * other away.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import { path } from '../../../cms/domain/routes.ts'
import type { Locale } from '../../lib/i18n.ts'
import { siteKey } from '../../lib/security/secret.ts'

const FEED = /^([1-9]\d{0,9})-([A-Za-z0-9_-]{43})$/

function mac(userId: number, calendarToken: string): string {
  return createHmac('sha256', siteKey('council-feed')).update(`${userId}:${calendarToken}`).digest('base64url')
}

export function councilFeedPath(locale: Locale, userId: number, calendarToken: string): string {
  return path('councilCalendar', { key: `${userId}-${mac(userId, calendarToken)}` }, locale)
}

export interface CouncilFeedKey {
  userId: number
  mac: string
}

/** The user id and signature a feed address names, when it has that form; null otherwise. */
export function parseCouncilFeedKey(key: string): CouncilFeedKey | null {
  const match = FEED.exec(key)
  return match ? { userId: Number(match[1]), mac: match[2] } : null
}

/** Whether the signature is the one for that person's current calendar token (none: never). */
export function councilKeyMatches(key: CouncilFeedKey, calendarToken: string | null): boolean {
  if (!calendarToken) return false
  const given = Buffer.from(key.mac)
  const expected = Buffer.from(mac(key.userId, calendarToken))
  return given.length === expected.length && timingSafeEqual(given, expected)
}
