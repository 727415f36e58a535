/**
 * Access control, written as a specification: who may do what to which collection.
 *
 * Every call goes through the Local API with `overrideAccess: false` and the actor's user on the
 * request, exactly as the site and the admin panel call it. A refusal is Payload's `Forbidden`
 * when the rule says no outright, or `NotFound` when a row rule hides the document.
 */
import { Forbidden, NotFound, QueryError, type CollectionSlug, type PayloadRequest, type Where } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'
import type {
  Agency,
  AgencyApplication,
  CommunityManager,
  Event,
  Hub,
  MailOutbox,
  Media,
  Municipality,
  Registration,
  User,
} from '../../cms/payload-types.ts'
import {
  agencyApplicationData,
  agencyData,
  buildAgency,
  buildAgencyApplication,
  buildCommunityManager,
  buildEvent,
  buildHub,
  buildMedia,
  buildMunicipality,
  buildRegistration,
  buildUser,
  communityManagerData,
  eventData,
  hubData,
  municipalityData,
  pngFile,
  registrationData,
  userData,
} from '../helpers/factories.ts'
import { usePayload } from '../helpers/payload.ts'
import { useFileTransaction, useTestTransaction, type Outcome } from '../helpers/transaction.ts'

const ctx = usePayload()
const file = useFileTransaction(ctx)

// The world every test starts from -----------------------------------------------------------

interface World {
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

let w: World

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

const t = useTestTransaction(ctx, file)

// Acting as someone --------------------------------------------------------------------------

const PUBLIC = 'the public'
const ADMIN = 'an admin'
const MANAGER = 'a community manager'
const REPRESENTATIVE = 'an agency representative'
const MEMBER_REPRESENTATIVE = 'a representative of an agency in the network'
const COUNCIL_MEMBER = 'a representative on the innovation council'
const COUNCIL_MANAGER = 'a community manager on the innovation council'
type Actor = typeof PUBLIC | typeof ADMIN | typeof MANAGER | typeof REPRESENTATIVE | typeof MEMBER_REPRESENTATIVE | typeof COUNCIL_MEMBER | typeof COUNCIL_MANAGER

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
function as(actor: Actor) {
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
  }
}
type Api = ReturnType<typeof as>

// The matrix ----------------------------------------------------------------------------------

/** [who, may | may not, what, how, and for "may not" the refusal expected]. */
type Rule =
  | [Actor, 'may', string, (api: Api) => Promise<Outcome<unknown>>]
  | [Actor, 'may not', string, (api: Api) => Promise<Outcome<unknown>>, typeof Forbidden | typeof NotFound]

const ids = (docs: Array<{ id: number }>) => docs.map((d) => d.id)

const lockOn = (relationTo: 'hubs' | 'events', id: number, userId: number) => ({
  document: { relationTo, value: id },
  user: { relationTo: 'users', value: userId },
})

const matrix: Record<string, Rule[]> = {
  hubs: [
    [PUBLIC, 'may', 'read a published hub', (a) => a.findByID('hubs', w.hubs.managed.id)],
    [PUBLIC, 'may not', 'read a draft hub', (a) => a.findByID('hubs', w.hubs.otherDraft.id), NotFound],
    [PUBLIC, 'may not', 'read a draft hub by asking for drafts', (a) => a.findByID('hubs', w.hubs.otherDraft.id, { draft: true }), NotFound],
    [PUBLIC, 'may not', 'create a hub', (a) => a.create('hubs', hubData({ municipality: w.municipality.id })), Forbidden],
    [PUBLIC, 'may not', 'update a hub', (a) => a.update('hubs', w.hubs.managed.id, { desks: 1 }), Forbidden],
    [PUBLIC, 'may not', 'delete a hub', (a) => a.delete('hubs', w.hubs.managed.id), Forbidden],

    [ADMIN, 'may', 'read a draft hub', (a) => a.findByID('hubs', w.hubs.otherDraft.id, { draft: true })],
    [ADMIN, 'may', 'create a hub', (a) => a.create('hubs', hubData({ municipality: w.municipality.id }))],
    [ADMIN, 'may', 'update any hub', (a) => a.update('hubs', w.hubs.other.id, { desks: 12 })],
    [ADMIN, 'may', 'delete a hub', (a) => a.delete('hubs', w.hubs.otherDraft.id)],

    [MANAGER, 'may', 'read a published hub they do not run', (a) => a.findByID('hubs', w.hubs.other.id)],
    [MANAGER, 'may', 'read a draft of a hub they run', (a) => a.findByID('hubs', w.hubs.managedDraft.id, { draft: true })],
    [MANAGER, 'may not', 'read a draft of a hub they do not run', (a) => a.findByID('hubs', w.hubs.otherDraft.id, { draft: true }), NotFound],
    [MANAGER, 'may', 'update a hub they run', (a) => a.update('hubs', w.hubs.managed.id, { desks: 14 })],
    [MANAGER, 'may not', 'update a hub they do not run', (a) => a.update('hubs', w.hubs.other.id, { desks: 99 }), Forbidden],
    [MANAGER, 'may not', 'create a hub', (a) => a.create('hubs', hubData({ municipality: w.municipality.id })), Forbidden],
    [MANAGER, 'may not', 'delete even a hub they run', (a) => a.delete('hubs', w.hubs.managed.id), Forbidden],

    [REPRESENTATIVE, 'may', 'read a published hub', (a) => a.findByID('hubs', w.hubs.other.id)],
    [REPRESENTATIVE, 'may not', 'read a draft hub', (a) => a.findByID('hubs', w.hubs.otherDraft.id, { draft: true }), NotFound],
    [REPRESENTATIVE, 'may not', 'create a hub', (a) => a.create('hubs', hubData({ municipality: w.municipality.id })), Forbidden],
    [REPRESENTATIVE, 'may not', 'update a hub', (a) => a.update('hubs', w.hubs.managed.id, { desks: 1 }), Forbidden],
    [REPRESENTATIVE, 'may not', 'delete a hub', (a) => a.delete('hubs', w.hubs.managed.id), Forbidden],
  ],

  events: [
    [PUBLIC, 'may', 'read a published public event', (a) => a.findByID('events', w.events.other.id)],
    [PUBLIC, 'may not', 'read a network event', (a) => a.findByID('events', w.events.network.id), NotFound],
    [PUBLIC, 'may not', 'read an innovation council event', (a) => a.findByID('events', w.events.council.id), NotFound],
    [PUBLIC, 'may not', 'read a draft event', (a) => a.findByID('events', w.events.otherDraft.id, { draft: true }), NotFound],
    [PUBLIC, 'may not', 'create an event', (a) => a.create('events', eventData({ hub: w.hubs.managed.id })), Forbidden],
    [PUBLIC, 'may not', 'update an event', (a) => a.update('events', w.events.other.id, { capacity: 5 }), Forbidden],
    [PUBLIC, 'may not', 'delete an event', (a) => a.delete('events', w.events.other.id), Forbidden],

    [ADMIN, 'may', 'read a draft event', (a) => a.findByID('events', w.events.otherDraft.id, { draft: true })],
    [ADMIN, 'may', 'create an event at any hub', (a) => a.create('events', eventData({ hub: w.hubs.other.id }))],
    [ADMIN, 'may', 'update any event', (a) => a.update('events', w.events.council.id, { capacity: 20 })],
    [ADMIN, 'may', 'delete any event', (a) => a.delete('events', w.events.council.id)],

    [MANAGER, 'may', 'read a draft event at a hub they run', (a) => a.findByID('events', w.events.managedDraft.id, { draft: true })],
    [MANAGER, 'may not', 'read a draft event at a hub they do not run', (a) => a.findByID('events', w.events.otherDraft.id, { draft: true }), NotFound],
    [MANAGER, 'may not', 'read a network event at a hub they do not run', (a) => a.findByID('events', w.events.network.id), NotFound],
    [MANAGER, 'may', 'create an event at a hub they run', (a) => a.create('events', eventData({ hub: w.hubs.managed.id }))],
    [MANAGER, 'may not', 'create an event at a hub they do not run', (a) => a.create('events', eventData({ hub: w.hubs.other.id })), Forbidden],
    [MANAGER, 'may not', 'create an event at no hub at all', (a) => a.create('events', eventData({ venueKind: 'venue', venueName: 'Folkets hus' })), Forbidden],
    [MANAGER, 'may', 'update an event at a hub they run', (a) => a.update('events', w.events.managed.id, { capacity: 30 })],
    [MANAGER, 'may not', 'update an event at a hub they do not run', (a) => a.update('events', w.events.other.id, { capacity: 1 }), Forbidden],
    [MANAGER, 'may not', 'move their own event to a hub they do not run', (a) => a.update('events', w.events.managed.id, { hub: w.hubs.other.id }), Forbidden],
    [MANAGER, 'may', 'delete an event at a hub they run', (a) => a.delete('events', w.events.managedDraft.id)],
    [MANAGER, 'may not', 'delete an event at a hub they do not run', (a) => a.delete('events', w.events.other.id), Forbidden],

    [REPRESENTATIVE, 'may not', 'read a network event while their agency is not in the network', (a) => a.findByID('events', w.events.network.id), NotFound],
    [REPRESENTATIVE, 'may not', 'read an innovation council event without a seat', (a) => a.findByID('events', w.events.council.id), NotFound],
    [MEMBER_REPRESENTATIVE, 'may', 'read a network event', (a) => a.findByID('events', w.events.network.id)],
    [MEMBER_REPRESENTATIVE, 'may not', 'read an innovation council event without a seat', (a) => a.findByID('events', w.events.council.id), NotFound],
    [MEMBER_REPRESENTATIVE, 'may not', 'update an event', (a) => a.update('events', w.events.network.id, { capacity: 5 }), Forbidden],
    [COUNCIL_MEMBER, 'may', 'read an innovation council event', (a) => a.findByID('events', w.events.council.id)],
    [COUNCIL_MEMBER, 'may', 'read a network event', (a) => a.findByID('events', w.events.network.id)],
    [COUNCIL_MEMBER, 'may not', 'delete an event', (a) => a.delete('events', w.events.council.id), Forbidden],
    [COUNCIL_MANAGER, 'may', 'read an innovation council event', (a) => a.findByID('events', w.events.council.id)],
    [COUNCIL_MANAGER, 'may not', 'read a network event (a seat is not an agency in the network)', (a) => a.findByID('events', w.events.network.id), NotFound],
    [COUNCIL_MANAGER, 'may not', 'update a council event at a hub they do not run', (a) => a.update('events', w.events.council.id, { capacity: 5 }), Forbidden],
    [REPRESENTATIVE, 'may not', 'read a draft event', (a) => a.findByID('events', w.events.otherDraft.id, { draft: true }), NotFound],
    [REPRESENTATIVE, 'may not', 'create an event', (a) => a.create('events', eventData({ hub: w.hubs.managed.id })), Forbidden],
    [REPRESENTATIVE, 'may not', 'update an event', (a) => a.update('events', w.events.network.id, { capacity: 5 }), Forbidden],
    [REPRESENTATIVE, 'may not', 'delete an event', (a) => a.delete('events', w.events.network.id), Forbidden],
  ],

  municipalities: [
    [PUBLIC, 'may', 'read a municipality', (a) => a.findByID('municipalities', w.municipality.id)],
    [PUBLIC, 'may not', 'create a municipality', (a) => a.create('municipalities', municipalityData()), Forbidden],
    [PUBLIC, 'may not', 'update a municipality', (a) => a.update('municipalities', w.municipality.id, { seat: 'X' }), Forbidden],
    [PUBLIC, 'may not', 'delete a municipality', (a) => a.delete('municipalities', w.municipality.id), Forbidden],
    [ADMIN, 'may', 'create a municipality', (a) => a.create('municipalities', municipalityData())],
    [ADMIN, 'may', 'update a municipality', (a) => a.update('municipalities', w.municipality.id, { roadKmToOstersund: 105 })],
    [ADMIN, 'may', 'delete a municipality without hubs', (a) => a.delete('municipalities', w.emptyMunicipality.id)],
    [MANAGER, 'may', 'read a municipality', (a) => a.findByID('municipalities', w.municipality.id)],
    [MANAGER, 'may not', 'create a municipality', (a) => a.create('municipalities', municipalityData()), Forbidden],
    [MANAGER, 'may not', 'update a municipality', (a) => a.update('municipalities', w.municipality.id, { seat: 'X' }), Forbidden],
    [MANAGER, 'may not', 'delete a municipality', (a) => a.delete('municipalities', w.municipality.id), Forbidden],
    [REPRESENTATIVE, 'may', 'read a municipality', (a) => a.findByID('municipalities', w.municipality.id)],
    [REPRESENTATIVE, 'may not', 'create a municipality', (a) => a.create('municipalities', municipalityData()), Forbidden],
    [REPRESENTATIVE, 'may not', 'update a municipality', (a) => a.update('municipalities', w.municipality.id, { seat: 'X' }), Forbidden],
    [REPRESENTATIVE, 'may not', 'delete a municipality', (a) => a.delete('municipalities', w.municipality.id), Forbidden],
  ],

  'community-managers': [
    [PUBLIC, 'may', 'read a community manager’s profile', (a) => a.findByID('community-managers', w.profiles.manager.id)],
    [PUBLIC, 'may not', 'create a profile', (a) => a.create('community-managers', communityManagerData()), Forbidden],
    [PUBLIC, 'may not', 'update a profile', (a) => a.update('community-managers', w.profiles.manager.id, { bio: 'X' }), Forbidden],
    [PUBLIC, 'may not', 'delete a profile', (a) => a.delete('community-managers', w.profiles.manager.id), Forbidden],
    [ADMIN, 'may', 'create a profile', (a) => a.create('community-managers', communityManagerData())],
    [ADMIN, 'may', 'update any profile', (a) => a.update('community-managers', w.profiles.otherManager.id, { title: 'Värd' })],
    [ADMIN, 'may', 'delete a profile', (a) => a.delete('community-managers', w.profiles.otherManager.id)],
    [MANAGER, 'may', 'update their own profile', (a) => a.update('community-managers', w.profiles.manager.id, { bio: 'Välkommen!' })],
    [MANAGER, 'may not', 'update someone else’s profile', (a) => a.update('community-managers', w.profiles.otherManager.id, { bio: 'X' }), Forbidden],
    [MANAGER, 'may not', 'create a profile', (a) => a.create('community-managers', communityManagerData()), Forbidden],
    [MANAGER, 'may not', 'delete their own profile', (a) => a.delete('community-managers', w.profiles.manager.id), Forbidden],
    [REPRESENTATIVE, 'may', 'read a community manager’s profile', (a) => a.findByID('community-managers', w.profiles.manager.id)],
    [REPRESENTATIVE, 'may not', 'create a profile', (a) => a.create('community-managers', communityManagerData()), Forbidden],
    [REPRESENTATIVE, 'may not', 'update a profile', (a) => a.update('community-managers', w.profiles.manager.id, { bio: 'X' }), Forbidden],
    [REPRESENTATIVE, 'may not', 'delete a profile', (a) => a.delete('community-managers', w.profiles.manager.id), Forbidden],
  ],

  agencies: [
    [PUBLIC, 'may', 'read an agency that is a member of the network', (a) => a.findByID('agencies', w.agencies.member.id)],
    [PUBLIC, 'may not', 'read an agency that has only applied', (a) => a.findByID('agencies', w.agencies.own.id), NotFound],
    [PUBLIC, 'may not', 'create an agency', (a) => a.create('agencies', agencyData()), Forbidden],
    [PUBLIC, 'may not', 'update an agency', (a) => a.update('agencies', w.agencies.member.id, { staffInCounty: 1 }), Forbidden],
    [PUBLIC, 'may not', 'delete an agency', (a) => a.delete('agencies', w.agencies.member.id), Forbidden],
    [ADMIN, 'may', 'read an agency that has only applied', (a) => a.findByID('agencies', w.agencies.other.id)],
    [ADMIN, 'may', 'create an agency', (a) => a.create('agencies', agencyData())],
    [ADMIN, 'may', 'update any agency', (a) => a.update('agencies', w.agencies.other.id, { membershipStatus: 'member' })],
    [ADMIN, 'may', 'delete an agency', (a) => a.delete('agencies', w.agencies.member.id)],
    [MANAGER, 'may', 'read a member agency', (a) => a.findByID('agencies', w.agencies.member.id)],
    [MANAGER, 'may not', 'read an agency that has only applied', (a) => a.findByID('agencies', w.agencies.own.id), NotFound],
    [MANAGER, 'may not', 'create an agency', (a) => a.create('agencies', agencyData()), Forbidden],
    [MANAGER, 'may not', 'update an agency', (a) => a.update('agencies', w.agencies.member.id, { staffInCounty: 1 }), Forbidden],
    [MANAGER, 'may not', 'delete an agency', (a) => a.delete('agencies', w.agencies.member.id), Forbidden],
    [REPRESENTATIVE, 'may', 'read their own agency before it is a member', (a) => a.findByID('agencies', w.agencies.own.id)],
    [REPRESENTATIVE, 'may not', 'read another agency that has only applied', (a) => a.findByID('agencies', w.agencies.other.id), NotFound],
    [REPRESENTATIVE, 'may', 'update their own agency', (a) => a.update('agencies', w.agencies.own.id, { staffInCounty: 140 })],
    [REPRESENTATIVE, 'may not', 'update another agency', (a) => a.update('agencies', w.agencies.member.id, { staffInCounty: 1 }), Forbidden],
    [REPRESENTATIVE, 'may not', 'create an agency', (a) => a.create('agencies', agencyData()), Forbidden],
    [REPRESENTATIVE, 'may not', 'delete their own agency', (a) => a.delete('agencies', w.agencies.own.id), Forbidden],
  ],

  registrations: [
    [PUBLIC, 'may not', 'read a registration', (a) => a.findByID('registrations', w.registrations.atManagedHub.id), Forbidden],
    [PUBLIC, 'may not', 'list registrations', (a) => a.find('registrations'), Forbidden],
    [PUBLIC, 'may not', 'create a registration directly', (a) => a.create('registrations', registrationData({ event: w.events.other.id })), Forbidden],
    [PUBLIC, 'may not', 'update a registration', (a) => a.update('registrations', w.registrations.atManagedHub.id, { name: 'X' }), Forbidden],
    [PUBLIC, 'may not', 'delete a registration', (a) => a.delete('registrations', w.registrations.atManagedHub.id), Forbidden],
    [ADMIN, 'may', 'read any registration', (a) => a.findByID('registrations', w.registrations.atOtherHub.id)],
    [ADMIN, 'may', 'create a registration', (a) => a.create('registrations', registrationData({ event: w.events.other.id }))],
    [ADMIN, 'may', 'update any registration', (a) => a.update('registrations', w.registrations.atOtherHub.id, { status: 'cancelled' })],
    [ADMIN, 'may', 'delete any registration', (a) => a.delete('registrations', w.registrations.atOtherHub.id)],
    [MANAGER, 'may', 'read a registration for an event at a hub they run', (a) => a.findByID('registrations', w.registrations.atManagedHub.id)],
    [MANAGER, 'may not', 'read a registration for another hub’s event', (a) => a.findByID('registrations', w.registrations.atOtherHub.id), NotFound],
    [MANAGER, 'may not', 'create a registration directly', (a) => a.create('registrations', registrationData({ event: w.events.managed.id })), Forbidden],
    [MANAGER, 'may not', 'update a registration', (a) => a.update('registrations', w.registrations.atManagedHub.id, { name: 'X' }), Forbidden],
    [MANAGER, 'may not', 'delete a registration', (a) => a.delete('registrations', w.registrations.atManagedHub.id), Forbidden],
    [REPRESENTATIVE, 'may', 'read their own registration', (a) => a.findByID('registrations', w.registrations.atManagedHub.id)],
    [REPRESENTATIVE, 'may not', 'read someone else’s registration', (a) => a.findByID('registrations', w.registrations.atOtherHub.id), NotFound],
    [REPRESENTATIVE, 'may', 'update their own registration', (a) => a.update('registrations', w.registrations.atManagedHub.id, { name: 'Anna Svensson' })],
    [REPRESENTATIVE, 'may not', 'update someone else’s registration', (a) => a.update('registrations', w.registrations.atOtherHub.id, { name: 'X' }), Forbidden],
    [REPRESENTATIVE, 'may not', 'create a registration directly', (a) => a.create('registrations', registrationData({ event: w.events.network.id })), Forbidden],
    [REPRESENTATIVE, 'may not', 'delete their own registration', (a) => a.delete('registrations', w.registrations.atManagedHub.id), Forbidden],
  ],

  'agency-applications': [
    ...([PUBLIC, MANAGER] as const).flatMap((actor): Rule[] => [
      [actor, 'may not', 'read an agency application', (a) => a.findByID('agency-applications', w.application.id), Forbidden],
    ]),
    ...([PUBLIC, MANAGER, REPRESENTATIVE, MEMBER_REPRESENTATIVE] as const).flatMap((actor): Rule[] => [
      [actor, 'may not', 'create an agency application directly', (a) => a.create('agency-applications', agencyApplicationData()), Forbidden],
      [actor, 'may not', 'update an agency application', (a) => a.update('agency-applications', w.application.id, { contactName: 'Ändrad' }), Forbidden],
      [actor, 'may not', 'delete an agency application', (a) => a.delete('agency-applications', w.application.id), Forbidden],
    ]),
    [REPRESENTATIVE, 'may not', 'read another agency’s application', (a) => a.findByID('agency-applications', w.application.id), NotFound],
    [MEMBER_REPRESENTATIVE, 'may', 'read a confirmed request to become another representative of their agency', (a) => a.findByID('agency-applications', w.addRepresentative.id)],
    [MEMBER_REPRESENTATIVE, 'may not', 'read a request for their agency that is not yet confirmed', (a) => a.findByID('agency-applications', w.addRepresentativePending.id), NotFound],
    [REPRESENTATIVE, 'may not', 'read a request to join another agency', (a) => a.findByID('agency-applications', w.addRepresentative.id), NotFound],
    [ADMIN, 'may', 'read an agency application', (a) => a.findByID('agency-applications', w.application.id)],
    [ADMIN, 'may', 'create an agency application', (a) => a.create('agency-applications', agencyApplicationData())],
    [ADMIN, 'may', 'correct an agency application', (a) => a.update('agency-applications', w.application.id, { contactPhone: '063-11 22 33' })],
    [ADMIN, 'may', 'delete an agency application', (a) => a.delete('agency-applications', w.application.id)],
  ],

  'council-applications': [
    [PUBLIC, 'may not', 'read a council application', (a) => a.findByID('council-applications', w.councilApplication.id), Forbidden],
    [MANAGER, 'may not', 'read someone else’s council application', (a) => a.findByID('council-applications', w.councilApplication.id), NotFound],
    [REPRESENTATIVE, 'may not', 'read someone else’s council application', (a) => a.findByID('council-applications', w.councilApplication.id), NotFound],
    [MEMBER_REPRESENTATIVE, 'may', 'read their own council application', (a) => a.findByID('council-applications', w.councilApplication.id)],
    // Only the site's service makes them (it checks who may apply and tells region staff).
    [ADMIN, 'may not', 'create a council application directly', (a) => a.create('council-applications', { user: w.users.memberRepresentative.id, organisation: 'x', motivation: 'x', contribution: 'x' }), Forbidden],
    ...([PUBLIC, MANAGER, REPRESENTATIVE, MEMBER_REPRESENTATIVE] as const).flatMap((actor): Rule[] => [
      [actor, 'may not', 'create a council application directly', (a) => a.create('council-applications', { user: w.users.memberRepresentative.id, organisation: 'x', motivation: 'x', contribution: 'x' }), Forbidden],
      [actor, 'may not', 'update a council application', (a) => a.update('council-applications', w.councilApplication.id, { organisation: 'Ändrad' }), Forbidden],
      [actor, 'may not', 'delete a council application', (a) => a.delete('council-applications', w.councilApplication.id), Forbidden],
    ]),
    [ADMIN, 'may', 'read any council application', (a) => a.findByID('council-applications', w.councilApplication.id)],
    [ADMIN, 'may', 'correct a council application', (a) => a.update('council-applications', w.councilApplication.id, { organisation: 'Arbetsförmedlingen' })],
    [ADMIN, 'may', 'delete a council application', (a) => a.delete('council-applications', w.councilApplication.id)],
  ],

  media: [
    [PUBLIC, 'may', 'read an image', (a) => a.findByID('media', w.media.byAdmin.id)],
    [PUBLIC, 'may not', 'upload an image', async (a) => a.create('media', { alt: 'Bild' }, { file: await pngFile() }), Forbidden],
    [PUBLIC, 'may not', 'update an image', (a) => a.update('media', w.media.byAdmin.id, { alt: 'X' }), Forbidden],
    [PUBLIC, 'may not', 'delete an image', (a) => a.delete('media', w.media.byAdmin.id), Forbidden],
    [ADMIN, 'may', 'upload an image', async (a) => a.create('media', { alt: 'Bild' }, { file: await pngFile() })],
    [ADMIN, 'may', 'update anyone’s image', (a) => a.update('media', w.media.byManager.id, { credit: 'Region JH' })],
    [ADMIN, 'may', 'delete anyone’s image', (a) => a.delete('media', w.media.byManager.id)],
    [MANAGER, 'may', 'upload an image', async (a) => a.create('media', { alt: 'Bild' }, { file: await pngFile() })],
    [MANAGER, 'may', 'update an image they uploaded', (a) => a.update('media', w.media.byManager.id, { credit: 'Egen bild' })],
    [MANAGER, 'may not', 'update an image someone else uploaded', (a) => a.update('media', w.media.byAdmin.id, { alt: 'X' }), Forbidden],
    [MANAGER, 'may', 'delete an image they uploaded', (a) => a.delete('media', w.media.byManager.id)],
    [MANAGER, 'may not', 'delete an image someone else uploaded', (a) => a.delete('media', w.media.byAdmin.id), Forbidden],
    [REPRESENTATIVE, 'may', 'read an image', (a) => a.findByID('media', w.media.byAdmin.id)],
    [REPRESENTATIVE, 'may not', 'upload an image', async (a) => a.create('media', { alt: 'Bild' }, { file: await pngFile() }), Forbidden],
    [REPRESENTATIVE, 'may not', 'update an image', (a) => a.update('media', w.media.byManager.id, { alt: 'X' }), Forbidden],
    [REPRESENTATIVE, 'may not', 'delete an image', (a) => a.delete('media', w.media.byManager.id), Forbidden],
  ],

  users: [
    [PUBLIC, 'may not', 'read a user', (a) => a.findByID('users', w.users.manager.id), Forbidden],
    [PUBLIC, 'may not', 'list users', (a) => a.find('users'), Forbidden],
    [PUBLIC, 'may not', 'create a user', (a) => a.create('users', userData('agency-representative')), Forbidden],
    [PUBLIC, 'may not', 'update a user', (a) => a.update('users', w.users.manager.id, { name: 'X' }), Forbidden],
    [PUBLIC, 'may not', 'delete a user', (a) => a.delete('users', w.users.manager.id), Forbidden],
    [ADMIN, 'may', 'read any user', (a) => a.findByID('users', w.users.representative.id)],
    [ADMIN, 'may', 'create a user with any role', (a) => a.create('users', userData('admin'))],
    [ADMIN, 'may', 'change a user’s role', (a) => a.update('users', w.users.representative.id, { role: 'community-manager' })],
    [ADMIN, 'may', 'delete a user', (a) => a.delete('users', w.users.otherRepresentative.id)],
    [MANAGER, 'may', 'read their own account', (a) => a.findByID('users', w.users.manager.id)],
    [MANAGER, 'may not', 'read another user', (a) => a.findByID('users', w.users.otherManager.id), NotFound],
    [MANAGER, 'may', 'update their own name', (a) => a.update('users', w.users.manager.id, { name: 'Kim Karlsson' })],
    [MANAGER, 'may not', 'update another user', (a) => a.update('users', w.users.otherManager.id, { name: 'X' }), Forbidden],
    [MANAGER, 'may not', 'create a user', (a) => a.create('users', userData('community-manager')), Forbidden],
    [MANAGER, 'may not', 'delete their own account', (a) => a.delete('users', w.users.manager.id), Forbidden],
    [REPRESENTATIVE, 'may', 'read their own account', (a) => a.findByID('users', w.users.representative.id)],
    [REPRESENTATIVE, 'may not', 'read another user', (a) => a.findByID('users', w.users.otherRepresentative.id), NotFound],
    [REPRESENTATIVE, 'may', 'update their own name', (a) => a.update('users', w.users.representative.id, { name: 'Alex Berg' })],
    [REPRESENTATIVE, 'may not', 'update another user', (a) => a.update('users', w.users.manager.id, { name: 'X' }), Forbidden],
    [REPRESENTATIVE, 'may not', 'create a user', (a) => a.create('users', userData('agency-representative')), Forbidden],
    [REPRESENTATIVE, 'may not', 'delete their own account', (a) => a.delete('users', w.users.representative.id), Forbidden],
  ],

  'mail-outbox': [
    ...([PUBLIC, MANAGER, REPRESENTATIVE] as const).flatMap((actor): Rule[] => [
      [actor, 'may not', 'read outgoing mail', (a) => a.findByID('mail-outbox', w.mail.id), Forbidden],
      [actor, 'may not', 'list outgoing mail', (a) => a.find('mail-outbox'), Forbidden],
      [actor, 'may not', 'delete outgoing mail', (a) => a.delete('mail-outbox', w.mail.id), Forbidden],
    ]),
    ...([PUBLIC, ADMIN, MANAGER, REPRESENTATIVE] as const).flatMap((actor): Rule[] => [
      [actor, 'may not', 'write a message into the outbox', (a) => a.create('mail-outbox', { to: 'x@example.org', subject: 'X', text: 'X', kind: 'x' }), Forbidden],
      [actor, 'may not', 'change a message in the outbox', (a) => a.update('mail-outbox', w.mail.id, { to: 'attacker@example.org' }), Forbidden],
    ]),
    [ADMIN, 'may', 'read outgoing mail', (a) => a.findByID('mail-outbox', w.mail.id)],
    [ADMIN, 'may', 'delete outgoing mail', (a) => a.delete('mail-outbox', w.mail.id)],
  ],

  'accessibility-reports': [
    ...([PUBLIC, MANAGER, REPRESENTATIVE] as const).flatMap((actor): Rule[] => [
      [actor, 'may not', 'read an accessibility report (it may hold a name and e-mail)', (a) => a.findByID('accessibility-reports', w.report.id), Forbidden],
      [actor, 'may not', 'list accessibility reports', (a) => a.find('accessibility-reports'), Forbidden],
      [actor, 'may not', 'create a report directly (the site’s form does)', (a) => a.create('accessibility-reports', { page: '/x', description: 'y' }), Forbidden],
      [actor, 'may not', 'update an accessibility report', (a) => a.update('accessibility-reports', w.report.id, { status: 'resolved' }), Forbidden],
      [actor, 'may not', 'delete an accessibility report', (a) => a.delete('accessibility-reports', w.report.id), Forbidden],
    ]),
    [ADMIN, 'may', 'read an accessibility report', (a) => a.findByID('accessibility-reports', w.report.id)],
    [ADMIN, 'may', 'create an accessibility report', (a) => a.create('accessibility-reports', { page: '/x', description: 'y' })],
    [ADMIN, 'may', 'mark a report resolved', (a) => a.update('accessibility-reports', w.report.id, { status: 'resolved', notes: 'Åtgärdat.' })],
    [ADMIN, 'may', 'delete an accessibility report', (a) => a.delete('accessibility-reports', w.report.id)],
  ],

  'payload-jobs': ([PUBLIC, ADMIN, MANAGER, REPRESENTATIVE] as const).flatMap((actor): Rule[] => [
    [actor, 'may not', 'read a queued job', (a) => a.findByID('payload-jobs', Number(w.job.id)), Forbidden],
    [actor, 'may not', 'queue a job directly', (a) => a.create('payload-jobs', { taskSlug: 'deliverMail', input: { messageId: 1 } }), Forbidden],
    [actor, 'may not', 'change a queued job', (a) => a.update('payload-jobs', Number(w.job.id), { processing: true }), Forbidden],
    [actor, 'may not', 'delete a queued job', (a) => a.delete('payload-jobs', Number(w.job.id)), Forbidden],
  ]),

  versions: [
    ...([PUBLIC, REPRESENTATIVE, MEMBER_REPRESENTATIVE, COUNCIL_MEMBER] as const).flatMap((actor): Rule[] => [
      [actor, 'may not', 'list event versions (drafts and closed meetings)', (a) => a.findVersions('events'), Forbidden],
      [actor, 'may not', 'list hub versions', (a) => a.findVersions('hubs'), Forbidden],
      [actor, 'may not', 'list the innovation council page’s versions', (a) => a.findGlobalVersions(), Forbidden],
    ]),
    [MANAGER, 'may', 'list versions of events at the hubs they run', (a) => a.findVersions('events')],
    [MANAGER, 'may not', 'list the innovation council page’s versions', (a) => a.findGlobalVersions(), Forbidden],
    [COUNCIL_MANAGER, 'may not', 'list the innovation council page’s versions', (a) => a.findGlobalVersions(), Forbidden],
    [ADMIN, 'may', 'list every event’s versions', (a) => a.findVersions('events')],
    [ADMIN, 'may', 'list the innovation council page’s versions', (a) => a.findGlobalVersions()],
  ],

  'users (unlock)': [
    ...([PUBLIC, MANAGER, REPRESENTATIVE] as const).map(
      (actor): Rule => [actor, 'may not', 'unlock an account', (a) => a.unlock(w.users.admin.email), Forbidden],
    ),
    [REPRESENTATIVE, 'may not', 'unlock even their own account', (a) => a.unlock(w.users.representative.email), Forbidden],
    [ADMIN, 'may', 'unlock an account', (a) => a.unlock(w.users.representative.email)],
  ],

  'payload-locked-documents': [
    [PUBLIC, 'may not', 'list document locks', (a) => a.find('payload-locked-documents' as CollectionSlug), Forbidden],
    [PUBLIC, 'may not', 'lock a document', (a) => a.create('payload-locked-documents' as CollectionSlug, lockOn('hubs', w.hubs.managed.id, w.users.manager.id)), Forbidden],
    [REPRESENTATIVE, 'may not', 'lock a document in another user’s name', (a) => a.create('payload-locked-documents' as CollectionSlug, lockOn('hubs', w.hubs.managed.id, w.users.manager.id)), Forbidden],
    [REPRESENTATIVE, 'may not', 'lock in their own name a document they cannot edit', (a) => a.create('payload-locked-documents' as CollectionSlug, lockOn('hubs', w.hubs.managed.id, w.users.representative.id)), Forbidden],
    [REPRESENTATIVE, 'may not', 'lock the innovation council page', (a) => a.create('payload-locked-documents' as CollectionSlug, { globalSlug: 'innovation-council', user: { relationTo: 'users', value: w.users.representative.id } }), Forbidden],
    [MANAGER, 'may', 'lock in their own name an event at a hub they run', (a) => a.create('payload-locked-documents' as CollectionSlug, lockOn('events', w.events.managed.id, w.users.manager.id))],
    [MANAGER, 'may not', 'lock in their own name an event at a hub they do not run', (a) => a.create('payload-locked-documents' as CollectionSlug, lockOn('events', w.events.other.id, w.users.manager.id)), Forbidden],
    [MANAGER, 'may not', 'delete a lock someone else holds', (a) => a.delete('payload-locked-documents' as CollectionSlug, w.lock.id), Forbidden],
    [MANAGER, 'may not', 'take over a lock someone else holds', (a) => a.update('payload-locked-documents' as CollectionSlug, w.lock.id, { user: { relationTo: 'users', value: w.users.manager.id } }), Forbidden],
    [ADMIN, 'may', 'lock a document in their own name', (a) => a.create('payload-locked-documents' as CollectionSlug, lockOn('hubs', w.hubs.managed.id, w.users.admin.id))],
    [ADMIN, 'may', 'delete anyone’s lock', (a) => a.delete('payload-locked-documents' as CollectionSlug, w.lock.id)],
  ],

  'payload-preferences': [
    [PUBLIC, 'may not', 'read admin-panel preferences', (a) => a.find('payload-preferences' as CollectionSlug), Forbidden],
    [REPRESENTATIVE, 'may not', 'read another user’s preferences', (a) => a.findByID('payload-preferences' as CollectionSlug, w.preference.id), NotFound],
    [REPRESENTATIVE, 'may not', 'change another user’s preferences', (a) => a.update('payload-preferences' as CollectionSlug, w.preference.id, { value: { open: false } }), Forbidden],
    [REPRESENTATIVE, 'may not', 'delete another user’s preferences', (a) => a.delete('payload-preferences' as CollectionSlug, w.preference.id), Forbidden],
    [ADMIN, 'may not', 'read another user’s preferences either', (a) => a.findByID('payload-preferences' as CollectionSlug, w.preference.id), NotFound],
  ],

  'payload-jobs-stats (global)': [
    ...([PUBLIC, MANAGER, REPRESENTATIVE] as const).map(
      (actor): Rule => [actor, 'may not', 'read the job statistics', (a) => a.findGlobal({ slug: 'payload-jobs-stats' }), Forbidden],
    ),
    ...([PUBLIC, ADMIN, MANAGER, REPRESENTATIVE] as const).map(
      (actor): Rule => [actor, 'may not', 'change the job statistics', (a) => a.updateGlobal({ stats: {} }, 'payload-jobs-stats'), Forbidden],
    ),
    [ADMIN, 'may', 'read the job statistics', (a) => a.findGlobal({ slug: 'payload-jobs-stats' })],
  ],

  'payload-migrations': ([PUBLIC, MANAGER, REPRESENTATIVE, ADMIN] as const).flatMap((actor): Rule[] => [
    ...(actor === ADMIN ? [] : [[actor, 'may not', 'list applied migrations', (a: Api) => a.find('payload-migrations' as CollectionSlug), Forbidden] as Rule]),
    [actor, 'may not', 'record a migration', (a) => a.create('payload-migrations' as CollectionSlug, { name: 'x', batch: 99 }), Forbidden],
    [actor, 'may not', 'delete a migration record', (a) => a.delete('payload-migrations' as CollectionSlug, 1), Forbidden],
  ]),

  'innovation-council (global)': [
    ...([PUBLIC, ADMIN, MANAGER, REPRESENTATIVE] as const).map(
      (actor): Rule => [actor, 'may', 'read the innovation council page', (a) => a.findGlobal()],
    ),
    [ADMIN, 'may', 'update the innovation council page', (a) => a.updateGlobal({ seats: 14 })],
    ...([PUBLIC, MANAGER, REPRESENTATIVE] as const).map(
      (actor): Rule => [actor, 'may not', 'update the innovation council page', (a) => a.updateGlobal({ seats: 1 }), Forbidden],
    ),
  ],
}

describe.each(Object.entries(matrix))('%s', (_, rules) => {
  for (const [actor, verdict, what, act, refusal] of rules) {
    const name = verdict === 'may' ? `${actor} may ${what}` : `${actor} may not ${what} (${refusal!.name})`
    test(name, async () => {
      const outcome = await act(as(actor))
      if (verdict === 'may') {
        if (!outcome.ok) throw outcome.error
        return
      }
      expect(outcome.ok, 'the call should have been refused').toBe(false)
      expect((outcome as { error: unknown }).error).toBeInstanceOf(refusal!)
    })
  }
})

// Rules that filter rows or fields rather than refuse ----------------------------------------

const value = <T,>(outcome: Outcome<T>): T => {
  if (!outcome.ok) throw outcome.error
  return outcome.value
}

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
