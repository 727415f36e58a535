/** The innovation council: its public page, applying for a seat, and its members' meeting feed. */
import { applyForCouncil, CouncilApplyProblemError, councilFeedAccount, type CouncilApplyProblem, type CouncilInput } from '../../../cms/network/council.ts'
import { existingCalendarToken } from '../../../cms/network/account.ts'
import { standingOf } from '../../../cms/network/entitlement.ts'
import type { Locale } from '../i18n.ts'
import { actingAs, type SiteUser } from './account.ts'
import { eventHubPopulate, startsOrRunsFrom } from './events.ts'
import { feedEventSelect, type FeedEvent } from './feeds.ts'
import { attempt, cms } from './payload.ts'

export interface CouncilPage {
  title: string
  mission: unknown
  seats: number | null
  members: Array<{ name: string; organisation: string; role: 'chair' | 'member' | 'secretary' }>
  documents: Array<{ title: string; url: string | null }>
}

/** The innovation council's public page; null until it has been published. */
export async function loadCouncil(locale: Locale): Promise<CouncilPage | null> {
  const payload = await cms()
  const council = await payload.findGlobal({ slug: 'innovation-council', locale, depth: 1, overrideAccess: false })
  if (!council?.title || council._status !== 'published') return null
  const roleOrder = { chair: 0, secretary: 1, member: 2 } as const
  return {
    title: council.title,
    mission: council.mission,
    seats: council.seats ?? null,
    members: (council.members ?? [])
      .map((m) => ({ name: m.name, organisation: m.organisation, role: m.role }))
      .sort((a, b) => roleOrder[a.role] - roleOrder[b.role]),
    documents: (council.documents ?? []).map((d) => {
      const file = d.file && typeof d.file === 'object' ? d.file : null
      return { title: d.title, url: d.url || file?.url || null }
    }),
  }
}

/** A representative's application for a council seat; refusals as values. */
export async function applyToCouncil(user: SiteUser, input: CouncilInput): Promise<{ ok: true } | { ok: false; problem: CouncilApplyProblem }> {
  const outcome = await attempt(CouncilApplyProblemError, (payload) => applyForCouncil(payload, user.account, input))
  return outcome.ok ? { ok: true } : outcome
}

/** The organisation a representative applies for: their agency's name, as they may read it. */
export async function agencyNameOf(user: SiteUser): Promise<string> {
  if (!user.agency) return ''
  const agency = await (await cms()).findByID({ collection: 'agencies', id: user.agency, depth: 0, ...actingAs(user) }).catch(() => null)
  return agency?.name ?? ''
}

/** The council's meetings as one council member may see them, for their feed; null when they hold no seat. */
export async function councilMeetingsFor(userId: number, locale: Locale, since: Date): Promise<FeedEvent[] | null> {
  const payload = await cms()
  const user = await councilFeedAccount(payload, userId)
  if (!user) return null
  const result = await payload.find({
    collection: 'events',
    locale,
    where: { and: [startsOrRunsFrom(since), { audience: { equals: 'council' } }, { _status: { equals: 'published' } }] },
    sort: 'start',
    limit: 0,
    depth: 1,
    user: { ...user, collection: 'users' },
    overrideAccess: false,
    pagination: false,
    select: feedEventSelect,
    populate: eventHubPopulate,
  })
  return result.docs as FeedEvent[]
}

/**
 * A person's calendar token as stored, without making one (the council feed's address is
 * signed with it); null when they have none or do not exist.
 */
export async function storedCalendarToken(userId: number): Promise<string | null> {
  return existingCalendarToken(await cms(), userId)
}

/** Whether someone holds a council seat (and so gets the council's meeting feed). */
export async function holdsCouncilSeat(user: SiteUser): Promise<boolean> {
  const payload = await cms()
  return user.role === 'admin' || (await standingOf(payload, user.account)).councilMember
}
