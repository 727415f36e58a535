/**
 * Finds an event page's event: as the public sees it, or, for a logged-in representative,
 * with their access (network and council events they are entitled to). Anonymous visitors
 * and those not entitled get null, which the page answers with 404. With it, the
 * registration form and what happened to a posted one.
 */
import { loadEventPage, loadEventPageAs, type EventPageData } from '../../lib/cms.ts'
import { eventRegistration, type EventRegistration } from './eventRegistration.ts'
import type { Locale } from '../../lib/i18n.ts'
import { answer } from '../../lib/pageResponse.ts'
import type { FormContext } from '../../lib/security/forms.ts'
import { hasSessionCookie, markPrivate, type SessionContext, type SiteUser } from '../account/session.ts'

/** The event page, answered (status and headers on the response), or null (404). */
export async function eventPage(context: FormContext & SessionContext, slug: string, locale: Locale): Promise<{ data: EventPageData; registration: EventRegistration | null } | null> {
  const found = await eventPageFor(context, slug, locale)
  if (!found) return null
  const registration = await eventRegistration(context, found.data.event, locale, new Date(), found.user)
  if (registration) {
    answer(context, { status: registration.form.status, headers: registration.headers })
    // A page with someone's answers in it is theirs alone.
    if (context.request.method === 'POST') context.response?.headers.set('cache-control', 'no-store')
  }
  return { data: found.data, registration }
}

async function eventPageFor(context: SessionContext, slug: string, locale: Locale): Promise<{ data: EventPageData; user: SiteUser | null } | null> {
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
