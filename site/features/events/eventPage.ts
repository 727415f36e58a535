/**
 * Finds an event page's event: as the public sees it, or, for a logged-in representative,
 * with their access (network and council events they are entitled to). With it, the
 * registration form and what happened to a posted one. A members-only event sends a
 * logged-out visitor to the login and back (303); a logged-in person it is not for gets a
 * 403 page that says who it is for, without the event. No event at all is null (404).
 */
import { closedEventAt, loadEventPage, loadEventPageAs, type EventPageData } from '../../lib/cms.ts'
import { eventRegistration, type EventRegistration } from './eventRegistration.ts'
import type { Locale } from '../../lib/i18n.ts'
import { answer } from '../../lib/pageResponse.ts'
import type { FormContext } from '../../lib/security/forms.ts'
import { path } from '../../../cms/domain/routes.ts'
import { loginPathFor } from '../account/returnPath.ts'
import { hasSessionCookie, markPrivate, type SessionContext, type SiteUser } from '../account/session.ts'

export type EventPageAnswer =
  | { data: EventPageData; registration: EventRegistration | null }
  /** Log in first (303), then come back. */
  | { redirect: string }
  /** Logged in, but the event is for others (403). */
  | { membersOnly: 'network' | 'council' }

/** The event page, answered (status and headers on the response), or null (404). */
export async function eventPage(context: FormContext & SessionContext, slug: string, locale: Locale): Promise<EventPageAnswer | null> {
  const found = await eventPageFor(context, slug, locale)
  if (!found) return null
  if ('audience' in found) {
    if (!found.user) return { redirect: loginPathFor(locale, path('event', { slug }, locale)) }
    answer(context, { status: 403, headers: {} })
    return { membersOnly: found.audience }
  }
  const registration = await eventRegistration(context, found.data.event, locale, new Date(), found.user)
  if (registration) {
    answer(context, { status: registration.form.status, headers: registration.headers })
    // A page with someone's answers in it is theirs alone.
    if (context.request.method === 'POST') context.response?.headers.set('cache-control', 'no-store')
  }
  return { data: found.data, registration }
}

type Found = { data: EventPageData; user: SiteUser | null } | { audience: 'network' | 'council'; user: SiteUser | null }

async function eventPageFor(context: SessionContext, slug: string, locale: Locale): Promise<Found | null> {
  const data = await loadEventPage(slug, locale)
  // What a session cookie shows is that visitor's alone; without one the page is public.
  if (hasSessionCookie(context)) markPrivate(context)
  // A logged-in representative registers with their account, also for public events.
  const user = await context.locals.user()
  if (data && data.event.audience === 'public') return { data, user }
  const own = user ? await loadEventPageAs(user, slug, locale) : null
  if (own) return { data: own, user }
  const audience = await closedEventAt(slug)
  return audience ? { audience, user } : null
}
