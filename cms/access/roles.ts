/** Pure role predicates. They take the user object only, so they need no server to test. */
export const ROLES = ['admin', 'community-manager', 'agency-representative'] as const
export type Role = (typeof ROLES)[number]

export interface RoleBearer {
  id: number | string
  role?: Role | null
  agency?: number | { id: number } | null
}

export function hasRole(user: RoleBearer | null | undefined, role: Role): boolean {
  return Boolean(user && user.role === role)
}

export const isAdmin = (user: RoleBearer | null | undefined): boolean => hasRole(user, 'admin')
export const isCommunityManager = (user: RoleBearer | null | undefined): boolean =>
  hasRole(user, 'community-manager')
export const isAgencyRepresentative = (user: RoleBearer | null | undefined): boolean =>
  hasRole(user, 'agency-representative')

/** The id of the agency a representative belongs to, whether populated or not. */
export function agencyIdOf(user: RoleBearer | null | undefined): number | null {
  const agency = user?.agency
  if (agency == null) return null
  return typeof agency === 'object' ? agency.id : agency
}

/** Event audiences a user may see. Representatives see network and council events too. */
export function visibleAudiences(user: RoleBearer | null | undefined): Array<'public' | 'network' | 'council'> {
  if (isAdmin(user) || isAgencyRepresentative(user)) return ['public', 'network', 'council']
  return ['public']
}
