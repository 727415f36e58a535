/**
 * Signing an agency up to the network, in the CMS: the application, the double opt-in, the
 * mail it leaves in the outbox, and the purge of what nobody confirmed. Each test runs in a
 * rolled-back transaction (the service joins the request's transaction when given one).
 */
import type { PayloadRequest } from 'payload'
import { describe, expect, test } from 'vitest'
import { executor, sql } from '../../cms/db/sql.ts'
import { confirmSignup, hashToken, purgeUnconfirmed, SignupProblem, submitSignup, viewSignupLink } from '../../cms/network/signup.ts'
import type { SignupInput } from '../../cms/domain/network/signupInput.ts'
import { buildAgency, buildMunicipality, buildUser, next, orgNumberFor } from '../helpers/factories.ts'
import { usePayload } from '../helpers/payload.ts'
import { useTestTransaction } from '../helpers/transaction.ts'

const ctx = usePayload()
const t = useTestTransaction(ctx)
const HOUR = 3_600_000

async function input(overrides: Partial<SignupInput> = {}): Promise<SignupInput> {
  const n = next()
  const municipality = await buildMunicipality(t.tx)
  return {
    agencyName: `Nya myndigheten ${n}`,
    orgNumber: orgNumberFor(n),
    website: `https://www.myndighet${n}.se/`,
    municipality: municipality.slug,
    staffInCounty: 12,
    name: `Anna Andersson ${n}`,
    title: 'Enhetschef',
    email: `anna${n}@myndighet${n}.se`,
    phone: '063-14 30 00',
    interests: ['meetups', 'council'],
    consent: true,
    locale: 'sv',
    domainConfirmed: false,
    addRepresentative: false,
    ...overrides,
  }
}

async function req(): Promise<PayloadRequest> {
  return t.tx.req()
}

async function outboxFor(email: string) {
  const { docs } = await ctx.payload.find({ collection: 'mail-outbox', where: { to: { equals: email } }, sort: 'createdAt', overrideAccess: true, req: await req(), limit: 20 })
  return docs
}

async function applicationsFor(email: string) {
  const { docs } = await ctx.payload.find({ collection: 'agency-applications', where: { contactEmail: { equals: email } }, overrideAccess: true, req: await req(), depth: 0 })
  return docs
}

/** The token from the confirmation link in the newest confirmation mail to `email`. */
async function tokenFrom(email: string): Promise<string> {
  const mail = (await outboxFor(email)).filter((m) => m.kind === 'signup-confirm').at(-1)
  const match = /\/natverket\/bekrafta\/([A-Za-z0-9_-]{43})|\/en\/network\/confirm\/([A-Za-z0-9_-]{43})/.exec(mail?.text ?? '')
  if (!match) throw new Error(`no confirmation link in mail to ${email}`)
  return match[1] ?? match[2]
}

describe('submitting a sign-up', () => {
  test('stores a pending application with every field, a hashed token and a purge date, and mails the link', async () => {
    const now = new Date('2026-12-01T10:00:00Z')
    const data = await input()
    const outcome = await submitSignup(ctx.payload, data, [], { req: await req(), now })
    expect(outcome.kind).toBe('new-agency')

    const [application] = await applicationsFor(data.email)
    expect(application).toMatchObject({
      kind: 'new-agency',
      agencyName: data.agencyName,
      orgNumber: data.orgNumber,
      website: data.website,
      staffInCounty: 12,
      contactName: data.name,
      contactTitle: 'Enhetschef',
      contactPhone: '063-14 30 00',
      interests: ['meetups', 'council'],
      status: 'pending',
      consent: true,
      freeMailDomain: false,
    })
    expect(application.municipality).toEqual(expect.any(Number))
    expect(new Date(application.confirmExpiresAt!).getTime() - now.getTime()).toBe(48 * HOUR)
    expect(new Date(application.purgeAfter!).getTime() - now.getTime()).toBe(30 * 24 * HOUR)

    const mails = await outboxFor(data.email)
    expect(mails.map((m) => m.kind)).toEqual(['signup-confirm'])
    expect(mails[0].subject).toBe('Bekräfta din anmälan till myndighetsnätverket')
    expect(mails[0].text).toContain('48 timmar')
    expect(mails[0].html).toContain('lang="sv"')

    // Only the hash is stored: the token itself is nowhere in the database row.
    const token = await tokenFrom(data.email)
    const db = await executor(ctx.payload, await req())
    const raw = await db.execute(sql`SELECT * FROM agency_applications WHERE id = ${application.id}`)
    const row = JSON.stringify(raw.rows[0])
    expect(row).not.toContain(token)
    expect(row).toContain(hashToken(token))
  })

  test('the token is not readable through the API, even by an admin', async () => {
    const data = await input()
    await submitSignup(ctx.payload, data, [], { req: await req() })
    const admin = await buildUser(t.tx, 'admin')
    const [application] = await applicationsFor(data.email)
    const seen = await ctx.payload.findByID({ collection: 'agency-applications', id: application.id, overrideAccess: false, user: admin, req: await req() })
    expect(seen).not.toHaveProperty('tokenHash')
  })

  test('writes the mail in English when the applicant chose English, and flags a free-mail address', async () => {
    const data = await input({ locale: 'en', email: `someone${next()}@gmail.com` })
    await submitSignup(ctx.payload, data, ['freeMail'], { req: await req() })
    const [application] = await applicationsFor(data.email)
    expect(application.freeMailDomain).toBe(true)
    const [mail] = await outboxFor(data.email)
    expect(mail.subject).toBe('Confirm your sign-up to the authority network')
    expect(await tokenFrom(data.email)).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  test('signing up again before confirming replaces the first request and its link', async () => {
    const data = await input()
    await submitSignup(ctx.payload, data, [], { req: await req() })
    const first = await tokenFrom(data.email)
    await submitSignup(ctx.payload, { ...data, title: 'Verksamhetsutvecklare' }, [], { req: await req() })
    const second = await tokenFrom(data.email)
    const applications = await applicationsFor(data.email)
    expect(applications).toHaveLength(1)
    expect(applications[0].contactTitle).toBe('Verksamhetsutvecklare')
    expect(second).not.toBe(first)
    expect((await viewSignupLink(ctx.payload, first, { req: await req() })).state).toBe('tokenInvalid')
    expect((await viewSignupLink(ctx.payload, second, { req: await req() })).state).toBe('valid')
  })

  test('an address that already has an account gets a mail saying so, and no application is made', async () => {
    const user = await buildUser(t.tx, 'agency-representative')
    const data = await input({ email: user.email })
    const outcome = await submitSignup(ctx.payload, data, [], { req: await req() })
    expect(outcome.kind).toBe('existing-account')
    expect(await applicationsFor(user.email)).toHaveLength(0)
    const mails = await outboxFor(user.email)
    expect(mails.map((m) => m.kind)).toEqual(['signup-existing-account'])
    expect(mails[0].text).toContain('/natverket/logga-in')
  })

  test('an agency already in the network is refused until the applicant asks to be another representative', async () => {
    const agency = await buildAgency(t.tx, { membershipStatus: 'member' })
    const data = await input({ orgNumber: agency.orgNumber })
    const refused = await t.tx.attempt(null, (r) => submitSignup(ctx.payload, data, [], { req: r }))
    expect(refused.ok).toBe(false)
    expect(!refused.ok && refused.error).toBeInstanceOf(SignupProblem)
    expect(!refused.ok && (refused.error as SignupProblem).problem).toBe('agencyIsMember')
    expect(await applicationsFor(data.email)).toHaveLength(0)

    const outcome = await submitSignup(ctx.payload, { ...data, addRepresentative: true }, [], { req: await req() })
    expect(outcome.kind).toBe('add-representative')
    const [application] = await applicationsFor(data.email)
    expect(application).toMatchObject({ kind: 'add-representative', agency: agency.id, status: 'pending' })
  })

  test('an agency that has only applied or has left is signed up as new', async () => {
    for (const membershipStatus of ['applied', 'left'] as const) {
      const agency = await buildAgency(t.tx, { membershipStatus })
      const data = await input({ orgNumber: agency.orgNumber })
      expect((await submitSignup(ctx.payload, data, [], { req: await req() })).kind).toBe('new-agency')
      expect((await applicationsFor(data.email))[0].agency).toBe(agency.id)
    }
  })
})

describe('confirming a sign-up', () => {
  test('the link confirms once; the applicant and the admins are told', async () => {
    const admin = await buildUser(t.tx, 'admin')
    const data = await input()
    await submitSignup(ctx.payload, data, [], { req: await req() })
    const token = await tokenFrom(data.email)
    expect(await viewSignupLink(ctx.payload, token, { req: await req() })).toEqual({ state: 'valid', agencyName: data.agencyName, kind: 'new-agency' })

    expect(await confirmSignup(ctx.payload, token, { req: await req() })).toEqual({ agencyName: data.agencyName })
    const [application] = await applicationsFor(data.email)
    expect(application.status).toBe('confirmed')
    expect(application.confirmedAt).toBeTruthy()
    expect(application.purgeAfter).toBeNull()
    expect((await outboxFor(data.email)).map((m) => m.kind)).toEqual(['signup-confirm', 'signup-received'])
    const toAdmin = await outboxFor(admin.email)
    expect(toAdmin.map((m) => m.kind)).toEqual(['signup-to-review'])
    expect(toAdmin[0].text).toContain(`/admin/collections/agency-applications/${application.id}`)

    // Used: a second press says so, with a 409, and changes nothing.
    const again = await t.tx.attempt(null, (r) => confirmSignup(ctx.payload, token, { req: r }))
    expect(!again.ok && (again.error as SignupProblem).problem).toBe('tokenUsed')
    expect((await viewSignupLink(ctx.payload, token, { req: await req() })).state).toBe('used')
  })

  test('a request to be another representative is also put to the agency’s representatives', async () => {
    const agency = await buildAgency(t.tx, { membershipStatus: 'member' })
    const colleague = await buildUser(t.tx, 'agency-representative', { agency: agency.id })
    const outsider = await buildUser(t.tx, 'agency-representative')
    const data = await input({ orgNumber: agency.orgNumber, addRepresentative: true })
    await submitSignup(ctx.payload, data, [], { req: await req() })
    await confirmSignup(ctx.payload, await tokenFrom(data.email), { req: await req() })
    expect((await outboxFor(colleague.email)).map((m) => m.kind)).toEqual(['signup-to-review'])
    expect(await outboxFor(outsider.email)).toHaveLength(0)
  })

  test('an expired link is refused and the application stays unconfirmed', async () => {
    const start = new Date('2026-12-01T10:00:00Z')
    const data = await input()
    await submitSignup(ctx.payload, data, [], { req: await req(), now: start })
    const token = await tokenFrom(data.email)
    const late = new Date(start.getTime() + 48 * HOUR + 1000)
    expect((await viewSignupLink(ctx.payload, token, { req: await req(), now: late })).state).toBe('tokenExpired')
    const refused = await t.tx.attempt(null, (r) => confirmSignup(ctx.payload, token, { req: r, now: late }))
    expect(!refused.ok && (refused.error as SignupProblem).problem).toBe('tokenExpired')
    expect((await applicationsFor(data.email))[0].status).toBe('pending')
  })

  test.each([
    ['a forged token of the right shape', 'A'.repeat(43)],
    ['a token of the wrong shape', 'not-a-token'],
    ['SQL in the token', "x' OR '1'='1"],
    ['an empty token', ''],
  ])('%s is refused as not valid', async (_, token) => {
    expect((await viewSignupLink(ctx.payload, token, { req: await req() })).state).toBe('tokenInvalid')
    const refused = await t.tx.attempt(null, (r) => confirmSignup(ctx.payload, token, { req: r }))
    expect(!refused.ok && (refused.error as SignupProblem).problem).toBe('tokenInvalid')
  })
})

describe('purging', () => {
  test('deletes unconfirmed applications after 30 days and keeps confirmed ones', async () => {
    const start = new Date('2026-12-01T10:00:00Z')
    const unconfirmed = await input()
    const confirmed = await input()
    await submitSignup(ctx.payload, unconfirmed, [], { req: await req(), now: start })
    await submitSignup(ctx.payload, confirmed, [], { req: await req(), now: start })
    await confirmSignup(ctx.payload, await tokenFrom(confirmed.email), { req: await req(), now: start })

    const purge = async (at: Date) => purgeUnconfirmed(ctx.payload, at, await req())
    expect(await purge(new Date(start.getTime() + 29 * 24 * HOUR))).toBe(0)
    expect(await purge(new Date(start.getTime() + 30 * 24 * HOUR + 1000))).toBe(1)
    expect(await applicationsFor(unconfirmed.email)).toHaveLength(0)
    expect(await applicationsFor(confirmed.email)).toHaveLength(1)
  })
})
