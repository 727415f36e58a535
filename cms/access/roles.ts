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

/** What decides which closed events someone may see and join, beyond their role. */
export interface Standing {
  /** Their agency is in the authority network (confirmed or member). */
  memberAgency: boolean
  /** They hold a seat on the innovation council. */
  councilMember: boolean
}

export const NO_STANDING: Standing = { memberAgency: false, councilMember: false }

/**
 * Event audiences a user may see: admins all; a representative network events while their
 * agency is in the network; anyone logged in whose account holds a council seat council
 * events; everyone else public.
 */
export function visibleAudiences(user: RoleBearer | null | undefined, standing: Standing = NO_STANDING): Array<'public' | 'network' | 'council'> {
  if (isAdmin(user)) return ['public', 'network', 'council']
  const audiences: Array<'public' | 'network' | 'council'> = ['public']
  if (isAgencyRepresentative(user) && standing.memberAgency) audiences.push('network')
  if (user && standing.councilMember) audiences.push('council')
  return audiences
}
