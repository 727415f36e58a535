import { Forbidden, type Access, type BaseFilter, type CollectionBeforeOperationHook, type Where } from 'payload'
import { idIn, isAdmin, isCommunityManager, published, visibleAudiences } from '../../access/index.ts'
import { managedEventIds, managedHubIds } from '../../access/managedHubs.ts'
import { standingOf } from '../../network/entitlement.ts'
import { ownHubsListFilter } from './listFilter.ts'

/** Published events in the audiences this user may see; community managers also see all of their own. */
export const readEvents: Access = async ({ req }) => {
  if (isAdmin(req.user)) return true
  const visible: Where = { and: [published, { audience: { in: visibleAudiences(req.user, await standingOf(req.payload, req.user, req)) } }] }
  if (isCommunityManager(req.user)) {
    const own = idIn(await managedHubIds(req), 'hub')
    return own ? { or: [visible, own] } : visible
  }
  return visible
}

function hubIdOf(value: unknown): number | null {
  if (value == null) return null
  if (typeof value === 'object' && 'id' in (value as object)) return Number((value as { id: unknown }).id)
  const n = Number(value)
  return Number.isFinite(n) ? n : null
}

/**
 * Data that names no event: the admin panel asking whether to offer Create at all (it sends
 * nothing, or only `_status` for the empty new draft), not an event being created.
 */
const namesNoEvent = (data: Record<string, unknown> | undefined): boolean => !data || Object.keys(data).every((key) => key === '_status')

/**
 * Community managers create events only at the hubs they run. Asked with no event, the answer
 * is whether they run any hub, so the panel shows them Create; the create itself is then held
 * to a hub of theirs by `createOnlyAtOwnHubs`, since the same empty data may also be a real create.
 */
export const createEvents: Access = async ({ req, data }) => {
  if (isAdmin(req.user)) return true
  if (!isCommunityManager(req.user)) return false
  const hubs = await managedHubIds(req)
  if (namesNoEvent(data)) return hubs.length > 0
  const hub = hubIdOf(data?.hub)
  return hub != null && hubs.includes(hub)
}

/** Refuses a community manager's create (or duplicate) of an event at no hub of theirs, whatever access answered. */
export const createOnlyAtOwnHubs: CollectionBeforeOperationHook = async ({ args, operation, overrideAccess, req }) => {
  if (operation !== 'create' || overrideAccess || isAdmin(req.user) || !isCommunityManager(req.user)) return args
  const data = (args.data ?? {}) as Record<string, unknown>
  let hub = hubIdOf(data.hub)
  if (hub == null && !('hub' in data) && args.duplicateFromID != null) {
    const original = await req.payload.findByID({ collection: 'events', id: args.duplicateFromID as number | string, depth: 0, draft: true, overrideAccess: true, req, disableErrors: true })
    hub = hubIdOf(original?.hub)
  }
  if (hub == null || !(await managedHubIds(req)).includes(hub)) throw new Forbidden(req.t)
  return args
}

/**
 * Community managers change or delete only events at their hubs, and may not move an
 * event to a hub they do not run.
 */
export const changeEvents: Access = async ({ req, data }) => {
  if (isAdmin(req.user)) return true
  if (!isCommunityManager(req.user)) return false
  const hubs = await managedHubIds(req)
  if (data && 'hub' in data) {
    const target = hubIdOf(data.hub)
    if (target == null || !hubs.includes(target)) return false
  }
  return idIn(hubs, 'hub')
}

/**
 * Versions of an event (drafts, history, closed meetings' links) for those who may edit it:
 * admins, and community managers for the events at their hubs. Everyone else reads only the
 * published event, through `readEvents`.
 */
export const readEventVersions: Access = async ({ req }) => {
  if (isAdmin(req.user)) return true
  if (isCommunityManager(req.user)) return idIn(await managedEventIds(req), 'parent')
  return false
}

/** The admin panel's events list opens on a community manager's own hubs (admins see every event). */
export const eventsListFilter: BaseFilter = async ({ req }) => {
  if (isAdmin(req.user) || !isCommunityManager(req.user)) return null
  return ownHubsListFilter(await managedHubIds(req), req.query?.where)
}
