/**
 * The reads the site makes past access, each a service in cms/ that says why: a preview's
 * draft, my page's registrations, the stored calendar token and the council feed's account;
 * and the content version the site's caches key on. Each test in a rolled-back transaction.
 */
import { describe, expect, test } from 'vitest'
import { contentVersion } from '../../cms/db/contentVersion.ts'
import { calendarTokenOf, existingCalendarToken, myPageRegistrations } from '../../cms/network/account.ts'
import { councilFeedAccount } from '../../cms/network/council.ts'
import { eventDraft, hubDraft } from '../../cms/preview/draft.ts'
import { buildAgency, buildEvent, buildHub, buildRegistration, buildUser } from '../helpers/factories.ts'
import { usePayload } from '../helpers/payload.ts'
import { useTestTransaction } from '../helpers/transaction.ts'

const ctx = usePayload()
const t = useTestTransaction(ctx)

describe('a preview link’s document', () => {
  test('is read in its newest version, draft or not, with an event’s hub; an unknown id is null', async () => {
    const hub = await buildHub(t.tx, { name: 'Utkasthubben', _status: 'draft' })
    const req = await t.tx.req()
    const publicRead = await ctx.payload.find({ collection: 'hubs', where: { id: { equals: hub.id } }, overrideAccess: false, req })
    expect(publicRead.docs).toEqual([])
    expect(await hubDraft(ctx.payload, hub.id, 'sv', req)).toMatchObject({ id: hub.id, name: 'Utkasthubben' })
    const event = await buildEvent(t.tx, { title: 'Utkast till träff', hub: hub.id, _status: 'draft' })
    const draft = await eventDraft(ctx.payload, event.id, 'sv', await t.tx.req())
    expect(draft).toMatchObject({ id: event.id, title: 'Utkast till träff', hub: { id: hub.id, name: 'Utkasthubben' } })
    expect(await eventDraft(ctx.payload, 999_999_999, 'sv', await t.tx.req())).toBeNull()
    expect(await hubDraft(ctx.payload, 999_999_999, 'sv', await t.tx.req())).toBeNull()
  })
})

describe('my page’s registrations', () => {
  test('are the person’s own, with their links, and those made for colleagues, even for an event they may no longer read', async () => {
    const agency = await buildAgency(t.tx, { membershipStatus: 'applied' })
    const rep = await buildUser(t.tx, 'agency-representative', { agency: agency.id })
    const other = await buildUser(t.tx, 'agency-representative')
    const event = await buildEvent(t.tx, { title: 'Nätverksträff', audience: 'network' })
    const own = await buildRegistration(t.tx, { event: event.id, user: rep.id, email: rep.email, name: rep.name })
    await buildRegistration(t.tx, { event: event.id, user: rep.id, name: 'Kollegan', email: 'kollegan@example.se' })
    await buildRegistration(t.tx, { event: event.id, user: other.id, email: other.email, name: other.name })
    const asRep = await ctx.payload.find({ collection: 'events', where: { id: { equals: event.id } }, overrideAccess: false, user: rep, req: await t.tx.req() })
    expect(asRep.docs).toEqual([])
    const found = await myPageRegistrations(ctx.payload, rep.id, 'sv', await t.tx.req())
    expect(found.own.map((r) => ({ id: r.id, token: r.token, title: typeof r.event === 'object' ? r.event.title : null }))).toEqual([{ id: own.id, token: own.token, title: 'Nätverksträff' }])
    expect(own.token).toMatch(/^[0-9a-f-]{36}$/)
    expect(found.forColleagues.map((r) => r.name)).toEqual(['Kollegan'])
  })
})

describe('the stored calendar token', () => {
  test('is read without making one; null for someone without one or unknown', async () => {
    const rep = await buildUser(t.tx, 'agency-representative')
    expect(await existingCalendarToken(ctx.payload, rep.id, await t.tx.req())).toBeNull()
    const token = await calendarTokenOf(ctx.payload, rep.id, await t.tx.req())
    expect(token).toBeTruthy()
    expect(await existingCalendarToken(ctx.payload, rep.id, await t.tx.req())).toBe(token)
    // Outside the test's transaction: Payload rolls a request's transaction back when a read fails.
    expect(await existingCalendarToken(ctx.payload, 999_999_999)).toBeNull()
  })
})

describe('the council feed’s account', () => {
  test('is the person while they hold a seat or are an admin; null otherwise, and for those who do not use the site', async () => {
    const seated = await buildUser(t.tx, 'agency-representative')
    const unseated = await buildUser(t.tx, 'agency-representative')
    const manager = await buildUser(t.tx, 'community-manager')
    const admin = await buildUser(t.tx, 'admin')
    const members = [seated, manager].map((u) => ({ name: u.name, organisation: 'Testmyndigheten', role: 'member' as const, user: u.id }))
    await ctx.payload.updateGlobal({ slug: 'innovation-council', data: { title: 'Innovationsrådet', seats: 5, members, _status: 'published' }, overrideAccess: true, req: await t.tx.req() })
    const account = async (id: number) => (await councilFeedAccount(ctx.payload, id, await t.tx.req()))?.id ?? null
    expect(await account(seated.id)).toBe(seated.id)
    expect(await account(admin.id)).toBe(admin.id)
    expect(await account(unseated.id)).toBeNull()
    expect(await account(manager.id)).toBeNull()
    expect(await councilFeedAccount(ctx.payload, 999_999_999)).toBeNull()
  })
})

describe('the content version', () => {
  test('changes when a public document changes', async () => {
    const hub = await buildHub(t.tx)
    const before = await contentVersion(ctx.payload, await t.tx.req())
    expect(before).toMatch(/\|/)
    await new Promise((resolve) => setTimeout(resolve, 5))
    await ctx.payload.update({ collection: 'hubs', id: hub.id, data: { name: 'Nytt namn' }, overrideAccess: true, req: await t.tx.req() })
    expect(await contentVersion(ctx.payload, await t.tx.req())).not.toBe(before)
  })
})
