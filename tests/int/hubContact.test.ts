/**
 * The hub contact form's service: who gets a visitor's message (the managers, hidden addresses
 * too; else the hub's own address; else nobody, and no form), queued through the outbox with
 * Reply-To the sender; and the image sizes an upload gets for srcset. The service opens its own
 * transaction, so this file commits and removes what it made.
 */
import { afterAll, beforeAll, expect, test } from 'vitest'
import { contactableHub, sendHubContact } from '../../cms/hubContact/send.ts'
import { communityManagerData, hubData, municipalityData, pngFile } from '../helpers/factories.ts'
import { usePayload } from '../helpers/payload.ts'

const ctx = usePayload()
const made: Array<{ collection: 'hubs' | 'community-managers' | 'municipalities' | 'media'; id: number }> = []
const hubs: Record<'managed' | 'ownAddress' | 'nobody' | 'draft', { id: number; slug: string }> = {} as never

const system = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  const { payload } = ctx
  const municipality = await payload.create({ collection: 'municipalities', data: municipalityData(), ...system })
  made.push({ collection: 'municipalities', id: municipality.id })
  const hidden = await payload.create({ collection: 'community-managers', data: communityManagerData({ email: 'dold-cm@example.se', showEmail: false }), ...system })
  const shown = await payload.create({ collection: 'community-managers', data: communityManagerData({ email: 'synlig-cm@example.se', showEmail: true }), ...system })
  const noAddress = await payload.create({ collection: 'community-managers', data: communityManagerData({ email: '' }), ...system })
  made.push({ collection: 'community-managers', id: hidden.id }, { collection: 'community-managers', id: shown.id }, { collection: 'community-managers', id: noAddress.id })
  const make = async (data: Record<string, unknown>) => {
    const hub = await payload.create({ collection: 'hubs', data: hubData({ municipality: municipality.id, ...data }), ...system })
    made.unshift({ collection: 'hubs', id: hub.id })
    return { id: hub.id, slug: hub.slug }
  }
  hubs.managed = await make({ communityManagers: [hidden.id, shown.id, noAddress.id], onboarding: { contactEmail: 'hubben@example.se' } })
  hubs.ownAddress = await make({ communityManagers: [noAddress.id], onboarding: { contactEmail: 'hubben@example.se' } })
  hubs.nobody = await make({ communityManagers: [noAddress.id] })
  hubs.draft = await make({ communityManagers: [hidden.id], _status: 'draft' })
})

afterAll(async () => {
  const { payload } = ctx
  await payload.delete({ collection: 'mail-outbox', where: { kind: { equals: 'hub-contact' } }, overrideAccess: true })
  for (const { collection, id } of made) await payload.delete({ collection, id, overrideAccess: true })
})

const visitor = { name: 'Vera Besökare', email: 'vera@example.org', message: 'Finns det plats på tisdag?', locale: 'sv' as const }

async function outbox() {
  const { docs } = await ctx.payload.find({ collection: 'mail-outbox', where: { kind: { equals: 'hub-contact' } }, overrideAccess: true, pagination: false })
  return docs
}

test('the managers get the message, hidden addresses too, with Reply-To the sender', async () => {
  expect(await contactableHub(ctx.payload, hubs.managed.slug, 'sv')).toMatchObject({ id: hubs.managed.id, slug: hubs.managed.slug })
  expect(await sendHubContact(ctx.payload, hubs.managed.slug, visitor)).toBe(true)
  const mails = await outbox()
  expect(mails.map((m) => m.to).sort()).toEqual(['dold-cm@example.se', 'synlig-cm@example.se'])
  for (const mail of mails) {
    expect(mail.replyTo).toBe('vera@example.org')
    expect(mail.text).toContain('Finns det plats på tisdag?')
  }
})

test('without a manager with an address, the hub’s own address gets it; with neither, there is no form', async () => {
  const before = (await outbox()).length
  expect(await sendHubContact(ctx.payload, hubs.ownAddress.slug, visitor)).toBe(true)
  const after = await outbox()
  expect(after).toHaveLength(before + 1)
  expect(after.some((m) => m.to === 'hubben@example.se')).toBe(true)
  expect(await contactableHub(ctx.payload, hubs.nobody.slug, 'sv')).toBeNull()
  expect(await sendHubContact(ctx.payload, hubs.nobody.slug, visitor)).toBe(false)
})

test('a hub the public cannot see, or an unknown or malformed slug, has no form', async () => {
  expect(await contactableHub(ctx.payload, hubs.draft.slug, 'sv')).toBeNull()
  expect(await sendHubContact(ctx.payload, hubs.draft.slug, visitor)).toBe(false)
  expect(await contactableHub(ctx.payload, 'finns-inte', 'en')).toBeNull()
  expect(await contactableHub(ctx.payload, '../x', 'en')).toBeNull()
})

test('an upload is stored 400, 800 and 1600 pixels wide as WebP, for srcset', async () => {
  const media = await ctx.payload.create({ collection: 'media', data: { alt: 'Ett arbetsrum' }, file: await pngFile(1600, 1000), ...system })
  made.push({ collection: 'media', id: media.id })
  expect([media.sizes?.small?.width, media.sizes?.card?.width, media.sizes?.hero?.width]).toEqual([400, 800, 1600])
  expect(media.sizes?.small?.height).toBe(250)
  expect(media.sizes?.small?.mimeType).toBe('image/webp')
})
