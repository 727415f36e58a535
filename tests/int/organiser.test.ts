/**
 * The organiser endpoints on events (CSV export, e-mail everyone registered), called as the
 * REST API calls them, with the user on the request: who may use them for which event.
 */
import { createLocalReq, type PayloadRequest } from 'payload'
import { describe, expect, test } from 'vitest'
import { exportRegistrationsEndpoint, messageRegistrantsEndpoint } from '../../cms/registration/organiser.ts'
import type { User } from '../../cms/payload-types.ts'
import { buildCommunityManager, buildEvent, buildHub, buildRegistration, buildUser } from '../helpers/factories.ts'
import { usePayload } from '../helpers/payload.ts'
import { useTestTransaction } from '../helpers/transaction.ts'

const ctx = usePayload()
const t = useTestTransaction(ctx)

async function call(endpoint: typeof exportRegistrationsEndpoint, user: User | null, id: number | string, body?: unknown): Promise<Response> {
  const req = (await t.tx.req(user)) as PayloadRequest
  req.routeParams = { id: String(id) }
  if (body !== undefined) req.json = async () => body
  return endpoint.handler(req) as Promise<Response>
}

async function world() {
  const managerUser = await buildUser(t.tx, 'community-manager')
  const profile = await buildCommunityManager(t.tx, { user: managerUser.id })
  const hub = await buildHub(t.tx, { communityManagers: [profile.id] })
  const event = await buildEvent(t.tx, { hub: hub.id, registrationRequired: true, capacity: 5 })
  const otherManager = await buildUser(t.tx, 'community-manager')
  await buildCommunityManager(t.tx, { user: otherManager.id })
  const admin = await buildUser(t.tx, 'admin')
  const representative = await buildUser(t.tx, 'agency-representative')
  await buildRegistration(t.tx, { event: event.id, name: '=cmd|calc', email: 'formula@example.org', status: 'confirmed', confirmedAt: new Date().toISOString() })
  await buildRegistration(t.tx, { event: event.id, name: 'Väntande', email: 'waiting@example.org', status: 'waitlisted', confirmedAt: new Date().toISOString() })
  return { event, managerUser, otherManager, admin, representative }
}

describe('exporting registrations', () => {
  test('the hub’s community manager and admins get the CSV', async () => {
    const w = await world()
    for (const user of [w.managerUser, w.admin]) {
      const res = await call(exportRegistrationsEndpoint, user, w.event.id)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      const csv = await res.text()
      expect(csv).toContain(`"'=cmd|calc","formula@example.org"`)
      expect(csv).toContain('waiting@example.org')
    }
  })

  test('the public, another hub’s manager and a representative do not', async () => {
    const w = await world()
    expect((await call(exportRegistrationsEndpoint, null, w.event.id)).status).toBe(401)
    expect((await call(exportRegistrationsEndpoint, w.otherManager, w.event.id)).status).toBe(403)
    expect((await call(exportRegistrationsEndpoint, w.representative, w.event.id)).status).toBe(403)
    expect((await call(exportRegistrationsEndpoint, w.admin, 'nope')).status).toBe(404)
    expect((await call(exportRegistrationsEndpoint, w.admin, 999_999_999)).status).toBe(404)
  })
})

describe('e-mailing everyone registered', () => {
  test('queues one message per confirmed place, and the waiting list when asked', async () => {
    const w = await world()
    const res = await call(messageRegistrantsEndpoint, w.managerUser, w.event.id, { subject: 'Ny lokal', text: 'Vi ses i rum 2.' })
    expect(res.status).toBe(202)
    expect(await res.json()).toEqual({ queued: 1 })
    const both = await call(messageRegistrantsEndpoint, w.admin, w.event.id, { subject: 'Ny lokal', text: 'Vi ses i rum 2.', includeWaitlist: true })
    expect(await both.json()).toEqual({ queued: 2 })
    const { docs } = await ctx.payload.find({ collection: 'mail-outbox', where: { kind: { equals: 'organiser-message' } }, overrideAccess: true, req: await t.tx.req() })
    expect(docs.map((d) => d.to).sort()).toEqual(['formula@example.org', 'formula@example.org', 'waiting@example.org'])
  })

  test('refuses an empty message with 400 and others’ events with 403, queueing nothing', async () => {
    const w = await world()
    const empty = await call(messageRegistrantsEndpoint, w.admin, w.event.id, { subject: '', text: '' })
    expect(empty.status).toBe(400)
    expect((await empty.json()).message).toContain('ämnesrad')
    expect((await call(messageRegistrantsEndpoint, w.otherManager, w.event.id, { subject: 'X', text: 'Y' })).status).toBe(403)
    expect((await call(messageRegistrantsEndpoint, w.admin, w.event.id, 'not json')).status).toBe(400)
    const { totalDocs } = await ctx.payload.count({ collection: 'mail-outbox', where: { kind: { equals: 'organiser-message' } }, overrideAccess: true, req: await t.tx.req() })
    expect(totalDocs).toBe(0)
  })
})
