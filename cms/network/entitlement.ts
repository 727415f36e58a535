/**
 * Who may see and join the network's and the council's closed events: a representative
 * whose agency is in the network (confirmed or member) sees network events; an account named
 * on a council seat (`members[].user`, whatever its role) sees council events; admins see
 * all. Looked up once per request and kept on `req.context`, since several access checks in
 * one request need it.
 */
import type { Payload, PayloadRequest } from 'payload'
import { agencyIdOf, isAdmin, isAgencyRepresentative, NO_STANDING, type RoleBearer, type Standing } from '../access/roles.ts'

export const MEMBER_STATUSES = ['confirmed', 'member'] as const

export async function standingOf(payload: Payload, user: RoleBearer | null | undefined, req?: PayloadRequest): Promise<Standing> {
  if (!user || isAdmin(user)) return NO_STANDING
  const cacheKey = `standing:${user.id}`
  const cached = req?.context[cacheKey] as Standing | undefined
  if (cached) return cached
  const agencyId = isAgencyRepresentative(user) ? agencyIdOf(user) : null
  const [agency, council] = await Promise.all([
    agencyId == null
      ? null
      : payload.findByID({ collection: 'agencies', id: agencyId, depth: 0, overrideAccess: true, req, select: { membershipStatus: true } }).catch(() => null),
    payload.findGlobal({ slug: 'innovation-council', depth: 0, overrideAccess: true, req, select: { members: true } }).catch(() => null),
  ])
  const standing: Standing = {
    memberAgency: Boolean(agency && (MEMBER_STATUSES as readonly string[]).includes(agency.membershipStatus)),
    councilMember: Boolean(council?.members?.some((m) => (typeof m.user === 'object' ? m.user?.id : m.user) === user.id)),
  }
  if (req) req.context[cacheKey] = standing
  return standing
}

/** What the registration service needs to let someone into a closed event. */
export interface Entitlement {
  network: boolean
  council: boolean
  user?: number
  agency?: number
}

export async function entitlementOf(payload: Payload, user: (RoleBearer & { id: number }) | null | undefined, req?: PayloadRequest): Promise<Entitlement> {
  if (!user) return { network: false, council: false }
  if (isAdmin(user)) return { network: true, council: true, user: user.id }
  const standing = await standingOf(payload, user, req)
  const agency = agencyIdOf(user)
  return { network: standing.memberAgency, council: standing.councilMember, user: user.id, ...(agency != null ? { agency } : {}) }
}

/**
 * The audience of the published closed event at `slug` (network or council), or null when
 * there is none. Read past access on purpose: it tells only that a members-only page exists
 * at an address someone already has (their own mail links to it), so the site can ask a
 * logged-out visitor to log in instead of answering 404; nothing of the event is shown.
 */
export async function closedEventAudience(payload: Payload, slug: string, req?: PayloadRequest): Promise<'network' | 'council' | null> {
  const { docs } = await payload.find({
    collection: 'events',
    where: { and: [{ slug: { equals: slug } }, { audience: { in: ['network', 'council'] } }, { _status: { equals: 'published' } }] },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { audience: true },
  })
  const audience = docs[0]?.audience
  return audience === 'network' || audience === 'council' ? audience : null
}
