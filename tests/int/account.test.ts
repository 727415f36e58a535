/**
 * A representative's account in the CMS: the set-password link, and the rights to see
 * everything stored about oneself and to be forgotten. These services open their own
 * transactions, so the test commits its data and removes it afterwards.
 */
import { afterAll, describe, expect, test } from 'vitest'
import {
  accountFeedEvents,
  calendarTokenOf,
  deleteAccount,
  exportPersonalData,
  loginSkipsPasswordCheck,
  renewCalendarToken,
  requestPasswordReset,
  resetLinkEmail,
  resetTokenValid,
  setPasswordWithToken,
  spendPasswordCheckTime,
} from '../../cms/network/account.ts'
import { executor, sql } from '../../cms/db/sql.ts'
import { agencyApplicationData, agencyData, eventData, hubData, municipalityData, next, registrationData, userData } from '../helpers/factories.ts'
import { usePayload } from '../helpers/payload.ts'

const ctx = usePayload()
const created = { users: [] as number[], agencies: [] as number[], events: [] as number[], hubs: [] as number[], municipalities: [] as number[] }

afterAll(async () => {
  const { payload } = ctx
  const db = await executor(payload)
  const events = created.events.length > 0 ? created.events : [0]
  await db.execute(sql`DELETE FROM registrations WHERE event_id IN ${sql.raw(`(${events.join(',')})`)}`)
  await db.execute(sql`DELETE FROM mail_outbox WHERE "to" LIKE ${'%@konto-test.se'}`)
  await db.execute(sql`DELETE FROM payload_jobs`)
  for (const id of created.users) await payload.delete({ collection: 'users', id, overrideAccess: true }).catch(() => null)
  for (const id of created.events) await payload.delete({ collection: 'events', id, overrideAccess: true })
  for (const id of created.hubs) await payload.delete({ collection: 'hubs', id, overrideAccess: true })
  for (const id of created.municipalities) await payload.delete({ collection: 'municipalities', id, overrideAccess: true })
  for (const id of created.agencies) await payload.delete({ collection: 'agencies', id, overrideAccess: true })
  // The council page did not exist before this file: remove it again, versions and all.
  await db.execute(sql`TRUNCATE innovation_council, innovation_council_locales, innovation_council_members, innovation_council_rels, innovation_council_documents, innovation_council_documents_locales, _innovation_council_v, _innovation_council_v_locales, _innovation_council_v_rels, _innovation_council_v_version_members, _innovation_council_v_version_documents, _innovation_council_v_version_documents_locales CASCADE`)
})

async function world() {
  const { payload } = ctx
  const agency = await payload.create({ collection: 'agencies', data: agencyData({ membershipStatus: 'member' }), overrideAccess: true })
  created.agencies.push(agency.id)
  const n = next()
  const user = await payload.create({
    collection: 'users',
    data: { ...userData('agency-representative', { agency: agency.id, email: `rep-${n}@konto-test.se`, locale: 'en' }), title: 'Utredare', phone: '063-12 34 56' },
    overrideAccess: true,
  })
  created.users.push(user.id)
  const municipality = await payload.create({ collection: 'municipalities', data: municipalityData(), overrideAccess: true })
  const hub = await payload.create({ collection: 'hubs', data: hubData({ municipality: municipality.id }), overrideAccess: true })
  const event = await payload.create({ collection: 'events', data: eventData({ hub: hub.id, audience: 'network', type: 'network-meeting' }), overrideAccess: true })
  created.municipalities.push(municipality.id)
  created.hubs.push(hub.id)
  created.events.push(event.id)
  const registration = await payload.create({
    collection: 'registrations',
    data: registrationData({ event: event.id, name: user.name, email: user.email, user: user.id, agency: agency.id, status: 'confirmed' }),
    overrideAccess: true,
  })
  const other = await payload.create({ collection: 'registrations', data: registrationData({ event: event.id, email: `annan-${n}@konto-test.se` }), overrideAccess: true })
  // A colleague the representative registered from my page: made with the representative's account.
  const colleague = await payload.create({
    collection: 'registrations',
    data: registrationData({ event: event.id, name: 'Kollega Kollegasson', email: `kollega-${n}@konto-test.se`, user: user.id, agency: agency.id, status: 'confirmed' }),
    overrideAccess: true,
  })
  // The application that made the account (approving links it to the account it makes).
  await payload.create({ collection: 'agency-applications', data: { ...agencyApplicationData({ contactEmail: user.email, contactName: user.name }), account: user.id }, overrideAccess: true })
  await payload.create({ collection: 'council-applications', data: { user: user.id, organisation: agency.name, motivation: 'Därför', contribution: 'Detta', status: 'pending' }, overrideAccess: true })
  await payload.updateGlobal({ slug: 'innovation-council', data: { title: 'Innovationsrådet (test)', members: [{ name: user.name, organisation: agency.name, role: 'member', user: user.id }] }, overrideAccess: true })
  return { agency, user, event, registration, other, colleague }
}

describe('passwords', () => {
  // The password rules themselves are unit tested (tests/unit/cms/account.test.ts).
  test('a link refuses the account’s own address as the password, and stays usable', async () => {
    const { user } = await world()
    await requestPasswordReset(ctx.payload, user.email, 'sv')
    const { docs } = await ctx.payload.find({ collection: 'mail-outbox', where: { and: [{ to: { equals: user.email } }, { kind: { equals: 'password-reset' } }] }, overrideAccess: true })
    const token = /\/en\/network\/password\/([0-9a-f]{40})/.exec(docs[0].text)![1]
    expect(await resetLinkEmail(ctx.payload, token)).toBe(user.email)
    expect(await setPasswordWithToken(ctx.payload, token, user.email)).toBeNull()
    expect(await resetTokenValid(ctx.payload, token)).toBe(true)
  })

  test('a reset link is mailed in the person’s language, works once, and logs them in', async () => {
    const { user } = await world()
    await requestPasswordReset(ctx.payload, user.email.toUpperCase(), 'sv')
    const { docs } = await ctx.payload.find({ collection: 'mail-outbox', where: { and: [{ to: { equals: user.email } }, { kind: { equals: 'password-reset' } }] }, overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect(docs[0].subject).toBe('Choose a new password')
    const token = /\/en\/network\/password\/([0-9a-f]{40})/.exec(docs[0].text)?.[1]
    expect(token).toBeTruthy()
    expect(await resetTokenValid(ctx.payload, token!)).toBe(true)
    const session = await setPasswordWithToken(ctx.payload, token!, 'en ny och lång lösenfras')
    expect(session?.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/)
    expect(await resetTokenValid(ctx.payload, token!)).toBe(false)
    expect(await setPasswordWithToken(ctx.payload, token!, 'ännu en lång lösenfras')).toBeNull()
    const login = await ctx.payload.login({ collection: 'users', data: { email: user.email, password: 'en ny och lång lösenfras' } })
    expect(login.user?.id).toBe(user.id)
  })

  test('an unknown address and a community manager get no mail', async () => {
    const manager = await ctx.payload.create({ collection: 'users', data: userData('community-manager', { email: `cm-${next()}@konto-test.se` }), overrideAccess: true })
    created.users.push(manager.id)
    await requestPasswordReset(ctx.payload, `ingen-${next()}@konto-test.se`, 'sv')
    await requestPasswordReset(ctx.payload, manager.email, 'sv')
    const { totalDocs } = await ctx.payload.count({ collection: 'mail-outbox', where: { to: { equals: manager.email } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
  })

  test('a login Payload would refuse without checking the password (an unknown address) is known beforehand, so it can take as long', async () => {
    const { user } = await world()
    expect(await loginSkipsPasswordCheck(ctx.payload, user.email.toUpperCase())).toBe(false)
    expect(await loginSkipsPasswordCheck(ctx.payload, `ingen-${next()}@konto-test.se`)).toBe(true)
    // Accounts are no longer locked: a lock left from before changes nothing, for us or for Payload.
    const db = await executor(ctx.payload)
    await db.execute(sql`UPDATE users SET lock_until = now() + interval '1 hour', login_attempts = 5 WHERE id = ${user.id}`)
    expect(await loginSkipsPasswordCheck(ctx.payload, user.email)).toBe(false)
    await ctx.payload.update({ collection: 'users', id: user.id, data: { password: 'ett gammalt lås och ett lösenord' }, overrideAccess: true })
    expect((await ctx.payload.login({ collection: 'users', data: { email: user.email, password: 'ett gammalt lås och ett lösenord' } })).user?.id).toBe(user.id)
    // The stand-in check does real work (a wrong password for a real account does the same).
    const started = performance.now()
    await spendPasswordCheckTime('fel lösenord')
    expect(performance.now() - started).toBeGreaterThan(20)
  })

  test('forged tokens are not valid', async () => {
    expect(await resetTokenValid(ctx.payload, 'a'.repeat(40))).toBe(false)
    expect(await resetTokenValid(ctx.payload, "' OR 1=1 --")).toBe(false)
  })
})

describe('the data protection rights', () => {
  test('the export holds the account, the agency, registrations, applications, the council seat and mail', async () => {
    const { user, agency, event } = await world()
    const data = (await exportPersonalData(ctx.payload, user.id)) as Record<string, any>
    expect(data.account).toMatchObject({ name: user.name, email: user.email, title: 'Utredare', phone: '063-12 34 56', languageForMail: 'en', role: 'agency-representative' })
    expect(data.agency).toMatchObject({ name: agency.name, orgNumber: agency.orgNumber })
    expect(data.registrations).toEqual([expect.objectContaining({ event: { title: event.title, start: event.start }, email: user.email, status: 'confirmed' })])
    expect(data.networkApplications).toEqual([expect.objectContaining({ email: user.email })])
    expect(data.councilApplications).toEqual([expect.objectContaining({ organisation: agency.name, motivation: 'Därför', status: 'pending' })])
    expect(data.councilSeats).toEqual([{ name: user.name, organisation: agency.name, role: 'member' }])
    expect(JSON.stringify(data)).not.toMatch(/hash|salt|resetPasswordToken|sessions|calendar/i)
  })

  test('a colleague the person registered is in the export as a fact, without the colleague’s name or address', async () => {
    const { user, event, colleague } = await world()
    const data = (await exportPersonalData(ctx.payload, user.id)) as Record<string, any>
    expect(data.registrations).toHaveLength(1)
    expect(data.colleaguesRegistered).toEqual([{ event: { title: event.title, start: event.start }, status: 'confirmed', createdAt: colleague.createdAt }])
    expect(JSON.stringify(data)).not.toContain(colleague.email)
    expect(JSON.stringify(data)).not.toContain(colleague.name)
  })

  test('deleting the account removes the personal data and keeps the attendance count', async () => {
    const { user, event, registration, other, colleague } = await world()
    const count = () => ctx.payload.count({ collection: 'registrations', where: { and: [{ event: { equals: event.id } }, { status: { equals: 'confirmed' } }] }, overrideAccess: true })
    const before = (await count()).totalDocs

    expect(await deleteAccount(ctx.payload, user.id)).toBe(true)

    expect((await count()).totalDocs).toBe(before)
    const kept = await ctx.payload.findByID({ collection: 'registrations', id: registration.id, overrideAccess: true, depth: 0 })
    expect(kept).toMatchObject({ status: 'confirmed', name: '–', email: `deleted-${registration.id}@deleted.invalid`, user: null })
    // Someone else's registration at the same event is untouched.
    expect((await ctx.payload.findByID({ collection: 'registrations', id: other.id, overrideAccess: true })).email).toBe(other.email)
    // A colleague they registered keeps their place, name and address; only the link to the account goes.
    expect(await ctx.payload.findByID({ collection: 'registrations', id: colleague.id, overrideAccess: true, depth: 0 })).toMatchObject({
      status: 'confirmed',
      name: colleague.name,
      email: colleague.email,
      user: null,
    })
    expect(await ctx.payload.find({ collection: 'users', where: { id: { equals: user.id } }, overrideAccess: true }).then((r) => r.totalDocs)).toBe(0)
    expect((await ctx.payload.count({ collection: 'agency-applications', where: { contactEmail: { equals: user.email } }, overrideAccess: true })).totalDocs).toBe(0)
    expect((await ctx.payload.count({ collection: 'council-applications', where: { user: { equals: user.id } }, overrideAccess: true })).totalDocs).toBe(0)
    const council = await ctx.payload.findGlobal({ slug: 'innovation-council', depth: 0, overrideAccess: true })
    expect(council.members?.map((m) => m.user ?? null)).toEqual([null])
    expect(await exportPersonalData(ctx.payload, user.id)).toBeNull()
    expect(await deleteAccount(ctx.payload, user.id)).toBe(false)
  })

  test('an admin account is not deleted this way (another admin removes it in the admin panel)', async () => {
    const admin = await ctx.payload.create({ collection: 'users', data: userData('admin', { email: `admin-${next()}@konto-test.se` }), overrideAccess: true })
    created.users.push(admin.id)
    expect(await deleteAccount(ctx.payload, admin.id)).toBe(false)
    expect((await ctx.payload.findByID({ collection: 'users', id: admin.id, overrideAccess: true })).id).toBe(admin.id)
  })
})

describe('the personal calendar feed', () => {
  const titles = async (token: string) => (await accountFeedEvents(ctx.payload, token, 'sv'))?.events.map((e) => e.title) ?? null

  test('one secret address per person, made once, holding the events they have a confirmed place at', async () => {
    const { user, event } = await world()
    const token = await calendarTokenOf(ctx.payload, user.id)
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(await calendarTokenOf(ctx.payload, user.id)).toBe(token)
    const feed = await accountFeedEvents(ctx.payload, token!, 'sv')
    expect(feed?.name).toBe(user.name)
    // Their own place is in it; the colleague's place at the same meetup is not a second entry.
    expect(feed?.events.map((e) => e.id)).toEqual([event.id])
    // Nobody reads the token through the API, not even the person.
    const self = await ctx.payload.findByID({ collection: 'users', id: user.id, overrideAccess: false, user: { ...user, collection: 'users' } })
    expect(self).not.toHaveProperty('calendarToken')
  })

  test('a network meeting drops out when their agency leaves the network', async () => {
    const { user, agency, event } = await world()
    const token = (await calendarTokenOf(ctx.payload, user.id))!
    expect(await titles(token)).toEqual([event.title])
    await ctx.payload.update({ collection: 'agencies', id: agency.id, data: { membershipStatus: 'left' }, overrideAccess: true })
    expect(await titles(token)).toEqual([])
  })

  test('a new address replaces the old one; deleting the account ends it; forged and other roles’ tokens find nothing', async () => {
    const { user } = await world()
    const old = (await calendarTokenOf(ctx.payload, user.id))!
    const renewed = (await renewCalendarToken(ctx.payload, user.id))!
    expect(renewed).not.toBe(old)
    expect(await titles(old)).toBeNull()
    expect(await titles(renewed)).toHaveLength(1)
    expect(await titles('x'.repeat(43))).toBeNull()
    expect(await titles("' OR 1=1 --")).toBeNull()
    const manager = await ctx.payload.create({ collection: 'users', data: userData('community-manager', { email: `cm-${next()}@konto-test.se` }), overrideAccess: true })
    created.users.push(manager.id)
    expect(await titles((await calendarTokenOf(ctx.payload, manager.id))!)).toBeNull()
    await deleteAccount(ctx.payload, user.id)
    expect(await titles(renewed)).toBeNull()
    expect(await calendarTokenOf(ctx.payload, user.id)).toBeNull()
  })
})
