import type { Access, FieldAccess, Where } from 'payload'
import { isAdmin } from './roles.ts'

export * from './roles.ts'

export const anyone: Access = () => true
export const nobody: Access = () => false
export const adminOnly: Access = ({ req }) => isAdmin(req.user)
export const authenticated: Access = ({ req }) => Boolean(req.user)
export const adminOnlyField: FieldAccess = ({ req }) => isAdmin(req.user)

export const published: Where = { _status: { equals: 'published' } }

/** Admins see drafts too; everyone else sees published versions only. */
export const publishedOrAdmin: Access = ({ req }) => (isAdmin(req.user) ? true : published)

/** A row rule over a list of ids; an empty list allows nothing (an empty IN is not valid SQL). */
export function idIn(ids: Array<number | string>, field = 'id'): Where | false {
  return ids.length > 0 ? { [field]: { in: ids } } : false
}
