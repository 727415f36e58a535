/**
 * Finds an event page's event: as the public sees it, or, for a logged-in representative,
 * with their access (network and council events they are entitled to). Anonymous visitors
 * and those not entitled get null, which the page answers with 404.
 */
import { loadEventPage, loadEventPageAs, type EventPageData } from './cms.ts'
import type { Locale } from './i18n.ts'
import { hasSessionCookie, markPrivate, type SessionContext, type SiteUser } from './session.ts'

export async function eventPageFor(context: SessionContext, slug: string, locale: Locale): Promise<{ data: EventPageData; user: SiteUser | null } | null> {
  const data = await loadEventPage(slug, locale)
  // What a session cookie shows is that visitor's alone; without one the page is public.
  if (hasSessionCookie(context)) markPrivate(context)
  // A logged-in representative registers with their account, also for public events.
  const user = await context.locals.user()
  if (data && data.event.audience === 'public') return { data, user }
  if (!user) return null
  const own = await loadEventPageAs(user, slug, locale)
  return own ? { data: own, user } : null
}
