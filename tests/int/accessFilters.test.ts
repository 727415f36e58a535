/**
 * Access control beyond the role × operation matrix (access.test.ts): the rules that filter
 * rows or fields rather than refuse, in the same world and through the same Local API calls.
 */
import { QueryError, type CollectionSlug, type Where } from 'payload'
import { describe, expect, test } from 'vitest'
import type { Agency, AgencyApplication, CommunityManager, Event, Hub, Media, Registration, User } from '../../cms/payload-types.ts'
import { ADMIN, as, COUNCIL_MANAGER, COUNCIL_MEMBER, ctx, ids, MANAGER, MEMBER_REPRESENTATIVE, PUBLIC, REPRESENTATIVE, t, value, w, type Actor } from '../helpers/accessWorld.ts'
import { buildCommunityManager } from '../helpers/factories.ts'

describe('deciding is not a field edit', () => {
  test('an admin’s direct change of an application’s status is ignored: deciding goes through approve and reject', async () => {
    const updated = value(await as(ADMIN).update('agency-applications', w.application.id, { status: 'approved' })) as AgencyApplication
    expect(updated.status).toBe(w.application.status)
  })
})

describe('what lists show', () => {
  test('the public’s event list holds published public events only', async () => {
    const { docs } = value(await as(PUBLIC).find('events'))
    expect(ids(docs as Event[]).sort()).toEqual([w.events.managed.id, w.events.other.id].sort())
  })

  test('asking for drafts does not show the public any draft event', async () => {
    const { docs } = value(await as(PUBLIC).find('events', { draft: true }))
    expect(ids(docs as Event[])).not.toContain(w.events.otherDraft.id)
    expect(ids(docs as Event[])).not.toContain(w.events.managedDraft.id)
  })

  test('a representative of an agency outside the network sees public events only', async () => {
    const { docs } = value(await as(REPRESENTATIVE).find('events'))
    expect(ids(docs as Event[]).sort()).toEqual([w.events.managed.id, w.events.other.id].sort())
  })

  test('a member agency’s representative also sees network events; one with a council seat council events too; no drafts', async () => {
    const member = value(await as(MEMBER_REPRESENTATIVE).find('events'))
    expect(ids(member.docs as Event[]).sort()).toEqual([w.events.managed.id, w.events.other.id, w.events.network.id].sort())
    const council = value(await as(COUNCIL_MEMBER).find('events'))
    expect(ids(council.docs as Event[]).sort()).toEqual([w.events.managed.id, w.events.other.id, w.events.network.id, w.events.council.id].sort())
  })

  test('the public’s hub list holds published hubs only, even when asking for drafts', async () => {
    for (const draft of [false, true]) {
      const { docs } = value(await as(PUBLIC).find('hubs', { draft }))
      expect(ids(docs as Hub[]).sort()).toEqual([w.hubs.managed.id, w.hubs.other.id].sort())
    }
  })

  test('a community manager’s registration list holds only registrations for their hubs’ events', async () => {
    const { docs } = value(await as(MANAGER).find('registrations'))
    expect(ids(docs as Registration[])).toEqual([w.registrations.atManagedHub.id])
  })

  test('an agency representative’s registration list holds only their own', async () => {
    const { docs } = value(await as(REPRESENTATIVE).find('registrations'))
    expect(ids(docs as Registration[])).toEqual([w.registrations.atManagedHub.id])
  })

  test('a community manager’s user list holds only themselves', async () => {
    const { docs } = value(await as(MANAGER).find('users'))
    expect(ids(docs as User[])).toEqual([w.users.manager.id])
  })

  test('the public’s agency list holds network members only', async () => {
    const { docs } = value(await as(PUBLIC).find('agencies'))
    expect(ids(docs as Agency[])).toEqual([w.agencies.member.id])
  })

  test('the public reads the published innovation council page, not the unpublished draft', async () => {
    for (const draft of [false, true]) {
      const council = value(await as(PUBLIC).findGlobal({ draft }))
      expect(council).toMatchObject({ title: 'Innovationsrådet', seats: 12 })
    }
  })

  test('an admin can read the unpublished draft of the innovation council page', async () => {
    const council = value(await as(ADMIN).findGlobal({ draft: true }))
    expect(council).toMatchObject({ title: 'Opublicerat utkast', seats: 13 })
  })
})

describe('filtering on what one may not read', () => {
  test('the public cannot find which agency an account represents by filtering on representatives', async () => {
    const outcome = await as(PUBLIC).find('agencies', { where: { representatives: { equals: w.users.memberRepresentative.id } } })
    expect(outcome.ok).toBe(false)
    expect((outcome as { error: unknown }).error).toBeInstanceOf(QueryError)
  })

  test('nor through a representative’s address', async () => {
    const outcome = await as(PUBLIC).find('agencies', { where: { 'representatives.email': { like: w.users.memberRepresentative.email } } })
    expect(outcome.ok).toBe(false)
  })

  test('a representative cannot map another agency’s accounts either', async () => {
    const outcome = await as(REPRESENTATIVE).find('agencies', { where: { representatives: { equals: w.users.memberRepresentative.id } } })
    expect(outcome.ok).toBe(false)
  })

  test('the public cannot filter community managers on a hidden phone or on their account', async () => {
    for (const where of [{ phone: { equals: w.profiles.manager.phone } }, { user: { equals: w.users.manager.id } }] as Where[]) {
      expect((await as(PUBLIC).find('community-managers', { where })).ok).toBe(false)
    }
  })

  test('an admin may filter agencies on their representatives', async () => {
    const { docs } = value(await as(ADMIN).find('agencies', { where: { representatives: { equals: w.users.memberRepresentative.id } } }))
    expect(ids(docs as Agency[])).toEqual([w.agencies.member.id])
  })

  test('a representative still sees their own agency’s representatives', async () => {
    const own = value(await as(MEMBER_REPRESENTATIVE).findByID('agencies', w.agencies.member.id)) as Agency
    expect(own.representatives).toBeDefined()
  })
})

describe('versions follow who may edit', () => {
  const parents = (docs: unknown[]) => [...new Set((docs as Array<{ parent: number | { id: number } }>).map((d) => (typeof d.parent === 'object' ? d.parent.id : d.parent)))]

  test('a community manager’s event versions are those of events at the hubs they run', async () => {
    const { docs } = value(await as(MANAGER).findVersions('events'))
    expect(parents(docs).sort()).toEqual([w.events.managed.id, w.events.managedDraft.id].sort())
  })

  test('a community manager’s hub versions are those of the hubs they run (the version’s own id is not the hub’s)', async () => {
    const { docs } = value(await as(MANAGER).findVersions('hubs'))
    expect(parents(docs).sort()).toEqual([w.hubs.managed.id, w.hubs.managedDraft.id].sort())
  })
})

describe('Payload’s own collections', () => {
  test('a preference made for someone else is stored as the maker’s own', async () => {
    const made = value(
      await as(REPRESENTATIVE).create('payload-preferences' as CollectionSlug, { key: 'x', value: {}, user: { relationTo: 'users', value: w.users.otherRepresentative.id } }),
    ) as { user: { value: number | { id: number } } }
    const owner = typeof made.user.value === 'object' ? made.user.value.id : made.user.value
    expect(owner).toBe(w.users.representative.id)
  })

  test('every collection and global states each of its access rules instead of taking Payload’s default', () => {
    const missing: string[] = []
    const check = (kind: string, slug: string, access: Record<string, unknown>, operations: string[]) => {
      for (const op of operations) {
        const rule = access[op] as { name?: string } | undefined
        // Payload fills gaps with `defaultAccess` (any logged-in user) and `defaultUnlockAccess`.
        if (typeof rule !== 'function' || rule.name === 'defaultAccess' || rule.name === 'defaultUnlockAccess') missing.push(`${kind} ${slug}: ${op}`)
      }
    }
    for (const c of ctx.payload.config.collections) {
      const ops = ['read', 'create', 'update', 'delete']
      if (c.auth) ops.push('unlock', 'admin')
      if (c.versions) ops.push('readVersions')
      check('collection', c.slug, c.access as Record<string, unknown>, ops)
    }
    for (const g of ctx.payload.config.globals) {
      check('global', g.slug, g.access as Record<string, unknown>, g.versions ? ['read', 'update', 'readVersions'] : ['read', 'update'])
    }
    expect(missing).toEqual([])
  })
})

describe('personal fields', () => {
  const profile = async (actor: Actor, p: CommunityManager) =>
    value(await as(actor).findByID('community-managers', p.id)) as CommunityManager

  test('the public does not see a community manager’s e-mail or phone they have not chosen to show', async () => {
    const seen = await profile(PUBLIC, w.profiles.manager)
    expect(seen.name).toBe(w.profiles.manager.name)
    expect(seen.email).toBeUndefined()
    expect(seen.phone).toBeUndefined()
  })

  test('the public sees a community manager’s e-mail once they choose to show it, and still not their phone', async () => {
    const seen = await profile(PUBLIC, w.profiles.otherManager)
    expect(seen.email).toBe(w.profiles.otherManager.email)
    expect(seen.phone).toBeUndefined()
  })

  test('the public sees a community manager’s phone once they choose to show it, and still not their e-mail', async () => {
    const shown = await buildCommunityManager(t.tx, { user: null, showPhone: true, showEmail: false })
    const seen = await profile(PUBLIC, shown)
    expect(seen.phone).toBe(shown.phone)
    expect(seen.email).toBeUndefined()
  })

  test('the public does not see which user account a profile belongs to', async () => {
    expect((await profile(PUBLIC, w.profiles.manager)).user).toBeUndefined()
  })

  test('a community manager does not see another community manager’s hidden phone or account', async () => {
    const seen = await profile(MANAGER, w.profiles.otherManager)
    expect(seen.phone).toBeUndefined()
    expect(seen.user).toBeUndefined()
  })

  test('an agency representative does not see a community manager’s hidden e-mail or phone', async () => {
    const seen = await profile(REPRESENTATIVE, w.profiles.manager)
    expect(seen.email).toBeUndefined()
    expect(seen.phone).toBeUndefined()
  })

  test('a community manager sees their own hidden e-mail and phone', async () => {
    const seen = await profile(MANAGER, w.profiles.manager)
    expect(seen.email).toBe(w.profiles.manager.email)
    expect(seen.phone).toBe(w.profiles.manager.phone)
  })

  test('an admin sees every community manager’s e-mail and phone', async () => {
    const seen = await profile(ADMIN, w.profiles.manager)
    expect(seen.email).toBe(w.profiles.manager.email)
    expect(seen.phone).toBe(w.profiles.manager.phone)
  })

  test('a community manager does not see a registration’s secret link token', async () => {
    const seen = value(await as(MANAGER).findByID('registrations', w.registrations.atManagedHub.id)) as Registration
    expect(seen.email).toBe(w.registrations.atManagedHub.email)
    expect(seen.token).toBeUndefined()
  })
})

describe('fields a user may not change', () => {
  const stored = async <T,>(collection: CollectionSlug, id: number) =>
    (await ctx.payload.findByID({ collection, id, req: await t.tx.req(), overrideAccess: true, depth: 0 })) as T

  test('a community manager cannot make themselves an admin', async () => {
    const outcome = await as(MANAGER).update('users', w.users.manager.id, { role: 'admin' })
    if (outcome.ok) expect((outcome.value as User).role).toBe('community-manager')
    expect((await stored<User>('users', w.users.manager.id)).role).toBe('community-manager')
  })

  test('an agency representative cannot make themselves an admin', async () => {
    const outcome = await as(REPRESENTATIVE).update('users', w.users.representative.id, { role: 'admin' })
    if (outcome.ok) expect((outcome.value as User).role).toBe('agency-representative')
    expect((await stored<User>('users', w.users.representative.id)).role).toBe('agency-representative')
  })

  test('an agency representative cannot move themselves to another agency', async () => {
    await as(REPRESENTATIVE).update('users', w.users.representative.id, { agency: w.agencies.member.id })
    expect((await stored<User>('users', w.users.representative.id)).agency).toBe(w.agencies.own.id)
  })

  test('an agency representative cannot make their own agency a member of the network', async () => {
    await as(REPRESENTATIVE).update('agencies', w.agencies.own.id, { membershipStatus: 'member' })
    expect((await stored<Agency>('agencies', w.agencies.own.id)).membershipStatus).toBe('applied')
  })

  test('an agency representative cannot confirm their own registration', async () => {
    await as(REPRESENTATIVE).update('registrations', w.registrations.atManagedHub.id, { status: 'waitlisted' })
    expect((await stored<Registration>('registrations', w.registrations.atManagedHub.id)).status).toBe('confirmed')
  })

  test('an agency representative cannot move their registration to another event', async () => {
    await as(REPRESENTATIVE).update('registrations', w.registrations.atManagedHub.id, { event: w.events.council.id })
    expect((await stored<Registration>('registrations', w.registrations.atManagedHub.id)).event).toBe(w.events.managed.id)
  })

  test('an agency representative cannot hand their registration to someone else', async () => {
    await as(REPRESENTATIVE).update('registrations', w.registrations.atManagedHub.id, { user: w.users.otherRepresentative.id })
    expect((await stored<Registration>('registrations', w.registrations.atManagedHub.id)).user).toBe(w.users.representative.id)
  })

  test('an agency representative cannot postpone the purge of their registration', async () => {
    await as(REPRESENTATIVE).update('registrations', w.registrations.atManagedHub.id, { purgeAfter: '2099-01-01T00:00:00.000Z' })
    expect((await stored<Registration>('registrations', w.registrations.atManagedHub.id)).purgeAfter).toBeNull()
  })

  test('a community manager cannot change who runs their hub', async () => {
    await as(MANAGER).update('hubs', w.hubs.managed.id, { communityManagers: [w.profiles.manager.id, w.profiles.otherManager.id] })
    expect((await stored<Hub>('hubs', w.hubs.managed.id)).communityManagers).toEqual([w.profiles.manager.id])
  })

  test('a community manager cannot relink their profile to another account', async () => {
    await as(MANAGER).update('community-managers', w.profiles.manager.id, { user: w.users.otherManager.id })
    expect((await stored<CommunityManager>('community-managers', w.profiles.manager.id)).user).toBe(w.users.manager.id)
  })

  test('a community manager cannot claim an image someone else uploaded', async () => {
    await as(MANAGER).update('media', w.media.byManager.id, { uploadedBy: w.users.admin.id })
    expect((await stored<Media>('media', w.media.byManager.id)).uploadedBy).toBe(w.users.manager.id)
  })
})
