import type { Access } from 'payload'
import { idIn, isAdmin, isCommunityManager, published } from '../../access/index.ts'
import { managedHubIds } from '../../access/managedHubs.ts'

/** Everyone sees published hubs; a community manager also sees drafts of their own. */
export const readHubs: Access = async ({ req }) => {
  if (isAdmin(req.user)) return true
  if (isCommunityManager(req.user)) {
    const own = idIn(await managedHubIds(req))
    return own ? { or: [published, own] } : published
  }
  return published
}

/** A community manager updates only the hubs they run. */
export const updateHubs: Access = async ({ req }) => {
  if (isAdmin(req.user)) return true
  if (isCommunityManager(req.user)) return idIn(await managedHubIds(req))
  return false
}

/**
 * Versions of a hub (drafts and history) for those who may edit it. A versions row's own id
 * is not the hub's, so the rule names the hub as `parent`.
 */
export const readHubVersions: Access = async ({ req }) => {
  if (isAdmin(req.user)) return true
  if (isCommunityManager(req.user)) return idIn(await managedHubIds(req), 'parent')
  return false
}
