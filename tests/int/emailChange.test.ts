/**
 * An account's e-mail address changes only through a link mailed to the new address, and
 * personal data is found through its link to an account, never through an address: so one
 * representative cannot take over another person's registrations, applications or mail by
 * typing their address into their own account. These services open their own transactions,
 * so the test commits its data and removes it afterwards.
 */
import { afterAll, describe, expect, test } from 'vitest'
import { executor, sql } from '../../cms/db/sql.ts'
import { accountFeedEvents, calendarTokenOf, deleteAccount, exportPersonalData } from '../../cms/network/account.ts'
import { confirmEmailChange, emailChangeLink } from '../../cms/network/emailChange.ts'
import { confirmRegistration, personalFeedEvents } from '../../cms/registration/service.ts'
import type { User } from '../../cms/payload-types.ts'
import { agencyApplicationData, agencyData, eventData, hubData, municipalityData, next, registrationData, userData } from '../helpers/factories.ts'
import { usePayload } from '../helpers/payload.ts'

const ctx = usePayload()
const DOMAIN = '@epostbyte-test.se'
const created = { users: [] as number[], agencies: [] as number[], events: [] as number[], hubs: [] as number[], municipalities: [] as number[] }

afterAll(async () => {
  const { payload } = ctx
  const db = await executor(payload)
  const events = created.events.length > 0 ? created.events : [0]
  await db.execute(sql`DELETE FROM registrations WHERE event_id IN ${sql.raw(`(${events.join(',')})`)}`)
  await db.execute(sql`DELETE FROM mail_outbox WHERE "to" LIKE ${'%' + DOMAIN}`)
  await db.execute(sql`DELETE FROM agency_applications WHERE contact_email LIKE ${'%' + DOMAIN}`)
  await db.execute(sql`DELETE FROM payload_jobs`)
  for (const id of created.users) await payload.delete({ collection: 'users', id, overrideAccess: true }).catch(() => null)
  for (const id of created.events) await payload.delete({ collection: 'events', id, overrideAccess: true })
  for (const id of created.hubs) await payload.delete({ collection: 'hubs', id, overrideAccess: true })
  for (const id of created.municipalities) await payload.delete({ collection: 'municipalities', id, overrideAccess: true })
  for (const id of created.agencies) await payload.delete({ collection: 'agencies', id, overrideAccess: true })
})

async function representative(agency: number, name: string): Promise<User> {
  const user = await ctx.payload.create({
    collection: 'users',
    data: userData('agency-representative', { agency, name, email: `${name.toLowerCase()}-${next()}${DOMAIN}` }),
    overrideAccess: true,
  })
  created.users.push(user.id)
  return user
}

/** A victim with a registration, an approved application and mail; an attacker at another agency. */
async function world() {
  const { payload } = ctx
  const agency = await payload.create({ collection: 'agencies', data: agencyData({ membershipStatus: 'member' }), overrideAccess: true })
  const otherAgency = await payload.create({ collection: 'agencies', data: agencyData({ membershipStatus: 'member' }), overrideAccess: true })
  created.agencies.push(agency.id, otherAgency.id)
  const victim = await representative(agency.id, 'Vera')
  const attacker = await representative(otherAgency.id, 'Adam')
  const municipality = await payload.create({ collection: 'municipalities', data: municipalityData(), overrideAccess: true })
  const hub = await payload.create({ collection: 'hubs', data: hubData({ municipality: municipality.id }), overrideAccess: true })
  const event = await payload.create({ collection: 'events', data: eventData({ hub: hub.id, audience: 'network', type: 'network-meeting' }), overrideAccess: true })
  created.municipalities.push(municipality.id)
  created.hubs.push(hub.id)
  created.events.push(event.id)
  const registration = await payload.create({
    collection: 'registrations',
    data: registrationData({ event: event.id, name: victim.name, email: victim.email, user: victim.id, agency: agency.id }),
    overrideAccess: true,
  })
  await payload.create({ collection: 'agency-applications', data: { ...agencyApplicationData({ contactEmail: victim.email, contactName: victim.name, status: 'approved' }), account: victim.id }, overrideAccess: true })
  await payload.create({ collection: 'mail-outbox', data: { to: victim.email, subject: 'Välkommen', text: 'Hej', kind: 'network-welcome', status: 'sent', attempts: 1, user: victim.id }, overrideAccess: true })
  return { agency, victim, attacker, event, registration }
}

/** A PATCH of one's own account, as the API and the admin panel make it (access control on). */
const patchOwn = (user: User, data: Record<string, unknown>) =>
  ctx.payload.update({ collection: 'users', id: user.id, data, overrideAccess: false, user: { ...user, collection: 'users' }, depth: 0 })

const stored = (id: number) => ctx.payload.findByID({ collection: 'users', id, overrideAccess: true, depth: 0, showHiddenFields: true })
const mailTo = (to: string, kind: string) => ctx.payload.find({ collection: 'mail-outbox', where: { and: [{ to: { equals: to } }, { kind: { equals: kind } }] }, overrideAccess: true, depth: 0 })
const linkIn = (text: string): string => text.match(/https?:\/\/\S+\/(?:natverket\/ny-epost|en\/network\/new-email)\/([A-Za-z0-9_-]{43})/)![1]

describe('changing one’s own e-mail address', () => {
  test('a representative who types someone else’s address keeps their own until the link mailed there is followed', async () => {
    const { victim, attacker } = await world()
    const answer = await patchOwn(attacker, { email: victim.email })
    expect(answer.email).toBe(attacker.email)
    expect((await stored(attacker.id)).email).toBe(attacker.email)
    expect((await stored(attacker.id)).pendingEmail).toBe(victim.email)
    // The link goes to the new address, the notice to the old, both linked to the account.
    const [link] = (await mailTo(victim.email, 'email-change-confirm')).docs
    const [notice] = (await mailTo(attacker.email, 'email-change-notice')).docs
    expect(link.text).toContain(victim.email)
    expect(linkIn(link.text)).toHaveLength(43)
    expect(notice.text).toContain(victim.email)
    expect(notice.text).not.toMatch(/ny-epost|new-email/)
    expect([link.user, notice.user]).toEqual([attacker.id, attacker.id])
  })

  test('following the link changes the address once; the link then no longer works', async () => {
    const { agency } = await world()
    const user = await representative(agency.id, 'Petra')
    const wanted = `petra-ny-${next()}${DOMAIN}`
    await patchOwn(user, { email: wanted })
    const token = linkIn((await mailTo(wanted, 'email-change-confirm')).docs[0].text)
    expect(await emailChangeLink(ctx.payload, token)).toEqual({ state: 'valid', email: wanted })
    expect(await confirmEmailChange(ctx.payload, token)).toEqual({ ok: true, email: wanted })
    const after = await stored(user.id)
    expect(after.email).toBe(wanted)
    expect(after.pendingEmail ?? null).toBeNull()
    expect(await confirmEmailChange(ctx.payload, token)).toEqual({ ok: false, problem: 'invalid' })
  })

  test('an expired link, a forged one and an address another account has taken meanwhile change nothing', async () => {
    const { agency, victim } = await world()
    const user = await representative(agency.id, 'Olle')
    const wanted = `olle-ny-${next()}${DOMAIN}`
    await patchOwn(user, { email: wanted })
    const token = linkIn((await mailTo(wanted, 'email-change-confirm')).docs[0].text)
    const tomorrow = new Date(Date.now() + 25 * 60 * 60 * 1000)
    expect(await emailChangeLink(ctx.payload, token, tomorrow)).toEqual({ state: 'expired' })
    expect(await confirmEmailChange(ctx.payload, token, tomorrow)).toEqual({ ok: false, problem: 'expired' })
    expect(await confirmEmailChange(ctx.payload, 'x'.repeat(43))).toEqual({ ok: false, problem: 'invalid' })
    expect(await confirmEmailChange(ctx.payload, "' OR 1=1 --")).toEqual({ ok: false, problem: 'invalid' })
    // Someone takes the address first (an admin's change takes effect at once).
    await ctx.payload.update({ collection: 'users', id: victim.id, data: { email: wanted }, overrideAccess: true })
    expect(await confirmEmailChange(ctx.payload, token)).toEqual({ ok: false, problem: 'taken' })
    expect((await stored(user.id)).email).toBe(user.email)
  })

  test('an invalid new address is refused with the e-mail message, and nothing is mailed', async () => {
    const { agency } = await world()
    const user = await representative(agency.id, 'Ida')
    await expect(patchOwn(user, { email: 'inte en adress' })).rejects.toMatchObject({ status: 400 })
    expect((await stored(user.id)).pendingEmail ?? null).toBeNull()
    expect((await mailTo(user.email, 'email-change-notice')).totalDocs).toBe(0)
  })

  test('nobody reads the link’s secret through the API, not even the account itself', async () => {
    const { agency } = await world()
    const user = await representative(agency.id, 'Sam')
    await patchOwn(user, { email: `sam-ny-${next()}${DOMAIN}` })
    const self = await ctx.payload.findByID({ collection: 'users', id: user.id, overrideAccess: false, user: { ...user, collection: 'users' } })
    expect(self).not.toHaveProperty('emailChangeToken')
    expect(self).not.toHaveProperty('emailChangeExpiresAt')
    expect(self.pendingEmail).toMatch(/^sam-ny-/)
  })

  test('an admin changes someone’s address at once, without a link', async () => {
    const { agency } = await world()
    const user = await representative(agency.id, 'Kim')
    const admin = await ctx.payload.create({ collection: 'users', data: userData('admin', { email: `admin-${next()}${DOMAIN}` }), overrideAccess: true })
    created.users.push(admin.id)
    const wanted = `kim-ny-${next()}${DOMAIN}`
    await ctx.payload.update({ collection: 'users', id: user.id, data: { email: wanted }, overrideAccess: false, user: { ...admin, collection: 'users' } })
    expect((await stored(user.id)).email).toBe(wanted)
  })
})

describe('personal data is found through the account, never by address', () => {
  test('an account that has the victim’s address (however it got it) does not see, export or delete their data', async () => {
    const { victim, attacker, registration } = await world()
    // The worst case: the attacker's account holds the victim's address (say an admin typo).
    await ctx.payload.update({ collection: 'users', id: victim.id, data: { email: `vera-flyttad-${next()}${DOMAIN}` }, overrideAccess: true })
    await ctx.payload.update({ collection: 'users', id: attacker.id, data: { email: victim.email }, overrideAccess: true })

    const data = (await exportPersonalData(ctx.payload, attacker.id)) as Record<string, unknown[]>
    expect(data.registrations).toEqual([])
    expect(data.networkApplications).toEqual([])
    expect(data.mailSent).toEqual([])
    const feed = await accountFeedEvents(ctx.payload, (await calendarTokenOf(ctx.payload, attacker.id))!, 'sv')
    expect(feed?.events).toEqual([])

    expect(await deleteAccount(ctx.payload, attacker.id)).toBe(true)
    const kept = await ctx.payload.findByID({ collection: 'registrations', id: registration.id, overrideAccess: true, depth: 0 })
    expect(kept).toMatchObject({ name: victim.name, holder: victim.id })
    expect((await ctx.payload.count({ collection: 'agency-applications', where: { account: { equals: victim.id } }, overrideAccess: true })).totalDocs).toBe(1)
    expect((await ctx.payload.count({ collection: 'mail-outbox', where: { user: { equals: victim.id } }, overrideAccess: true })).totalDocs).toBe(1)
    // The victim still has all of it.
    const own = (await exportPersonalData(ctx.payload, victim.id)) as Record<string, unknown[]>
    expect(own.registrations).toHaveLength(1)
    expect(own.networkApplications).toHaveLength(1)
  })

  test('a registration made with an account’s own address is that account’s; one made for a colleague is not', async () => {
    const { victim, event } = await world()
    const colleague = await ctx.payload.create({
      collection: 'registrations',
      data: registrationData({ event: event.id, email: `kollega-${next()}${DOMAIN}`, user: victim.id }),
      overrideAccess: true,
    })
    expect(colleague.holder ?? null).toBeNull()
    const data = (await exportPersonalData(ctx.payload, victim.id)) as Record<string, unknown[]>
    expect(data.registrations).toHaveLength(1)
    expect(data.colleaguesRegistered).toHaveLength(1)
  })

  test('a registration confirmed from its link while logged in with its address becomes the account’s; logged in as someone else it does not', async () => {
    const { victim, attacker, event } = await world()
    const mine = await ctx.payload.create({ collection: 'registrations', data: registrationData({ event: event.id, email: victim.email, status: 'pending' }), overrideAccess: true, showHiddenFields: true })
    const theirs = await ctx.payload.create({ collection: 'registrations', data: registrationData({ event: event.id, email: victim.email.replace('vera', 'vera2'), status: 'pending' }), overrideAccess: true, showHiddenFields: true })
    expect(mine.holder ?? null).toBeNull()
    await confirmRegistration(ctx.payload, mine.token!, { account: { id: victim.id, email: victim.email } })
    await confirmRegistration(ctx.payload, theirs.token!, { account: { id: attacker.id, email: attacker.email } })
    const read = (id: number) => ctx.payload.findByID({ collection: 'registrations', id, overrideAccess: true, depth: 0 })
    expect((await read(mine.id)).holder).toBe(victim.id)
    expect((await read(theirs.id)).holder ?? null).toBeNull()
  })
})

describe('the calendar feed behind a registration’s link', () => {
  test('drops a network meeting once the holder’s agency leaves the network, as the personal feed does', async () => {
    const { agency, registration, event } = await world()
    const token = (await ctx.payload.findByID({ collection: 'registrations', id: registration.id, overrideAccess: true, showHiddenFields: true })).token!
    expect((await personalFeedEvents(ctx.payload, token, 'sv'))?.events.map((e) => e.id)).toEqual([event.id])
    await ctx.payload.update({ collection: 'agencies', id: agency.id, data: { membershipStatus: 'left' }, overrideAccess: true })
    expect((await personalFeedEvents(ctx.payload, token, 'sv'))?.events).toEqual([])
  })

  test('a registration linked to no account lists public events only', async () => {
    const { event } = await world()
    const hub = created.hubs[created.hubs.length - 1]
    const open = await ctx.payload.create({ collection: 'events', data: eventData({ hub }), overrideAccess: true })
    created.events.push(open.id)
    const email = `anon-${next()}${DOMAIN}`
    const anon = await ctx.payload.create({ collection: 'registrations', data: registrationData({ event: event.id, email }), overrideAccess: true, showHiddenFields: true })
    await ctx.payload.create({ collection: 'registrations', data: registrationData({ event: open.id, email }), overrideAccess: true })
    expect((await personalFeedEvents(ctx.payload, anon.token!, 'sv'))?.events.map((e) => e.id)).toEqual([open.id])
  })
})
