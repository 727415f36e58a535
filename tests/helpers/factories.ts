/**
 * Test data. `xData()` returns valid, typed input for a collection, unique within the run;
 * `buildX(tx, overrides)` creates it through the Local API inside the test's transaction,
 * bypassing access control, and returns the stored document.
 */
import { randomBytes } from 'node:crypto'
import type { RequiredDataFromCollectionSlug } from 'payload'
import sharp from 'sharp'
import { luhnCheckDigit } from '../../cms/domain/orgNumber.ts'
import type {
  Agency,
  AgencyApplication,
  CommunityManager,
  Event,
  Hub,
  Media,
  Municipality,
  Registration,
  User,
} from '../../cms/payload-types.ts'
import type { TestTransaction } from './transaction.ts'

type Role = User['role']
type Slug = Parameters<TestTransaction['payload']['create']>[0]['collection']
/**
 * Input for a collection. The generated types call `slug` required, but a hook makes it from
 * the name when it is left out, so the data functions leave it out (hence their casts).
 */
type Data<S extends Slug> = RequiredDataFromCollectionSlug<S>

let sequence = 0
/** A number unique within this test process, so unique columns never clash. */
export const next = (): number => ++sequence

/** A valid organisation number in the government range (2xxxxx), with its Luhn check digit. */
export function orgNumberFor(n: number): string {
  const nine = `2021${String(n % 100_000).padStart(5, '0')}`
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`
}

// Data ---------------------------------------------------------------------------------------

export function municipalityData(overrides: Partial<Data<'municipalities'>> = {}): Data<'municipalities'> {
  const n = next()
  return { name: `Testkommun ${n}`, code: String(1000 + (n % 9000)), seat: `Testort ${n}`, ...overrides } as Data<'municipalities'>
}

export function hubData(overrides: Partial<Data<'hubs'>> & Pick<Data<'hubs'>, 'municipality'>): Data<'hubs'> {
  const n = next()
  return {
    name: `Testhubben ${n}`,
    address: { street: `Storgatan ${n}`, postalCode: '831 30', locality: 'Östersund' },
    lat: 63.1792,
    lng: 14.6357,
    _status: 'published',
    ...overrides,
  } as Data<'hubs'>
}

export function eventData(overrides: Partial<Data<'events'>> = {}): Data<'events'> {
  const n = next()
  const start = new Date(Date.UTC(2031, 0, 1, 8, 0) + n * 86_400_000)
  return {
    title: `Nätverksfika ${n}`,
    start: start.toISOString(),
    end: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
    venueKind: 'hub',
    organiser: 'Region Jämtland Härjedalen',
    type: 'fika',
    audience: 'public',
    status: 'scheduled',
    _status: 'published',
    ...overrides,
  } as Data<'events'>
}

export function agencyData(overrides: Partial<Data<'agencies'>> = {}): Data<'agencies'> {
  const n = next()
  return { name: `Testmyndigheten ${n}`, orgNumber: orgNumberFor(n), membershipStatus: 'member', ...overrides } as Data<'agencies'>
}

export function userData(role: Role, overrides: Partial<Data<'users'>> = {}): Data<'users'> {
  const n = next()
  return {
    name: `Testperson ${n}`,
    email: `person-${n}-${randomBytes(3).toString('hex')}@example.se`,
    password: randomBytes(12).toString('base64url'),
    role,
    ...overrides,
  }
}

export function communityManagerData(overrides: Partial<Data<'community-managers'>> = {}): Data<'community-managers'> {
  const n = next()
  return {
    name: `Community manager ${n}`,
    email: `cm-${n}@example.se`,
    phone: `070-000 ${String(n).padStart(4, '0')}`,
    showEmail: false,
    showPhone: false,
    ...overrides,
  }
}

export function registrationData(overrides: Partial<Data<'registrations'>> & Pick<Data<'registrations'>, 'event'>): Data<'registrations'> {
  const n = next()
  return { name: `Deltagare ${n}`, email: `deltagare-${n}@example.se`, locale: 'sv', status: 'confirmed', ...overrides }
}

export function agencyApplicationData(overrides: Partial<Data<'agency-applications'>> = {}): Data<'agency-applications'> {
  const n = next()
  return {
    agencyName: `Sökande myndighet ${n}`,
    orgNumber: orgNumberFor(n),
    contactName: `Kontakt ${n}`,
    contactEmail: `kontakt-${n}@example.se`,
    kind: 'new-agency',
    interests: ['meetups'],
    locale: 'sv',
    status: 'pending',
    consent: true,
    ...overrides,
  }
}

/** A PNG made on the spot, so no binary fixture lives in the repository. */
export async function pngFile(width = 2, height = 2) {
  const data = await sharp({ create: { width, height, channels: 3, background: '#ffffff' } }).png().toBuffer()
  return { data, mimetype: 'image/png', name: `bild-${next()}.png`, size: data.length }
}

// Records ------------------------------------------------------------------------------------

async function asSystem(tx: TestTransaction, user?: User) {
  return { req: await tx.req(user), overrideAccess: true, depth: 0 } as const
}

export async function buildMunicipality(tx: TestTransaction, overrides: Partial<Data<'municipalities'>> = {}): Promise<Municipality> {
  return tx.payload.create({ collection: 'municipalities', data: municipalityData(overrides), ...(await asSystem(tx)) })
}

export async function buildHub(tx: TestTransaction, overrides: Partial<Data<'hubs'>> = {}): Promise<Hub> {
  const municipality = overrides.municipality ?? (await buildMunicipality(tx)).id
  const data = hubData({ ...overrides, municipality })
  return tx.payload.create({ collection: 'hubs', data, draft: data._status === 'draft', ...(await asSystem(tx)) })
}

export async function buildEvent(tx: TestTransaction, overrides: Partial<Data<'events'>> = {}): Promise<Event> {
  const venueKind = overrides.venueKind ?? 'hub'
  const hub = venueKind === 'hub' ? (overrides.hub ?? (await buildHub(tx)).id) : overrides.hub
  const data = eventData({ ...overrides, hub })
  return tx.payload.create({ collection: 'events', data, draft: data._status === 'draft', ...(await asSystem(tx)) })
}

export async function buildAgency(tx: TestTransaction, overrides: Partial<Data<'agencies'>> = {}): Promise<Agency> {
  return tx.payload.create({ collection: 'agencies', data: agencyData(overrides), ...(await asSystem(tx)) })
}

/** A user with `role`; an agency representative gets an agency of their own unless one is given. */
export async function buildUser(tx: TestTransaction, role: Role, overrides: Partial<Data<'users'>> = {}): Promise<User> {
  const agency = role === 'agency-representative' && overrides.agency === undefined ? (await buildAgency(tx)).id : overrides.agency
  const user = await tx.payload.create({ collection: 'users', data: userData(role, { ...overrides, agency }), ...(await asSystem(tx)) })
  return { ...user, collection: 'users' }
}

/**
 * A community manager's public profile, linked to a new login with that role unless `user` is
 * given (`user: null` makes a profile without a login, which is quicker: no password to hash).
 */
export async function buildCommunityManager(
  tx: TestTransaction,
  overrides: Partial<Data<'community-managers'>> = {},
): Promise<CommunityManager> {
  const user = overrides.user !== undefined ? overrides.user : (await buildUser(tx, 'community-manager')).id
  return tx.payload.create({ collection: 'community-managers', data: communityManagerData({ ...overrides, user }), ...(await asSystem(tx)) })
}

export async function buildRegistration(
  tx: TestTransaction,
  overrides: Partial<Data<'registrations'>> = {},
): Promise<Registration> {
  const event = overrides.event ?? (await buildEvent(tx)).id
  return tx.payload.create({ collection: 'registrations', data: registrationData({ ...overrides, event }), ...(await asSystem(tx)) })
}

export async function buildAgencyApplication(
  tx: TestTransaction,
  overrides: Partial<Data<'agency-applications'>> = {},
): Promise<AgencyApplication> {
  return tx.payload.create({ collection: 'agency-applications', data: agencyApplicationData(overrides), ...(await asSystem(tx)) })
}

/** An uploaded image; `uploadedBy` is whoever the request acts as. */
export async function buildMedia(
  tx: TestTransaction,
  { uploadedBy, alt = 'Ljust kontorslandskap med utsikt mot Storsjön', width = 2, height = 2 }: { uploadedBy?: User; alt?: string; width?: number; height?: number } = {},
): Promise<Media> {
  return tx.payload.create({ collection: 'media', data: { alt }, file: await pngFile(width, height), ...(await asSystem(tx, uploadedBy)) })
}
