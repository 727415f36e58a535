/**
 * The world of the access specification (tests/int/access*.test.ts): the users of every role,
 * hubs, events, agencies and the rest, built once per test file inside the file's transaction,
 * and the Local API as one actor sees it (access control on, each call in its own savepoint).
 */
import { docAccessOperation, Forbidden, getAccessResults, NotFound, type CollectionSlug, type PayloadRequest, type Where } from 'payload'
import { beforeAll } from 'vitest'
import type { Agency, AgencyApplication, CommunityManager, Event, Hub, MailOutbox, Media, Municipality, Registration, User } from '../../cms/payload-types.ts'
import { buildAgency, buildAgencyApplication, buildCommunityManager, buildEvent, buildHub, buildMedia, buildMunicipality, buildRegistration, buildUser, pngFile } from './factories.ts'
import { usePayload } from './payload.ts'
import { useFileTransaction, useTestTransaction, type Outcome } from './transaction.ts'

export const ctx = usePayload()
export const file = useFileTransaction(ctx)

// The world every test starts from -----------------------------------------------------------

export interface World {
  users: { admin: User; manager: User; otherManager: User; representative: User; otherRepresentative: User; memberRepresentative: User; councilRepresentative: User; councilManager: User }
  profiles: { manager: CommunityManager; otherManager: CommunityManager }
  municipality: Municipality
  /** A municipality without hubs, which may be deleted. */
  emptyMunicipality: Municipality
  hubs: { managed: Hub; managedDraft: Hub; other: Hub; otherDraft: Hub }
  events: { managed: Event; managedDraft: Event; other: Event; otherDraft: Event; network: Event; council: Event }
  agencies: { own: Agency; other: Agency; member: Agency }
  registrations: { atManagedHub: Registration; atOtherHub: Registration }
  application: AgencyApplication
  addRepresentative: AgencyApplication
  addRepresentativePending: AgencyApplication
  councilApplication: { id: number }
  media: { byManager: Media; byAdmin: Media }
  mail: MailOutbox
  job: { id: number | string }
  report: { id: number }
  /** A lock the admin holds on the other hub, and a panel preference of the other representative. */
  lock: { id: number }
  preference: { id: number }
}

export let w: World

/** Built once per file inside the file's transaction; each test works in a savepoint of it. */
async function buildWorld(): Promise<World> {
  const tx = file.tx
  const own = await buildAgency(tx, { name: 'Försäkringskassan (test)', membershipStatus: 'applied' })
  const other = await buildAgency(tx, { name: 'Skatteverket (test)', membershipStatus: 'applied' })
  const member = await buildAgency(tx, { name: 'Arbetsförmedlingen (test)', membershipStatus: 'member' })
  const users = {
    admin: await buildUser(tx, 'admin'),
    manager: await buildUser(tx, 'community-manager'),
    otherManager: await buildUser(tx, 'community-manager'),
    representative: await buildUser(tx, 'agency-representative', { agency: own.id }),
    otherRepresentative: await buildUser(tx, 'agency-representative', { agency: other.id }),
    memberRepresentative: await buildUser(tx, 'agency-representative', { agency: member.id }),
    councilRepresentative: await buildUser(tx, 'agency-representative', { agency: member.id }),
    councilManager: await buildUser(tx, 'community-manager'),
  }
  const profiles = {
    manager: await buildCommunityManager(tx, { user: users.manager.id, showEmail: false, showPhone: false }),
    otherManager: await buildCommunityManager(tx, { user: users.otherManager.id, showEmail: true, showPhone: false }),
  }
  const municipality = await buildMunicipality(tx, { name: 'Strömsund', slug: 'stromsund-test' })
  const emptyMunicipality = await buildMunicipality(tx, { name: 'Berg', slug: 'berg-test' })
  const managers = (p: CommunityManager) => ({ municipality: municipality.id, communityManagers: [p.id] })
  const hubs = {
    managed: await buildHub(tx, { name: 'Fjällhubben', ...managers(profiles.manager) }),
    managedDraft: await buildHub(tx, { name: 'Nya hubben', _status: 'draft', ...managers(profiles.manager) }),
    other: await buildHub(tx, { name: 'Högt Hett & Säkert', ...managers(profiles.otherManager) }),
    otherDraft: await buildHub(tx, { name: 'Hemliga hubben', _status: 'draft', ...managers(profiles.otherManager) }),
  }
  const events = {
    managed: await buildEvent(tx, { hub: hubs.managed.id, title: 'Fika i Fjällhubben' }),
    managedDraft: await buildEvent(tx, { hub: hubs.managed.id, _status: 'draft', title: 'Utkast i Fjällhubben' }),
    other: await buildEvent(tx, { hub: hubs.other.id, title: 'Öppet hus' }),
    otherDraft: await buildEvent(tx, { hub: hubs.other.id, _status: 'draft', title: 'Hemligt utkast' }),
    network: await buildEvent(tx, { hub: hubs.other.id, audience: 'network', type: 'network-meeting', title: 'Myndighetsnätverket träffas' }),
    council: await buildEvent(tx, { hub: hubs.other.id, audience: 'council', type: 'council-meeting', title: 'Innovationsrådets möte' }),
  }
  const registrations = {
    atManagedHub: await buildRegistration(tx, { event: events.managed.id, user: users.representative.id, agency: own.id }),
    atOtherHub: await buildRegistration(tx, { event: events.network.id, user: users.otherRepresentative.id, agency: other.id }),
  }
  await ctx.payload.updateGlobal({
    slug: 'innovation-council',
    data: {
      title: 'Innovationsrådet',
      seats: 12,
      members: [
        { name: 'Rådsledamot', organisation: 'Arbetsförmedlingen (test)', role: 'member', user: users.councilRepresentative.id },
        { name: 'Hubbvärd i rådet', organisation: 'Region Jämtland Härjedalen', role: 'member', user: users.councilManager.id },
      ],
      _status: 'published',
    },
    req: await tx.req(),
    overrideAccess: true,
  })
  await ctx.payload.updateGlobal({
    slug: 'innovation-council',
    data: { title: 'Opublicerat utkast', seats: 13 },
    draft: true,
    req: await tx.req(),
    overrideAccess: true,
  })
  return {
    users,
    profiles,
    municipality,
    emptyMunicipality,
    hubs,
    events,
    agencies: { own, other, member },
    registrations,
    application: await buildAgencyApplication(tx),
    addRepresentative: await buildAgencyApplication(tx, { kind: 'add-representative', agency: member.id, orgNumber: member.orgNumber, status: 'confirmed' }),
    addRepresentativePending: await buildAgencyApplication(tx, { kind: 'add-representative', agency: member.id, orgNumber: member.orgNumber, status: 'pending' }),
    councilApplication: await ctx.payload.create({
      collection: 'council-applications',
      data: { user: users.memberRepresentative.id, organisation: 'Arbetsförmedlingen (test)', motivation: 'Varför', contribution: 'Vad', status: 'pending' },
      overrideAccess: true,
      req: await tx.req(),
    }),
    media: { byManager: await buildMedia(tx, { uploadedBy: users.manager }), byAdmin: await buildMedia(tx, { uploadedBy: users.admin }) },
    mail: await tx.payload.create({
      collection: 'mail-outbox',
      data: { to: 'anna@example.org', subject: 'Bekräfta', text: 'Hej', kind: 'registration-confirm', status: 'pending', attempts: 0 },
      overrideAccess: true,
      req: await tx.req(),
    }),
    job: await tx.payload.jobs.queue({ task: 'deliverMail', input: { messageId: 1 }, queue: 'mail', req: await tx.req() }),
    report: await tx.payload.create({
      collection: 'accessibility-reports',
      data: { page: '/hubbar', description: 'Kontrasten är för låg.', name: 'Anna', email: 'anna@example.org', locale: 'sv', status: 'new' },
      overrideAccess: true,
      req: await tx.req(),
    }),
    lock: (await tx.payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'hubs', value: hubs.other.id }, user: { relationTo: 'users', value: users.admin.id } },
      overrideAccess: true,
      req: await tx.req(),
    })) as { id: number },
    preference: (await tx.payload.create({
      collection: 'payload-preferences',
      // Payload writes a preference's owner from the request's user.
      data: { key: 'nav', value: { open: true }, user: { relationTo: 'users', value: users.otherRepresentative.id } },
      overrideAccess: true,
      req: await tx.req(users.otherRepresentative),
    })) as { id: number },
  }
}

beforeAll(async () => {
  w = await buildWorld()
})

export const t = useTestTransaction(ctx, file)

// Acting as someone --------------------------------------------------------------------------

export const PUBLIC = 'the public'
export const ADMIN = 'an admin'
export const MANAGER = 'a community manager'
export const REPRESENTATIVE = 'an agency representative'
export const MEMBER_REPRESENTATIVE = 'a representative of an agency in the network'
export const COUNCIL_MEMBER = 'a representative on the innovation council'
export const COUNCIL_MANAGER = 'a community manager on the innovation council'
export type Actor = typeof PUBLIC | typeof ADMIN | typeof MANAGER | typeof REPRESENTATIVE | typeof MEMBER_REPRESENTATIVE | typeof COUNCIL_MEMBER | typeof COUNCIL_MANAGER

const userOf = (actor: Actor): User | null =>
  ({
    [PUBLIC]: null,
    [ADMIN]: w.users.admin,
    [MANAGER]: w.users.manager,
    [REPRESENTATIVE]: w.users.representative,
    [MEMBER_REPRESENTATIVE]: w.users.memberRepresentative,
    [COUNCIL_MEMBER]: w.users.councilRepresentative,
    [COUNCIL_MANAGER]: w.users.councilManager,
  })[actor]

type Data = Record<string, unknown>
type Extra = { draft?: boolean; where?: Where; file?: Awaited<ReturnType<typeof pngFile>> }

/** The Local API as one actor sees it: access control on, each call in its own savepoint. */
export function as(actor: Actor) {
  const user = userOf(actor)
  const run = <T,>(fn: (o: { req: PayloadRequest; user: User | null; overrideAccess: false; depth: 0 }) => Promise<T>) =>
    t.tx.attempt(user, (req) => fn({ req, user, overrideAccess: false, depth: 0 }))
  const p = ctx.payload
  return {
    find: (collection: CollectionSlug, extra: Extra = {}) =>
      run((o) => p.find({ collection, limit: 100, where: extra.where, draft: extra.draft, ...o })),
    findByID: (collection: CollectionSlug, id: number, extra: Extra = {}) => run((o) => p.findByID({ collection, id, draft: extra.draft, ...o })),
    create: (collection: CollectionSlug, data: Data, extra: Extra = {}) =>
      run((o) => p.create({ collection, data: data as never, file: extra.file, draft: extra.draft, ...o })),
    update: (collection: CollectionSlug, id: number, data: Data) => run((o) => p.update({ collection, id, data: data as never, ...o })),
    delete: (collection: CollectionSlug, id: number) => run((o) => p.delete({ collection, id, ...o })),
    findVersions: (collection: 'hubs' | 'events', extra: Extra = {}) => run((o) => p.findVersions({ collection, limit: 100, where: extra.where, ...o })),
    findGlobalVersions: (slug: 'innovation-council' | 'payload-jobs-stats' = 'innovation-council') => run((o) => p.findGlobalVersions({ slug: slug as 'innovation-council', ...o })),
    unlock: (email: string) => run((o) => p.unlock({ collection: 'users', data: { email } as never, ...o })),
    findGlobal: (extra: Extra & { slug?: string } = {}) => run((o) => p.findGlobal({ slug: (extra.slug ?? 'innovation-council') as 'innovation-council', draft: extra.draft, ...o })),
    updateGlobal: (data: Data, slug = 'innovation-council') => run((o) => p.updateGlobal({ slug: slug as 'innovation-council', data: data as never, ...o })),
    /**
     * Whether the admin panel offers Create, asked as the panel asks: once with no document (the
     * navigation and the list's button) and once for an empty new draft (the create view).
     */
    offeredCreate: (collection: CollectionSlug) =>
      run(async ({ req }) => {
        const everything = await getAccessResults({ req })
        const createView = await docAccessOperation({ collection: p.collections[collection], data: { _status: 'draft' }, req })
        if (!everything.collections?.[collection]?.create || !createView.create) throw new Forbidden(req.t)
        return true
      }),
  }
}
export type Api = ReturnType<typeof as>

// The matrix ----------------------------------------------------------------------------------

/** [who, may | may not, what, how, and for "may not" the refusal expected]. */
export type Rule =
  | [Actor, 'may', string, (api: Api) => Promise<Outcome<unknown>>]
  | [Actor, 'may not', string, (api: Api) => Promise<Outcome<unknown>>, typeof Forbidden | typeof NotFound]

export const ids = (docs: Array<{ id: number }>) => docs.map((d) => d.id)

export const lockOn = (relationTo: 'hubs' | 'events', id: number, userId: number) => ({
  document: { relationTo, value: id },
  user: { relationTo: 'users', value: userId },
})

export const value = <T,>(outcome: Outcome<T>): T => {
  if (!outcome.ok) throw outcome.error
  return outcome.value
}
