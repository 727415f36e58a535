/**
 * Deciding through the endpoints as the admin panel does, committed: each call opens its own
 * transaction, the outbox's jobs deliver to a real SMTP server, and what arrives is parsed
 * back. Covers approval (a set-password link that works, never a password), rejection,
 * another representative decided by a colleague, deciding twice, refusals that leave nothing
 * behind, and the council's last seat.
 *
 * Everything here commits, so each test makes its own rows with its own addresses, and
 * afterAll removes them and puts the council page back as it was.
 */
import { createLocalReq, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { executor, sql } from '../../cms/db/sql.ts'
import { MAIL_QUEUE } from '../../cms/mail/outbox.ts'
import { applyForCouncil, approveCouncilEndpoint, rejectCouncilEndpoint } from '../../cms/network/council.ts'
import { approveEndpoint, rejectEndpoint } from '../../cms/network/decisions.ts'
import type { AgencyApplication, InnovationCouncil, User } from '../../cms/payload-types.ts'
import { agencyApplicationData, agencyData, next, orgNumberFor, userData } from '../helpers/factories.ts'
import { usePayload } from '../helpers/payload.ts'
import { TestSmtpServer, type ReceivedMail } from '../helpers/smtp.ts'

const ctx = usePayload()
let smtp: TestSmtpServer
let admin: User
let councilBefore: InnovationCouncil
const run = Math.floor(Math.random() * 40_000) + 50_000
const created = { agencies: [] as number[], users: [] as number[], applications: [] as number[], councilApplications: [] as number[], emails: [] as string[] }
const DAY = 86_400_000

beforeAll(async () => {
  smtp = await TestSmtpServer.start()
  process.env.SMTP_URL = smtp.url
  admin = await user('admin')
  councilBefore = await ctx.payload.findGlobal({ slug: 'innovation-council', depth: 0, overrideAccess: true })
})

afterAll(async () => {
  delete process.env.SMTP_URL
  await smtp?.stop()
  const { payload } = ctx
  const db = await executor(payload)
  await payload.updateGlobal({
    slug: 'innovation-council',
    data: { title: councilBefore.title || 'Innovationsrådet', seats: councilBefore.seats ?? null, members: councilBefore.members ?? [], _status: 'published' },
    overrideAccess: true,
  })
  const emails = created.emails.map((e) => e.toLowerCase())
  if (emails.length > 0) await payload.delete({ collection: 'mail-outbox', where: { to: { in: emails } }, overrideAccess: true })
  // The notices to every admin name this run's organisation.
  await payload.delete({ collection: 'mail-outbox', where: { subject: { like: `(${run})` } }, overrideAccess: true })
  await db.execute(sql`DELETE FROM payload_jobs`)
  if (created.councilApplications.length > 0) await payload.delete({ collection: 'council-applications', where: { id: { in: created.councilApplications } }, overrideAccess: true })
  if (created.applications.length > 0) await payload.delete({ collection: 'agency-applications', where: { id: { in: created.applications } }, overrideAccess: true })
  const users = (await payload.find({ collection: 'users', where: { email: { in: emails } }, pagination: false, depth: 0, overrideAccess: true })).docs.map((u) => u.id)
  if (users.length > 0) await payload.delete({ collection: 'users', where: { id: { in: users } }, overrideAccess: true })
  const named = (await payload.find({ collection: 'agencies', where: { name: { like: `(${run})` } }, pagination: false, depth: 0, overrideAccess: true })).docs.map((a) => a.id)
  const agencies = [...new Set([...created.agencies, ...named])]
  if (agencies.length > 0) await payload.delete({ collection: 'agencies', where: { id: { in: agencies } }, overrideAccess: true })
})

const address = (label: string) => {
  const email = `${label}-${run}-${next()}@beslut-test.se`
  created.emails.push(email)
  return email
}

async function user(role: User['role'], overrides: Partial<User> = {}): Promise<User> {
  const data = userData(role, { email: address(role), ...(overrides as object) })
  const doc = await ctx.payload.create({ collection: 'users', data, overrideAccess: true })
  created.users.push(doc.id)
  return { ...doc, collection: 'users' } as User
}

async function agency(membershipStatus: 'applied' | 'member' = 'member', overrides: object = {}) {
  const n = next()
  const doc = await ctx.payload.create({ collection: 'agencies', data: agencyData({ name: `Beslutsverket ${n} (${run})`, orgNumber: orgNumberFor(run + n), membershipStatus, ...overrides }), overrideAccess: true })
  created.agencies.push(doc.id)
  return doc
}

async function application(overrides: Partial<AgencyApplication> = {}): Promise<AgencyApplication> {
  const n = next()
  const doc = await ctx.payload.create({
    collection: 'agency-applications',
    data: agencyApplicationData({
      status: 'confirmed',
      agencyName: `Nya verket ${n} (${run})`,
      orgNumber: orgNumberFor(run + 5_000 + n),
      contactEmail: address('sokande'),
      contactName: `Sökande ${n}`,
      ...overrides,
    } as never),
    overrideAccess: true,
  })
  created.applications.push(doc.id)
  return doc as AgencyApplication
}

type AnyEndpoint = typeof approveEndpoint

/** Calls an endpoint as Payload's REST handler would: a fresh request, no transaction yet. */
async function call(endpoint: AnyEndpoint, as: User | null, id: number, body: unknown): Promise<{ status: number; body: { status?: string; message?: string; problem?: string } }> {
  const req = (await createLocalReq({ user: as ?? undefined }, ctx.payload)) as PayloadRequest
  if (!as) req.user = null
  req.routeParams = { id: String(id) }
  req.json = async () => body
  const response = (await endpoint.handler(req)) as Response
  return { status: response.status, body: (await response.json()) as { status?: string; message?: string } }
}

async function runMailJobs(): Promise<void> {
  for (let i = 0; i < 20; i++) {
    const result = await ctx.payload.jobs.run({ queue: MAIL_QUEUE, limit: 100, silent: true })
    if (!result.jobStatus || Object.keys(result.jobStatus).length === 0) return
  }
}

function received(email: string): ReceivedMail[] {
  return smtp.to(email)
}

async function applicationStatus(collection: 'agency-applications' | 'council-applications', id: number): Promise<string> {
  return (await ctx.payload.findByID({ collection, id, depth: 0, overrideAccess: true })).status as string
}

describe('approving, over SMTP', () => {
  test('the welcome mail arrives with a set-password link that works for a week and no password; deciding twice is 409', async () => {
    const a = await application({ locale: 'en', website: 'https://www.nyaverket.se', staffInCounty: 12 })
    const answer = await call(approveEndpoint, admin, a.id, { message: 'Glad to have you.' })
    expect(answer).toEqual({ status: 200, body: { status: 'approved' } })
    expect((await call(approveEndpoint, admin, a.id, {})).status).toBe(409)
    expect((await call(rejectEndpoint, admin, a.id, { message: 'Ändrat mig.' })).status).toBe(409)

    await runMailJobs()
    const mails = received(a.contactEmail)
    expect(mails.map((m) => m.parsed.subject)).toEqual([`Welcome to the authority network: ${a.agencyName}`])
    const { parsed } = mails[0]
    const text = parsed.text ?? ''
    const link = /https?:\/\/\S+\/en\/network\/password\/([0-9a-f]+)/.exec(text)
    expect(link).not.toBeNull()
    expect(parsed.html || '').toContain(`/en/network/password/${link![1]}`)
    expect(text).toContain('Glad to have you.')
    expect(text).not.toMatch(/(password|lösenord)\s*[:=][ \t]*\S/i)

    const [account] = (await ctx.payload.find({ collection: 'users', where: { email: { equals: a.contactEmail.toLowerCase() } }, depth: 0, overrideAccess: true, showHiddenFields: true })).docs
    expect(account).toMatchObject({ role: 'agency-representative', locale: 'en', name: a.contactName })
    const expires = new Date(account.resetPasswordExpiration as string).getTime()
    expect(expires).toBeGreaterThan(Date.now() + 6.9 * DAY)
    expect(expires).toBeLessThan(Date.now() + 7.1 * DAY)
    const [member] = (await ctx.payload.find({ collection: 'agencies', where: { orgNumber: { equals: a.orgNumber } }, depth: 0, overrideAccess: true })).docs
    created.agencies.push(member.id)
    expect(member).toMatchObject({ membershipStatus: 'member', website: 'https://www.nyaverket.se', staffInCounty: 12 })

    // The link's token is the account's: it sets a password, once.
    const reset = await ctx.payload.resetPassword({ collection: 'users', data: { token: link![1], password: 'ett eget långt lösenord' }, overrideAccess: true })
    expect(reset.user).toBeTruthy()
    const login = await ctx.payload.login({ collection: 'users', data: { email: a.contactEmail, password: 'ett eget långt lösenord' } })
    expect(login.user?.id).toBe(account.id)
  })

  test('rejection mails the reason in Swedish; an empty reason is 400 and sends nothing', async () => {
    const a = await application({ locale: 'sv' })
    expect((await call(rejectEndpoint, admin, a.id, { message: '  ' })).status).toBe(400)
    expect(await applicationStatus('agency-applications', a.id)).toBe('confirmed')
    expect(await call(rejectEndpoint, admin, a.id, { message: 'Myndigheten finns inte i länet.' })).toEqual({ status: 200, body: { status: 'rejected' } })
    await runMailJobs()
    const mails = received(a.contactEmail)
    expect(mails.map((m) => m.parsed.subject)).toEqual([`Beslut om anmälan till myndighetsnätverket: ${a.agencyName}`])
    expect(mails[0].parsed.text).toContain('Myndigheten finns inte i länet.')
    expect(mails[0].parsed.html).toContain('Myndigheten finns inte i länet.')
    expect((await ctx.payload.count({ collection: 'users', where: { email: { equals: a.contactEmail.toLowerCase() } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  test('another representative is decided by a colleague at the agency, not by someone from another agency', async () => {
    const member = await agency('member')
    const colleague = await user('agency-representative', { agency: member.id })
    const stranger = await user('agency-representative', { agency: (await agency('member')).id })
    const a = await application({ kind: 'add-representative', agency: member.id, orgNumber: member.orgNumber, agencyName: member.name })
    expect((await call(approveEndpoint, stranger, a.id, {})).status).toBe(403)
    expect((await call(approveEndpoint, null, a.id, {})).status).toBe(401)
    expect((await call(approveEndpoint, colleague, a.id, {})).status).toBe(200)
    await runMailJobs()
    expect(received(a.contactEmail).map((m) => m.parsed.subject)).toEqual([`Välkommen till myndighetsnätverket: ${member.name}`])
    const [account] = (await ctx.payload.find({ collection: 'users', where: { email: { equals: a.contactEmail.toLowerCase() } }, depth: 0, overrideAccess: true })).docs
    expect(account).toMatchObject({ agency: member.id, role: 'agency-representative' })
    expect((await ctx.payload.findByID({ collection: 'agency-applications', id: a.id, depth: 0, overrideAccess: true })).decidedBy).toBe(colleague.id)
  })

  test('someone who already represents the agency keeps their password and is told to log in', async () => {
    const member = await agency('member')
    const rep = await user('agency-representative', { agency: member.id, locale: 'sv' })
    const a = await application({ kind: 'add-representative', agency: member.id, orgNumber: member.orgNumber, agencyName: member.name, contactEmail: rep.email })
    expect((await call(approveEndpoint, admin, a.id, {})).status).toBe(200)
    await runMailJobs()
    const [mail] = received(rep.email)
    expect(mail.parsed.text).toContain('/natverket/logga-in')
    expect(mail.parsed.text).not.toContain('/natverket/losenord/')
    const [account] = (await ctx.payload.find({ collection: 'users', where: { id: { equals: rep.id } }, depth: 0, overrideAccess: true, showHiddenFields: true })).docs
    expect(account.resetPasswordToken ?? null).toBeNull()
  })
})

describe('refusals leave nothing behind', () => {
  test('an address with an account elsewhere: 409, and no agency, account, mail or status change', async () => {
    const manager = await user('community-manager')
    const a = await application({ contactEmail: manager.email })
    const answer = await call(approveEndpoint, admin, a.id, {})
    expect(answer.status).toBe(409)
    expect(answer.body.message).toMatch(/konto.* \/ .*account/)
    expect((await ctx.payload.count({ collection: 'agencies', where: { orgNumber: { equals: a.orgNumber } }, overrideAccess: true })).totalDocs).toBe(0)
    expect((await ctx.payload.count({ collection: 'mail-outbox', where: { to: { equals: manager.email } }, overrideAccess: true })).totalDocs).toBe(0)
    expect(await applicationStatus('agency-applications', a.id)).toBe('confirmed')
  })

  test('an application for an agency that applied before, refused the same way, leaves the agency as it was', async () => {
    const applied = await agency('applied')
    const other = await user('agency-representative', { agency: (await agency('member')).id })
    const a = await application({ orgNumber: applied.orgNumber, contactEmail: other.email })
    expect((await call(approveEndpoint, admin, a.id, {})).status).toBe(409)
    expect((await ctx.payload.findByID({ collection: 'agencies', id: applied.id, depth: 0, overrideAccess: true })).membershipStatus).toBe('applied')
  })

  test('details the agency refuses: 409 with a message, never 500, and nothing written', async () => {
    const a = await application()
    // Stored before the rules were what they are now: the agency's own validation refuses it.
    const db = await executor(ctx.payload)
    await db.execute(sql`UPDATE agency_applications SET website = 'javascript:alert(1)' WHERE id = ${a.id}`)
    const answer = await call(approveEndpoint, admin, a.id, {})
    expect(answer.status).toBe(409)
    expect(answer.body.problem).toBe('unsavable')
    expect((await ctx.payload.count({ collection: 'users', where: { email: { equals: a.contactEmail.toLowerCase() } }, overrideAccess: true })).totalDocs).toBe(0)
    expect((await ctx.payload.count({ collection: 'mail-outbox', where: { to: { equals: a.contactEmail.toLowerCase() } }, overrideAccess: true })).totalDocs).toBe(0)
    expect(await applicationStatus('agency-applications', a.id)).toBe('confirmed')
  })

  test('a new agency whose name another agency already has gets its own address', async () => {
    const namesake = await agency('member')
    const a = await application({ agencyName: namesake.name })
    expect((await call(approveEndpoint, admin, a.id, {})).status).toBe(200)
    const [created_] = (await ctx.payload.find({ collection: 'agencies', where: { orgNumber: { equals: a.orgNumber } }, depth: 0, overrideAccess: true })).docs
    created.agencies.push(created_.id)
    expect(created_.slug).toBe(`${namesake.slug}-${a.orgNumber.replace('-', '')}`)
  })

  test('two applications for one new agency approved at once make one agency', async () => {
    const orgNumber = orgNumberFor(run + 9_000 + next())
    const [a, b] = [await application({ orgNumber }), await application({ orgNumber })]
    const answers = await Promise.all([call(approveEndpoint, admin, a.id, {}), call(approveEndpoint, admin, b.id, {})])
    expect(answers.map((x) => x.status)).toEqual([200, 200])
    const agencies = (await ctx.payload.find({ collection: 'agencies', where: { orgNumber: { equals: orgNumber } }, depth: 0, overrideAccess: true })).docs
    created.agencies.push(...agencies.map((x) => x.id))
    expect(agencies).toHaveLength(1)
  })
})

describe('the council, over SMTP', () => {
  test('the last seat goes to one applicant; the other gets 409 and nothing changes until declined with a reason', async () => {
    const reps = await Promise.all([1, 2, 3].map(async () => user('agency-representative', { agency: (await agency('member')).id, locale: 'en' })))
    const input = { organisation: `Rådsverket (${run})`, motivation: 'Vi vill bidra.', contribution: 'Erfarenhet.' }
    const apps = []
    for (const rep of reps) {
      const doc = await applyForCouncil(ctx.payload, rep, input)
      created.councilApplications.push(doc.id)
      apps.push(doc)
    }
    await ctx.payload.updateGlobal({ slug: 'innovation-council', data: { title: 'Innovationsrådet (test)', seats: 2, members: [{ name: 'Ordförande', organisation: 'Regionen', role: 'chair' }], _status: 'published' }, overrideAccess: true })

    // Two decisions at once for the last seat: exactly one wins.
    const both = await Promise.all([call(approveCouncilEndpoint, admin, apps[0].id, { message: 'Welcome aboard.' }), call(approveCouncilEndpoint, admin, apps[1].id, {})])
    expect(both.map((x) => x.status).sort()).toEqual([200, 409])
    const loser = both[0].status === 409 ? 0 : 1
    const winner = 1 - loser
    expect(both[loser].body.problem).toBe('councilFull')
    expect(await applicationStatus('council-applications', apps[loser].id)).toBe('pending')
    const council = await ctx.payload.findGlobal({ slug: 'innovation-council', depth: 0, overrideAccess: true })
    expect(council.members?.map((m) => m.user ?? null)).toEqual([null, reps[winner].id])

    // Nobody else decides; deciding twice is 409; declining needs a reason and mails it.
    expect((await call(approveCouncilEndpoint, reps[2], apps[2].id, {})).status).toBe(403)
    expect((await call(approveCouncilEndpoint, admin, apps[winner].id, {})).status).toBe(409)
    expect((await call(rejectCouncilEndpoint, admin, apps[loser].id, {})).status).toBe(400)
    expect((await call(rejectCouncilEndpoint, admin, apps[loser].id, { message: 'The council is full.' })).status).toBe(200)

    await runMailJobs()
    const accepted = received(reps[winner].email).filter((m) => m.parsed.subject === 'Welcome to the innovation council')
    expect(accepted).toHaveLength(1)
    const declined = received(reps[loser].email).filter((m) => /^Decision on your application/.test(m.parsed.subject ?? ''))
    expect(declined).toHaveLength(1)
    expect(declined[0].parsed.text).toContain('The council is full.')
    expect(received(reps[2].email)).toHaveLength(0)
    // Region staff were told of each application.
    expect(received(admin.email).filter((m) => /innovation|innovationsrådet/i.test(m.parsed.subject ?? '')).length).toBeGreaterThanOrEqual(3)
  })
})
