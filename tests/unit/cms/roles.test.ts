import { describe, expect, test } from 'vitest'
import {
  agencyIdOf,
  hasRole,
  isAdmin,
  isAgencyRepresentative,
  isCommunityManager,
  visibleAudiences,
  type RoleBearer,
} from '../../../cms/access/roles.ts'

const admin: RoleBearer = { id: 1, role: 'admin' }
const manager: RoleBearer = { id: 2, role: 'community-manager' }
const representative: RoleBearer = { id: 3, role: 'agency-representative', agency: 7 }

describe('role predicates', () => {
  test('recognise each role', () => {
    expect(isAdmin(admin)).toBe(true)
    expect(isCommunityManager(manager)).toBe(true)
    expect(isAgencyRepresentative(representative)).toBe(true)
  })

  test('give a user no role but their own', () => {
    expect(isAdmin(manager)).toBe(false)
    expect(isAdmin(representative)).toBe(false)
    expect(isCommunityManager(admin)).toBe(false)
    expect(isAgencyRepresentative(manager)).toBe(false)
  })

  test('give the public (no user) no role at all', () => {
    for (const user of [null, undefined]) {
      expect(isAdmin(user)).toBe(false)
      expect(isCommunityManager(user)).toBe(false)
      expect(isAgencyRepresentative(user)).toBe(false)
    }
  })

  test('give a user without a role no role', () => {
    expect(hasRole({ id: 4, role: null }, 'admin')).toBe(false)
  })
})

describe('visibleAudiences', () => {
  test('shows the public only public events', () => {
    expect(visibleAudiences(null)).toEqual(['public'])
  })

  test('shows a community manager only public events (their own hubs’ events come from another rule)', () => {
    expect(visibleAudiences(manager)).toEqual(['public'])
  })

  test('shows a representative network events while their agency is in the network, council events while they hold a seat', () => {
    expect(visibleAudiences(representative)).toEqual(['public'])
    expect(visibleAudiences(representative, { memberAgency: true, councilMember: false })).toEqual(['public', 'network'])
    expect(visibleAudiences(representative, { memberAgency: false, councilMember: true })).toEqual(['public', 'council'])
    expect(visibleAudiences(representative, { memberAgency: true, councilMember: true })).toEqual(['public', 'network', 'council'])
  })

  test('an agency in the network means nothing to someone who is not a representative; a council seat counts for any account', () => {
    expect(visibleAudiences(manager, { memberAgency: true, councilMember: false })).toEqual(['public'])
    expect(visibleAudiences(manager, { memberAgency: true, councilMember: true })).toEqual(['public', 'council'])
    expect(visibleAudiences(null, { memberAgency: true, councilMember: true })).toEqual(['public'])
  })

  test('shows an admin every audience', () => {
    expect(visibleAudiences(admin)).toEqual(['public', 'network', 'council'])
  })
})

describe('agencyIdOf', () => {
  test('reads an agency given as an id', () => {
    expect(agencyIdOf(representative)).toBe(7)
  })

  test('reads an agency that has been populated', () => {
    expect(agencyIdOf({ id: 3, role: 'agency-representative', agency: { id: 9 } })).toBe(9)
  })

  test('is null for a user without an agency', () => {
    expect(agencyIdOf(manager)).toBeNull()
    expect(agencyIdOf({ id: 5, agency: null })).toBeNull()
  })

  test('is null for the public', () => {
    expect(agencyIdOf(null)).toBeNull()
  })

  test('keeps agency id 0 rather than treating it as missing', () => {
    expect(agencyIdOf({ id: 6, agency: 0 })).toBe(0)
  })
})
