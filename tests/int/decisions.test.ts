/**
 * Deciding on network applications, in the CMS: approval makes the agency a member, creates
 * the account and mails a set-password link (never a password); rejection mails the reason;
 * who may decide; and nothing is half-written when a decision fails. Each test runs in a
 * rolled-back transaction.
 */
import type { PayloadRequest } from 'payload'
import { describe, expect, test } from 'vitest'
import { approveApplication, approveEndpoint, colleagueRequests, decideColleagueRequest, decisionMessage, mayDecide, rejectApplication, rejectEndpoint, DecisionProblemError } from '../../cms/network/decisions.ts'
import type { AgencyApplication, User } from '../../cms/payload-types.ts'
import { agencyApplicationData, buildAgency, buildMunicipality, buildUser, next, orgNumberFor } from '../helpers/factories.ts'
import { usePayload } from '../helpers/payload.ts'
import { useTestTransaction } from '../helpers/transaction.ts'

const ctx = usePayload()
const t = useTestTransaction(ctx)

async function application(overrides: Partial<AgencyApplication> = {}): Promise<AgencyApplication> {
  const n = next()
  return ctx.payload.create({
    collection: 'agency-applications',
    data: agencyApplicationData({
      status: 'confirmed',
      orgNumber: orgNumberFor(n + 50_000),
      agencyName: `Beslutsverket ${n}`,
      website: `https://www.beslut${n}.se`,
      staffInCounty: 17,
      contactEmail: `Sokande-${n}@beslut${n}.se`,
      contactTitle: 'Chef',
      contactPhone: '063-10 20 30',
      locale: 'en',
      ...overrides,
    } as never),
    overrideAccess: true,
    req: await t.tx.req(),
  }) as Promise<AgencyApplication>
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const find = async (collection: 'agencies' | 'users' | 'mail-outbox', where: object): Promise<any[]> =>
  (await ctx.payload.find({ collection, where: where as never, overrideAccess: true, req: await t.tx.req(), depth: 0 })).docs

async function failure(fn: (req: PayloadRequest) => Promise<unknown>): Promise<string> {
  const outcome = await t.tx.attempt(null, fn)
  if (outcome.ok) throw new Error('expected a refusal')
  expect(outcome.error).toBeInstanceOf(DecisionProblemError)
  return (outcome.error as DecisionProblemError).problem
}

describe('approving', () => {
  test('creates the agency as a member, the representative’s account, and mails a set-password link without a password', async () => {
    const admin = await buildUser(t.tx, 'admin')
    const municipality = await buildMunicipality(t.tx)
    const a = await application({ municipality: municipality.id })
    const { agency, user } = await approveApplication(ctx.payload, a.id, admin, 'Välkommen!', { req: await t.tx.req() })

    const [created] = await find('agencies', { id: { equals: agency } })
    expect(created).toMatchObject({ name: a.agencyName, orgNumber: a.orgNumber, membershipStatus: 'member', website: a.website, staffInCounty: 17, municipality: municipality.id })
    const [account] = (await find('users', { id: { equals: user } })) as User[]
    expect(account).toMatchObject({ email: a.contactEmail.toLowerCase(), name: a.contactName, title: 'Chef', role: 'agency-representative', agency, locale: 'en' })

    const [mail] = await find('mail-outbox', { to: { equals: a.contactEmail.toLowerCase() } })
    expect(mail).toMatchObject({ kind: 'network-welcome', subject: `Welcome to the authority network: ${a.agencyName}` })
    expect(mail.text).toMatch(/\/en\/network\/password\/[0-9a-f]{40}/)
    expect(mail.text).toContain('7 days')
    expect(mail.text).toContain('Välkommen!')
    // A link to choose one, never a password itself.
    expect(mail.text).not.toMatch(/(password|lösenord)\s*[:=][ \t]*\S/i)

    const decided = await ctx.payload.findByID({ collection: 'agency-applications', id: a.id, overrideAccess: true, req: await t.tx.req(), depth: 0 })
    expect(decided).toMatchObject({ status: 'approved', agency, decidedBy: admin.id, decisionMessage: 'Välkommen!' })
    expect(decided.decidedAt).toBeTruthy()

    // Deciding twice: 409, nothing more mailed.
    expect(await failure((req) => approveApplication(ctx.payload, a.id, admin, '', { req }))).toBe('alreadyDecided')
    expect(await find('mail-outbox', { to: { equals: a.contactEmail.toLowerCase() } })).toHaveLength(1)
  })

  test('an agency that applied before becomes a member and keeps what it had', async () => {
    const admin = await buildUser(t.tx, 'admin')
    const existing = await buildAgency(t.tx, { membershipStatus: 'applied', website: 'https://www.redan.se' })
    const a = await application({ orgNumber: existing.orgNumber })
    const { agency } = await approveApplication(ctx.payload, a.id, admin, undefined, { req: await t.tx.req() })
    expect(agency).toBe(existing.id)
    const [updated] = await find('agencies', { id: { equals: existing.id } })
    expect(updated).toMatchObject({ membershipStatus: 'member', website: 'https://www.redan.se', staffInCounty: 17 })
  })

  test('an address that has another account is refused, and nothing is created', async () => {
    const admin = await buildUser(t.tx, 'admin')
    const manager = await buildUser(t.tx, 'community-manager')
    const a = await application({ contactEmail: manager.email })
    expect(await failure((req) => approveApplication(ctx.payload, a.id, admin, '', { req }))).toBe('accountExists')
    expect(await find('agencies', { orgNumber: { equals: a.orgNumber } })).toHaveLength(0)
    expect((await ctx.payload.findByID({ collection: 'agency-applications', id: a.id, overrideAccess: true, req: await t.tx.req() })).status).toBe('confirmed')
  })

  test('an application whose address is not confirmed cannot be decided', async () => {
    const admin = await buildUser(t.tx, 'admin')
    const a = await application({ status: 'pending' })
    expect(await failure((req) => approveApplication(ctx.payload, a.id, admin, '', { req }))).toBe('notConfirmed')
  })
})

describe('rejecting', () => {
  test('needs a reason, mails it, and marks the application', async () => {
    const admin = await buildUser(t.tx, 'admin')
    const a = await application({ locale: 'sv' })
    expect(await failure((req) => rejectApplication(ctx.payload, a.id, admin, '   ', { req }))).toBe('messageMissing')
    await rejectApplication(ctx.payload, a.id, admin, 'Myndigheten har inget kontor i länet.', { req: await t.tx.req() })
    const [mail] = await find('mail-outbox', { to: { equals: a.contactEmail } })
    expect(mail).toMatchObject({ kind: 'network-rejected', subject: `Beslut om anmälan till myndighetsnätverket: ${a.agencyName}` })
    expect(mail.text).toContain('Myndigheten har inget kontor i länet.')
    expect((await ctx.payload.findByID({ collection: 'agency-applications', id: a.id, overrideAccess: true, req: await t.tx.req() })).status).toBe('rejected')
    expect(await find('users', { email: { equals: a.contactEmail.toLowerCase() } })).toHaveLength(0)
  })
})

describe('who decides', () => {
  test('a new agency: admins only; another representative: admins and the agency’s representatives', async () => {
    const agency = await buildAgency(t.tx, { membershipStatus: 'member' })
    const colleague = await buildUser(t.tx, 'agency-representative', { agency: agency.id })
    const outsider = await buildUser(t.tx, 'agency-representative')
    const manager = await buildUser(t.tx, 'community-manager')
    const newAgency = await application()
    const addRep = await application({ kind: 'add-representative', agency: agency.id, orgNumber: agency.orgNumber })
    expect(mayDecide(colleague, newAgency)).toBe(false)
    expect(mayDecide(colleague, addRep)).toBe(true)
    expect(mayDecide(outsider, addRep)).toBe(false)
    expect(mayDecide(manager, addRep)).toBe(false)
    expect(await failure((req) => approveApplication(ctx.payload, addRep.id, outsider, '', { req }))).toBe('forbidden')
    const { user } = await approveApplication(ctx.payload, addRep.id, colleague, '', { req: await t.tx.req() })
    const [account] = (await find('users', { id: { equals: user } })) as User[]
    expect(account.agency).toBe(agency.id)
  })

  test('decisionMessage trims, requires when asked, and caps the length', () => {
    expect(decisionMessage('  ok \r\n', false)).toEqual({ ok: true, value: 'ok' })
    expect(decisionMessage(undefined, false)).toEqual({ ok: true, value: '' })
    expect(decisionMessage(42, true)).toEqual({ ok: false, problem: 'messageMissing' })
    expect(decisionMessage('x'.repeat(2001), false)).toEqual({ ok: false, problem: 'messageTooLong' })
  })
})

describe('colleagues’ requests on My page', () => {
  test('lists only the confirmed requests to join the representative’s own agency, read with their own access', async () => {
    const agency = await buildAgency(t.tx, { membershipStatus: 'member' })
    const other = await buildAgency(t.tx, { membershipStatus: 'member' })
    const rep = await buildUser(t.tx, 'agency-representative', { agency: agency.id })
    const admin = await buildUser(t.tx, 'admin')
    const mine = await application({ kind: 'add-representative', agency: agency.id, orgNumber: agency.orgNumber, contactName: 'Kollegan Karlsson' })
    await application({ kind: 'add-representative', agency: agency.id, orgNumber: agency.orgNumber, status: 'pending' })
    await application({ kind: 'add-representative', agency: other.id, orgNumber: other.orgNumber })
    await application({ orgNumber: agency.orgNumber })
    const listed = await colleagueRequests(ctx.payload, rep, await t.tx.req())
    expect(listed.map((a) => a.id)).toEqual([mine.id])
    expect(listed[0]).toMatchObject({ contactName: 'Kollegan Karlsson', contactEmail: mine.contactEmail })
    // Admins decide in the admin panel; an account without an agency has nothing here.
    expect(await colleagueRequests(ctx.payload, admin, await t.tx.req())).toEqual([])
  })

  test('a representative approves and rejects their own agency’s requests, and another agency’s is refused as unknown', async () => {
    const agency = await buildAgency(t.tx, { membershipStatus: 'member' })
    const other = await buildAgency(t.tx, { membershipStatus: 'member' })
    const rep = await buildUser(t.tx, 'agency-representative', { agency: agency.id })
    const theirs = await application({ kind: 'add-representative', agency: other.id, orgNumber: other.orgNumber })
    expect(await failure((req) => decideColleagueRequest(ctx.payload, rep, theirs.id, 'approve', '', { req }))).toBe('notFound')
    expect(await failure((req) => decideColleagueRequest(ctx.payload, rep, theirs.id, 'reject', 'Nej.', { req }))).toBe('notFound')
    const untouched = await ctx.payload.findByID({ collection: 'agency-applications', id: theirs.id, overrideAccess: true, req: await t.tx.req(), depth: 0 })
    expect(untouched.status).toBe('confirmed')
    expect(await find('users', { email: { equals: theirs.contactEmail.toLowerCase() } })).toHaveLength(0)
    // A new agency's application is the region's to decide, even for the same organisation number.
    const newAgency = await application({ orgNumber: agency.orgNumber })
    expect(await failure((req) => decideColleagueRequest(ctx.payload, rep, newAgency.id, 'approve', '', { req }))).toBe('notFound')

    const first = await application({ kind: 'add-representative', agency: agency.id, orgNumber: agency.orgNumber })
    await decideColleagueRequest(ctx.payload, rep, first.id, 'approve', 'Välkommen, kollega!', { req: await t.tx.req() })
    const approved = await ctx.payload.findByID({ collection: 'agency-applications', id: first.id, overrideAccess: true, req: await t.tx.req(), depth: 0 })
    expect(approved).toMatchObject({ status: 'approved', decidedBy: rep.id, agency: agency.id })
    const [account] = (await find('users', { email: { equals: first.contactEmail.toLowerCase() } })) as User[]
    expect(account).toMatchObject({ role: 'agency-representative', agency: agency.id })

    const second = await application({ kind: 'add-representative', agency: agency.id, orgNumber: agency.orgNumber })
    expect(await failure((req) => decideColleagueRequest(ctx.payload, rep, second.id, 'reject', '  ', { req }))).toBe('messageMissing')
    await decideColleagueRequest(ctx.payload, rep, second.id, 'reject', 'Personen har slutat hos oss.', { req: await t.tx.req() })
    const [mail] = await find('mail-outbox', { to: { equals: second.contactEmail } })
    expect(mail.text).toContain('Personen har slutat hos oss.')
  })
})

describe('the endpoints', () => {
  async function call(endpoint: typeof approveEndpoint, user: User | null, id: string, body?: unknown): Promise<Response> {
    const req = (await t.tx.req(user)) as PayloadRequest
    req.routeParams = { id }
    req.json = async () => {
      if (body === undefined) throw new SyntaxError('no body')
      return body
    }
    return endpoint.handler(req) as Promise<Response>
  }

  test('answer 401, 403, 404 and 400 with messages in both languages, and never a 500', async () => {
    const admin = await buildUser(t.tx, 'admin')
    const representative = await buildUser(t.tx, 'agency-representative')
    const a = await application()
    const cases: Array<[typeof approveEndpoint, User | null, string, unknown, number]> = [
      [approveEndpoint, null, String(a.id), {}, 401],
      [approveEndpoint, representative, String(a.id), {}, 403],
      [approveEndpoint, admin, '999999999', {}, 404],
      [approveEndpoint, admin, 'abc', {}, 404],
      [approveEndpoint, admin, "1 OR 1=1", {}, 404],
      [rejectEndpoint, admin, String(a.id), undefined, 400],
      [rejectEndpoint, admin, String(a.id), { message: ['list'] }, 400],
      [approveEndpoint, admin, String(a.id), { message: 'x'.repeat(3000) }, 400],
    ]
    for (const [endpoint, user, id, body, status] of cases) {
      const response = await call(endpoint, user, id, body)
      expect(response.status, `${id} ${JSON.stringify(body)?.slice(0, 30)}`).toBe(status)
      expect(((await response.json()) as { message: string }).message).toMatch(/ \/ /)
    }
    const ok = await call(rejectEndpoint, admin, String(a.id), { message: 'Inte en statlig myndighet.' })
    expect(ok.status).toBe(200)
    expect(await ok.json()).toEqual({ status: 'rejected' })
    expect((await call(approveEndpoint, admin, String(a.id), {})).status).toBe(409)
  })
})
