/**
 * The innovation council's meeting calendar, for its members: a feed at a secret address per
 * member (`/innovationsradet/kalender/<user id>-<HMAC>.ics`, councilFeedAddress.ts), since
 * calendar apps send no cookies. The HMAC is of the user id and the person's calendar token
 * (`users.calendarToken`, cms/network/account.ts), so the address is renewed and revoked with
 * their own feed: a renew button on my page gives both feeds new addresses and the old ones
 * answer 404 at once, and deleting the account ends both. The feed answers only while the
 * person holds a seat, so losing the seat ends it too.
 */
import type { APIContext } from 'astro'
import { calendarResponse, feedSince, notFound } from '../calendar/calendarFeed.ts'
import { councilMeetingsFor, storedCalendarToken } from '../../lib/cms.ts'
import { councilKeyMatches, parseCouncilFeedKey } from './councilFeedAddress.ts'
import type { Locale } from '../../lib/i18n.ts'
import { networkText } from '../network/networkText.ts'

export async function councilFeed(context: APIContext, locale: Locale): Promise<Response> {
  const key = parseCouncilFeedKey(context.params.key ?? '')
  if (!key || !councilKeyMatches(key, await storedCalendarToken(key.userId))) return notFound()
  const events = await councilMeetingsFor(key.userId, locale, feedSince())
  if (!events) return notFound()
  const title = networkText(locale).council.calendarName
  const response = calendarResponse({ request: context.request, events, origin: (context.site ?? context.url).origin, locale, scope: title })
  response.headers.set('cache-control', 'private, max-age=300')
  response.headers.set('x-robots-tag', 'noindex')
  return response
}
