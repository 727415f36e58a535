/**
 * A representative's "my page" and what it does: read with the person's own access rights,
 * except their registrations (cms/network/account.ts says why); their calendar feed, the
 * download of their data and deleting the account.
 */
import { ValidationError } from 'payload'
import { accountFeedEvents, calendarTokenOf, deleteAccount, exportPersonalData, myPageRegistrations, renewCalendarToken } from '../../../cms/network/account.ts'
import { colleagueRequests, decideColleagueRequest, DecisionProblemError, decisionStatus, type ColleagueRequest, type DecisionProblem } from '../../../cms/network/decisions.ts'
export { DECISION_MESSAGE_MAX } from '../../../cms/network/decisionRules.ts'
import type { Event } from '../../../cms/payload-types.ts'
import { atOccurrence } from '../../../cms/domain/registration/occurrence.ts'
import type { Locale } from '../i18n.ts'
import { actingAs, type SiteUser } from './account.ts'
import { toEventSummary, type EventSummary } from './events.ts'
import type { FeedEvent } from './feeds.ts'
import { cms } from './payload.ts'

export interface MyPageData {
  agency: { name: string; membershipStatus: string } | null
  /** Upcoming network and council events this person may see. */
  events: EventSummary[]
  /** Of those, the ones open for registration now, for the colleague form. */
  openEvents: Array<{ id: number; title: string; start: string }>
  registrations: Array<{ title: string; slug: string | null; start: string | null; status: string; token: string | null }>
  /** Colleagues this person registered (their links are the colleagues' own, so none here). */
  colleagues: Array<{ title: string; slug: string | null; start: string | null; status: string; name: string }>
  /** The secret in the person's calendar feed address. */
  calendarToken: string | null
  /** Colleagues' confirmed requests to become representatives of the person's agency, for them to decide. */
  colleagueRequests: ColleagueRequest[]
}

export type { ColleagueRequest, DecisionProblem }

/** What "my page" shows: read with the person's own access rights. */
export async function loadMyPage(user: SiteUser, locale: Locale, now = new Date()): Promise<MyPageData> {
  const payload = await cms()
  const asUser = actingAs(user)
  const agency = user.agency
    ? await payload.findByID({ collection: 'agencies', id: user.agency, depth: 0, ...asUser, select: { name: true, membershipStatus: true } }).catch(() => null)
    : null
  const events = await payload.find({
    collection: 'events',
    locale,
    where: { and: [{ audience: { in: ['network', 'council'] } }, { start: { greater_than_equal: now.toISOString() } }, { _status: { equals: 'published' } }] },
    sort: 'start',
    limit: 20,
    depth: 1,
    ...asUser,
  })
  const { own, forColleagues } = await myPageRegistrations(payload, user.id, locale)
  // A registration for one occurrence of a series shows that occurrence's time.
  const eventOf = (r: { event: number | Event; occurrence?: string | null }) => (typeof r.event === 'object' ? atOccurrence(r.event, r.occurrence) : null)
  return {
    agency: agency ? { name: agency.name, membershipStatus: agency.membershipStatus } : null,
    events: events.docs.map((e) => toEventSummary(e as Event)),
    openEvents: events.docs
      .filter((e) => e.registrationRequired && e.status !== 'cancelled' && e.audience === 'network')
      .map((e) => ({ id: e.id, title: e.title, start: e.start })),
    registrations: own.map((r) => {
      const event = eventOf(r)
      return { title: event?.title ?? '', slug: event?.slug ?? null, start: event?.start ?? null, status: r.status, token: r.token ?? null }
    }),
    colleagues: forColleagues.map((r) => {
      const event = eventOf(r)
      return { title: event?.title ?? '', slug: event?.slug ?? null, start: event?.start ?? null, status: r.status, name: r.name }
    }),
    calendarToken: await calendarTokenOf(payload, user.id),
    colleagueRequests: await colleagueRequests(payload, user.account),
  }
}

/**
 * A representative's decision on a colleague's request, with their own access and through
 * the same service as the admin panel's; refusals as values.
 */
export async function decideColleague(user: SiteUser, id: number, decision: 'approve' | 'reject', message: string): Promise<{ ok: true; name: string } | { ok: false; problem: DecisionProblem; status: number }> {
  const payload = await cms()
  try {
    const { name } = await decideColleagueRequest(payload, user.account, id, decision, message)
    return { ok: true, name }
  } catch (err) {
    if (err instanceof DecisionProblemError) return { ok: false, problem: err.problem, status: decisionStatus[err.problem] }
    // As the admin panel's endpoint: a record that fails its own validation rolled everything back.
    if (err instanceof ValidationError) return { ok: false, problem: 'unsavable', status: decisionStatus.unsavable }
    throw err
  }
}

/** A new calendar feed address for this person; the old one stops working. */
export async function renewMyCalendar(user: SiteUser): Promise<void> {
  await renewCalendarToken(await cms(), user.id)
}

/** The events in a person's own calendar feed, by the secret in its address; null when unknown. */
export async function loadAccountFeed(token: string, locale: Locale): Promise<{ name: string; events: FeedEvent[] } | null> {
  const feed = await accountFeedEvents(await cms(), token, locale)
  return feed && { name: feed.name, events: feed.events }
}

export async function myPersonalData(user: SiteUser): Promise<Record<string, unknown> | null> {
  return exportPersonalData(await cms(), user.id)
}

export async function deleteMyAccount(user: SiteUser): Promise<boolean> {
  return deleteAccount(await cms(), user.id)
}
