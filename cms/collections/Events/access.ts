import type { Access, Where } from 'payload'
import { idIn, isAdmin, isCommunityManager, published, visibleAudiences } from '../../access/index.ts'
import { managedEventIds, managedHubIds } from '../../access/managedHubs.ts'
import { standingOf } from '../../network/entitlement.ts'

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

/** Community managers create events only at the hubs they run. */
export const createEvents: Access = async ({ req, data }) => {
  if (isAdmin(req.user)) return true
  if (!isCommunityManager(req.user)) return false
  const hub = hubIdOf(data?.hub)
  return hub != null && (await managedHubIds(req)).includes(hub)
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
