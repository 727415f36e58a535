/**
 * Applying for a seat on the innovation council and deciding on it, in the CMS, each test in
 * a rolled-back transaction: who may apply, the seat limit, and who may read what.
 */
import type { PayloadRequest } from 'payload'
import { describe, expect, test } from 'vitest'
import { acceptCouncilApplication, applyForCouncil, CouncilApplyProblemError, declineCouncilApplication, parseCouncilInput } from '../../cms/network/council.ts'
import { DecisionProblemError } from '../../cms/network/decisions.ts'
import { buildAgency, buildUser } from '../helpers/factories.ts'
import { usePayload } from '../helpers/payload.ts'
import { useTestTransaction } from '../helpers/transaction.ts'

const ctx = usePayload()
const t = useTestTransaction(ctx)
const input = { organisation: 'Arbetsförmedlingen', motivation: 'Vi vill pröva nya arbetssätt.', contribution: 'Erfarenhet av distansarbete.' }

async function council(seats: number, members: Array<{ name: string; organisation: string }> = []) {
  await ctx.payload.updateGlobal({ slug: 'innovation-council', data: { title: 'Innovationsrådet', seats, members: members.map((m) => ({ ...m, role: 'member' as const })), _status: 'published' }, overrideAccess: true, req: await t.tx.req() })
}

async function memberRepresentative() {
  const agency = await buildAgency(t.tx, { membershipStatus: 'member' })
  return buildUser(t.tx, 'agency-representative', { agency: agency.id })
}

async function refusal(fn: (req: PayloadRequest) => Promise<unknown>): Promise<string> {
  const outcome = await t.tx.attempt(null, fn)
  if (outcome.ok) throw new Error('expected a refusal')
  return (outcome.error as CouncilApplyProblemError | DecisionProblemError).problem
}

describe('applying', () => {
  test('a member agency’s representative applies once; the admins are told', async () => {
    await council(5)
    const admin = await buildUser(t.tx, 'admin')
    const rep = await memberRepresentative()
    const application = await applyForCouncil(ctx.payload, rep, input, { req: await t.tx.req() })
    expect(application).toMatchObject({ status: 'pending', user: rep.id, organisation: 'Arbetsförmedlingen' })
    const mail = await ctx.payload.find({ collection: 'mail-outbox', where: { to: { equals: admin.email } }, overrideAccess: true, req: await t.tx.req() })
    expect(mail.docs.map((m) => m.kind)).toEqual(['council-to-review'])
    expect(await refusal((req) => applyForCouncil(ctx.payload, rep, input, { req }))).toBe('alreadyApplied')
  })

  test('a representative of an agency outside the network, or a community manager, may not apply', async () => {
    const agency = await buildAgency(t.tx, { membershipStatus: 'applied' })
    const outsider = await buildUser(t.tx, 'agency-representative', { agency: agency.id })
    const manager = await buildUser(t.tx, 'community-manager')
    expect(await refusal((req) => applyForCouncil(ctx.payload, outsider, input, { req }))).toBe('notEntitled')
    expect(await refusal((req) => applyForCouncil(ctx.payload, manager, input, { req }))).toBe('notEntitled')
  })

  test('the form’s fields are required, bounded, and free of control characters', () => {
    expect(parseCouncilInput({ organisation: '  Region  Jämtland ', motivation: ' a\r\nb ', contribution: 'c' })).toEqual({ ok: true, value: { organisation: 'Region Jämtland', motivation: 'a\nb', contribution: 'c' } })
    const bad = parseCouncilInput({ organisation: '<b>', motivation: 'x'.repeat(3001), contribution: 'a\u0000' })
    expect(!bad.ok && bad.problems).toEqual({ organisation: 'unreadable', motivation: 'tooLong', contribution: 'unreadable' })
    expect(!parseCouncilInput({}).ok && (parseCouncilInput({}) as { problems: object }).problems).toEqual({ organisation: 'missing', motivation: 'missing', contribution: 'missing' })
  })
})

describe('deciding', () => {
  test('accepting seats the applicant (who then sees council meetings) and mails them; a full council refuses', async () => {
    await council(2, [{ name: 'Ordförande Olsson', organisation: 'Regionen' }])
    const admin = await buildUser(t.tx, 'admin')
    const first = await memberRepresentative()
    const second = await memberRepresentative()
    const a = await applyForCouncil(ctx.payload, first, input, { req: await t.tx.req() })
    const b = await applyForCouncil(ctx.payload, second, { ...input, organisation: 'Skatteverket' }, { req: await t.tx.req() })

    await acceptCouncilApplication(ctx.payload, a.id, admin, 'Välkommen!', { req: await t.tx.req() })
    const seated = await ctx.payload.findGlobal({ slug: 'innovation-council', depth: 0, overrideAccess: true, req: await t.tx.req() })
    expect(seated.members?.map((m) => [m.name, m.organisation, m.user])).toEqual([
      ['Ordförande Olsson', 'Regionen', null],
      [first.name, 'Arbetsförmedlingen', first.id],
    ])
    const mail = await ctx.payload.find({ collection: 'mail-outbox', where: { to: { equals: first.email } }, overrideAccess: true, req: await t.tx.req() })
    expect(mail.docs.map((m) => m.kind)).toEqual(['council-accepted'])

    expect(await refusal((req) => acceptCouncilApplication(ctx.payload, b.id, admin, '', { req }))).toBe('councilFull')
    expect((await ctx.payload.findByID({ collection: 'council-applications', id: b.id, overrideAccess: true, req: await t.tx.req() })).status).toBe('pending')
    expect(await refusal((req) => declineCouncilApplication(ctx.payload, b.id, admin, '', { req }))).toBe('messageMissing')
    await declineCouncilApplication(ctx.payload, b.id, admin, 'Rådet är fullt i år.', { req: await t.tx.req() })
    expect(await refusal((req) => acceptCouncilApplication(ctx.payload, a.id, admin, '', { req }))).toBe('alreadyDecided')
    expect(await refusal((req) => applyForCouncil(ctx.payload, first, input, { req }))).toBe('alreadyMember')
  })

  test('only admins decide', async () => {
    await council(5)
    const rep = await memberRepresentative()
    const a = await applyForCouncil(ctx.payload, rep, input, { req: await t.tx.req() })
    expect(await refusal((req) => acceptCouncilApplication(ctx.payload, a.id, rep, '', { req }))).toBe('forbidden')
  })
})

describe('who reads applications', () => {
  test('the applicant reads their own, another representative nothing, the public nothing', async () => {
    await council(5)
    const rep = await memberRepresentative()
    const other = await memberRepresentative()
    const a = await applyForCouncil(ctx.payload, rep, input, { req: await t.tx.req() })
    const read = async (user: typeof rep | null) => {
      const outcome = await t.tx.attempt(user, (req) => ctx.payload.find({ collection: 'council-applications', overrideAccess: false, user, req, depth: 0 }))
      return outcome.ok ? outcome.value.docs.map((d) => d.id) : 'forbidden'
    }
    expect(await read(rep)).toEqual([a.id])
    expect(await read(other)).toEqual([])
    expect(await read(null)).toBe('forbidden')
    const direct = await t.tx.attempt(rep, (req) => ctx.payload.create({ collection: 'council-applications', data: { user: rep.id, ...input } as never, overrideAccess: false, user: rep, req }))
    expect(direct.ok).toBe(false)
  })
})
