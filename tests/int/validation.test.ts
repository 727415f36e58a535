/**
 * Bad input is refused with a clear, localised message naming the field, and nothing is
 * stored. Writes go through the Local API as an admin with access control on, as an editor's would.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { APIError, ValidationError, type CollectionSlug } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'
import { messages } from '../../cms/fields/messages.ts'
import type { User } from '../../cms/payload-types.ts'
import {
  agencyApplicationData,
  agencyData,
  buildEvent,
  buildHub,
  buildMunicipality,
  buildRegistration,
  buildUser,
  eventData,
  hubData,
  pngFile,
} from '../helpers/factories.ts'
import { usePayload } from '../helpers/payload.ts'
import { useFileTransaction, useTestTransaction, type Outcome } from '../helpers/transaction.ts'

const ctx = usePayload()
// Users are slow to make (password hashing), so the admin is made once per file.
const file = useFileTransaction(ctx)
let admin: User
let municipality: number
beforeAll(async () => {
  admin = await buildUser(file.tx, 'admin')
  municipality = (await buildMunicipality(file.tx)).id
})
const t = useTestTransaction(ctx, file)

/** Runs a write as the admin, with access control on, in a savepoint. */
function asAdmin<T>(write: (options: { req: Awaited<ReturnType<typeof t.tx.req>>; overrideAccess: false; depth: 0 }) => Promise<T>) {
  return t.tx.attempt(admin, (req) => write({ req, overrideAccess: false, depth: 0 }))
}

async function count(collection: CollectionSlug): Promise<number> {
  const { totalDocs } = await ctx.payload.count({ collection, req: await t.tx.req(), overrideAccess: true })
  return totalDocs
}

/** The outcome is a Payload ValidationError (HTTP 400) with `message` on the field at `path`. */
function expectFieldError(outcome: Outcome<unknown>, path: string, message: string): void {
  expect(outcome.ok, 'the write should have been refused').toBe(false)
  const error = (outcome as { error: unknown }).error
  expect(error).toBeInstanceOf(ValidationError)
  const validation = error as ValidationError
  expect(validation.status).toBe(400)
  expect(validation.data.errors).toContainEqual(expect.objectContaining({ path, message }))
}

describe('hubs', () => {
  test('a hub at latitude 200 is refused with the latitude message, and not stored', async () => {
    const before = await count('hubs')
    const outcome = await asAdmin((o) => ctx.payload.create({ collection: 'hubs', data: hubData({ municipality, lat: 200 }), ...o }))
    expectFieldError(outcome, 'lat', messages.latitude)
    expect(await count('hubs')).toBe(before)
  })

  test('a hub at longitude 500 is refused with the longitude message, and not stored', async () => {
    const before = await count('hubs')
    const outcome = await asAdmin((o) => ctx.payload.create({ collection: 'hubs', data: hubData({ municipality, lng: 500 }), ...o }))
    expectFieldError(outcome, 'lng', messages.longitude)
    expect(await count('hubs')).toBe(before)
  })

  test('moving a stored hub to latitude -91 is refused and the hub keeps its position', async () => {
    const hub = await buildHub(t.tx, { municipality })
    const outcome = await asAdmin((o) => ctx.payload.update({ collection: 'hubs', id: hub.id, data: { lat: -91 }, ...o }))
    expectFieldError(outcome, 'lat', messages.latitude)
    const stored = await ctx.payload.findByID({ collection: 'hubs', id: hub.id, req: await t.tx.req(), overrideAccess: true })
    expect(stored.lat).toBe(hub.lat)
  })

  test('a second hub with the same slug is refused with Payload’s localised “must be unique”, and not stored', async () => {
    await buildHub(t.tx, { municipality, slug: 'fjallhubben' })
    const before = await count('hubs')
    const outcome = await asAdmin((o) =>
      ctx.payload.create({ collection: 'hubs', data: hubData({ municipality, name: 'En annan hubb', slug: 'fjallhubben' }), ...o }),
    )
    const req = await t.tx.req()
    expectFieldError(outcome, 'slug', req.t('error:valueMustBeUnique'))
    expect(await count('hubs')).toBe(before)
  })

  test('two hubs whose names slugify alike are refused the same way', async () => {
    await buildHub(t.tx, { municipality, name: 'Fjällhubben' })
    const outcome = await asAdmin((o) => ctx.payload.create({ collection: 'hubs', data: hubData({ municipality, name: 'Fjallhubben' }), ...o }))
    expect(outcome.ok).toBe(false)
    expect((outcome as { error: ValidationError }).error.data.errors).toContainEqual(expect.objectContaining({ path: 'slug' }))
  })

  test('a slug with capitals and spaces is refused with the slug message', async () => {
    const outcome = await asAdmin((o) => ctx.payload.create({ collection: 'hubs', data: hubData({ municipality, slug: 'Min Hubb' }), ...o }))
    expectFieldError(outcome, 'slug', messages.slug)
  })

  test('opening hours that close before they open are refused with the interval message', async () => {
    const outcome = await asAdmin((o) =>
      ctx.payload.create({
        collection: 'hubs',
        data: hubData({ municipality, openingHours: [{ day: 'mon', opens: '17:00', closes: '08:00' }] }),
        ...o,
      }),
    )
    expectFieldError(outcome, 'openingHours.0.closes', messages.intervalOrder)
  })

  test('a hub left without a slug gets one made from its name', async () => {
    const outcome = await asAdmin((o) => ctx.payload.create({ collection: 'hubs', data: hubData({ municipality, name: 'Högt Hett & Säkert' }), ...o }))
    expect(outcome.ok && outcome.value.slug).toBe('hogt-hett-sakert')
  })

  test('renaming a hub keeps its slug, so its address does not break', async () => {
    const hub = await buildHub(t.tx, { municipality, name: 'Fjällhubben' })
    const outcome = await asAdmin((o) => ctx.payload.update({ collection: 'hubs', id: hub.id, data: { name: 'Fjällhubben Hammerdal' }, ...o }))
    expect(outcome.ok && outcome.value.slug).toBe('fjallhubben')
  })
})

describe('events', () => {
  test('an event that ends before it starts is refused with the end-before-start message, and not stored', async () => {
    const hub = await buildHub(t.tx, { municipality })
    const before = await count('events')
    const outcome = await asAdmin((o) =>
      ctx.payload.create({
        collection: 'events',
        data: eventData({ hub: hub.id, start: '2031-05-12T10:00:00.000Z', end: '2031-05-12T09:00:00.000Z' }),
        ...o,
      }),
    )
    expectFieldError(outcome, 'end', messages.endBeforeStart)
    expect(await count('events')).toBe(before)
  })

  test('moving a stored event’s end before its start is refused', async () => {
    const event = await buildEvent(t.tx)
    const outcome = await asAdmin((o) =>
      ctx.payload.update({ collection: 'events', id: event.id, data: { end: new Date(Date.parse(event.start) - 60_000).toISOString() }, ...o }),
    )
    expectFieldError(outcome, 'end', messages.endBeforeStart)
  })

  test('a recurring event that ends before it starts, or that asks for registration, is refused', async () => {
    const hub = (await buildHub(t.tx, { municipality })).id
    const before = await count('events')
    const early = await asAdmin((o) =>
      ctx.payload.create({
        collection: 'events',
        data: eventData({ hub, start: '2031-03-10T09:00:00.000Z', end: '2031-03-10T10:00:00.000Z', recurrence: { frequency: 'weekly', until: '2031-03-01T12:00:00.000Z' } }),
        ...o,
      }),
    )
    expectFieldError(early, 'recurrence.until', messages.recurrenceUntil)
    expect(await count('events')).toBe(before)
  })

  test('a recurring event stores when its series ends, and an open-ended one stores none', async () => {
    const hub = (await buildHub(t.tx, { municipality })).id
    const counted = await buildEvent(t.tx, { hub, start: '2031-03-04T09:00:00.000Z', end: '2031-03-04T10:00:00.000Z', recurrence: { frequency: 'weekly', count: 3 } })
    expect(counted.seriesEnd).toBe('2031-03-18T10:00:00.000Z')
    const open = await buildEvent(t.tx, { hub, recurrence: { frequency: 'weekly' } })
    expect(open.seriesEnd ?? null).toBeNull()
    const single = await buildEvent(t.tx, { hub })
    expect(single.seriesEnd).toBe(single.end)
  })

  test('an event at a hub without a hub is refused with the hub message', async () => {
    const outcome = await asAdmin((o) => ctx.payload.create({ collection: 'events', data: eventData({ venueKind: 'hub' }), ...o }))
    expectFieldError(outcome, 'hub', messages.hubRequired)
  })

  test('an event with registrations cannot be deleted: a 409 says to cancel it instead, and both stay', async () => {
    const event = await buildEvent(t.tx)
    const registration = await buildRegistration(t.tx, { event: event.id })
    const outcome = await asAdmin((o) => ctx.payload.delete({ collection: 'events', id: event.id, ...o }))
    expect(outcome.ok).toBe(false)
    const error = (outcome as { error: APIError }).error
    expect(error).toBeInstanceOf(APIError)
    expect(error.status).toBe(409)
    expect(error.message).toBe(messages.eventHasRegistrations)
    const req = await t.tx.req()
    await expect(ctx.payload.findByID({ collection: 'events', id: event.id, req, overrideAccess: true })).resolves.toBeTruthy()
    await expect(ctx.payload.findByID({ collection: 'registrations', id: registration.id, req, overrideAccess: true })).resolves.toBeTruthy()
  })

  test('a municipality with hubs cannot be deleted: a 409 says why, and the hub keeps it', async () => {
    const hub = await buildHub(t.tx)
    const municipality = typeof hub.municipality === 'object' ? hub.municipality.id : hub.municipality
    const outcome = await asAdmin((o) => ctx.payload.delete({ collection: 'municipalities', id: municipality, ...o }))
    expect(outcome.ok).toBe(false)
    const error = (outcome as { error: APIError }).error
    expect(error.status).toBe(409)
    expect(error.message).toBe(messages.municipalityHasHubs)
    const req = await t.tx.req()
    const stored = await ctx.payload.findByID({ collection: 'hubs', id: hub.id, req, overrideAccess: true, draft: true, depth: 0 })
    expect(stored.municipality).toBe(municipality)
  })

  test('an event without registrations can be deleted', async () => {
    const event = await buildEvent(t.tx)
    const outcome = await asAdmin((o) => ctx.payload.delete({ collection: 'events', id: event.id, ...o }))
    expect(outcome.ok).toBe(true)
  })

  test('a new event starts at sequence 0', async () => {
    const event = await buildEvent(t.tx)
    expect(event.sequence).toBe(0)
  })

  test('each update of an event raises its sequence, so calendars replace their copy', async () => {
    const event = await buildEvent(t.tx)
    const first = await asAdmin((o) => ctx.payload.update({ collection: 'events', id: event.id, data: { title: 'Fika flyttad' }, ...o }))
    const second = await asAdmin((o) => ctx.payload.update({ collection: 'events', id: event.id, data: { status: 'cancelled' }, ...o }))
    expect(first.ok && first.value.sequence).toBe(1)
    expect(second.ok && second.value.sequence).toBe(2)
  })

  test('an editor cannot set the sequence by hand', async () => {
    const event = await buildEvent(t.tx)
    const outcome = await asAdmin((o) => ctx.payload.update({ collection: 'events', id: event.id, data: { sequence: 99 }, ...o }))
    expect(outcome.ok && outcome.value.sequence).toBe(1)
  })
})

describe('null for a group or a list', () => {
  /** Refused with a 400 that names the field, the stored document unchanged. */
  async function expectNullRefused(write: () => Promise<Outcome<unknown>>, path: string, stored: () => Promise<unknown>) {
    const before = JSON.stringify(await stored())
    expectFieldError(await write(), path, messages.structuredNull)
    expect(JSON.stringify(await stored())).toBe(before)
  }

  test('an event created with "recurrence": null is refused naming recurrence (it was a TypeError, a 500), and not stored', async () => {
    const before = await count('events')
    const hub = await buildHub(t.tx, { municipality })
    const outcome = await asAdmin((o) => ctx.payload.create({ collection: 'events', data: { ...eventData({ hub: hub.id }), recurrence: null } as never, ...o }))
    expectFieldError(outcome, 'recurrence', messages.structuredNull)
    expect(await count('events')).toBe(before)
  })

  const hubFields = ['address', 'openingHours', 'openingExceptions', 'dayPass', 'onboarding', 'images']
  test.each(hubFields)('a hub updated with %s: null is refused naming it, and stays as it was', async (field) => {
    const hub = await buildHub(t.tx, { municipality })
    await expectNullRefused(
      () => asAdmin((o) => ctx.payload.update({ collection: 'hubs', id: hub.id, data: { [field]: null } as never, ...o })),
      field,
      async () => ctx.payload.findByID({ collection: 'hubs', id: hub.id, depth: 0, overrideAccess: true, req: await t.tx.req() }),
    )
  })

  test.each(['recurrence', 'recurrence.exceptions'])('an event updated with %s: null is refused naming it', async (path) => {
    const hub = await buildHub(t.tx, { municipality })
    const event = await buildEvent(t.tx, { hub: hub.id })
    const data = path === 'recurrence' ? { recurrence: null } : { recurrence: { frequency: 'weekly', exceptions: null } }
    await expectNullRefused(
      () => asAdmin((o) => ctx.payload.update({ collection: 'events', id: event.id, data: data as never, ...o })),
      path,
      async () => ctx.payload.findByID({ collection: 'events', id: event.id, depth: 0, overrideAccess: true, req: await t.tx.req() }),
    )
  })

  test('a list holding null is refused too', async () => {
    const hub = await buildHub(t.tx, { municipality })
    const outcome = await asAdmin((o) => ctx.payload.update({ collection: 'hubs', id: hub.id, data: { openingHours: [null] } as never, ...o }))
    expectFieldError(outcome, 'openingHours', messages.structuredNull)
  })

  test('a municipality updated with commuters2018: null is refused naming it', async () => {
    const outcome = await asAdmin((o) => ctx.payload.update({ collection: 'municipalities', id: municipality, data: { commuters2018: null } as never, ...o }))
    expectFieldError(outcome, 'commuters2018', messages.structuredNull)
  })

  test.each(['members', 'documents'])('the innovation council page updated with %s: null is refused naming it', async (field) => {
    const outcome = await asAdmin((o) => ctx.payload.updateGlobal({ slug: 'innovation-council', data: { [field]: null } as never, ...o }))
    expectFieldError(outcome, field, messages.structuredNull)
  })

  test('leaving a group out keeps it, and an empty list clears it', async () => {
    const hub = await buildHub(t.tx, { municipality, openingExceptions: [{ date: '2026-12-24', closed: true }] } as never)
    const outcome = await asAdmin((o) => ctx.payload.update({ collection: 'hubs', id: hub.id, data: { desks: 9, openingExceptions: [] }, ...o }))
    if (!outcome.ok) throw outcome.error
    const stored = (outcome as { value: { address: unknown; openingExceptions: unknown[]; desks: number } }).value
    expect(stored.desks).toBe(9)
    expect(stored.address).toEqual(hub.address)
    expect(stored.openingExceptions).toEqual([])
  })
})

describe('organisation numbers', () => {
  test('an agency with a malformed organisation number is refused with the format message, and not stored', async () => {
    const before = await count('agencies')
    const outcome = await asAdmin((o) => ctx.payload.create({ collection: 'agencies', data: agencyData({ orgNumber: '2021-5448' }), ...o }))
    expectFieldError(outcome, 'orgNumber', messages.orgNumberFormat)
    expect(await count('agencies')).toBe(before)
  })

  test('an agency whose organisation number has a wrong check digit is refused with the check-digit message, and not stored', async () => {
    const before = await count('agencies')
    const outcome = await asAdmin((o) => ctx.payload.create({ collection: 'agencies', data: agencyData({ orgNumber: '202100-5440' }), ...o }))
    expectFieldError(outcome, 'orgNumber', messages.orgNumberChecksum)
    expect(await count('agencies')).toBe(before)
  })

  test('an agency application with a wrong check digit is refused the same way', async () => {
    const before = await count('agency-applications')
    const outcome = await asAdmin((o) =>
      ctx.payload.create({ collection: 'agency-applications', data: agencyApplicationData({ orgNumber: '202100-5441' }), ...o }),
    )
    expectFieldError(outcome, 'orgNumber', messages.orgNumberChecksum)
    expect(await count('agency-applications')).toBe(before)
  })

  test('an organisation number written without the hyphen is stored as NNNNNN-NNNN', async () => {
    const outcome = await asAdmin((o) => ctx.payload.create({ collection: 'agencies', data: agencyData({ orgNumber: '2021005448' }), ...o }))
    expect(outcome.ok && outcome.value.orgNumber).toBe('202100-5448')
  })

  test('an agency application without consent is refused', async () => {
    const outcome = await asAdmin((o) =>
      ctx.payload.create({ collection: 'agency-applications', data: agencyApplicationData({ consent: false }), ...o }),
    )
    expect(outcome.ok).toBe(false)
    expect((outcome as { error: ValidationError }).error.data.errors).toContainEqual(expect.objectContaining({ path: 'consent' }))
  })
})

describe('media', () => {
  test('an image without alt text is refused with a message saying what to write, and not stored', async () => {
    const before = await count('media')
    const file = await pngFile()
    const outcome = await asAdmin((o) => ctx.payload.create({ collection: 'media', data: {} as { alt: string }, file, ...o }))
    expectFieldError(outcome, 'alt', messages.altText)
    expect(await count('media')).toBe(before)
  })

  test('an image whose alt text is only spaces is refused too', async () => {
    const outcome = await asAdmin(async (o) => ctx.payload.create({ collection: 'media', data: { alt: '   ' }, file: await pngFile(), ...o }))
    expectFieldError(outcome, 'alt', messages.altText)
  })

  test('an image with alt text is stored with its resized versions', async () => {
    const outcome = await asAdmin(async (o) =>
      ctx.payload.create({ collection: 'media', data: { alt: 'Skrivbord vid fönster' }, file: await pngFile(1200, 900), ...o }),
    )
    expect(outcome.ok).toBe(true)
    const media = (outcome as { value: import('../../cms/payload-types.ts').Media }).value
    expect(media.alt).toBe('Skrivbord vid fönster')
    expect(media.mimeType).toBe('image/webp')
    expect(media.sizes?.thumbnail).toMatchObject({ width: 320, height: 240 })
    expect(media.sizes?.card).toMatchObject({ width: 800, height: 600 })
    const staticDir = String(ctx.payload.collections.media.config.upload.staticDir)
    for (const name of [media.filename, media.sizes?.thumbnail?.filename, media.sizes?.card?.filename]) {
      expect(existsSync(path.join(staticDir, String(name))), `${name} on disk`).toBe(true)
    }
  })

  test('a file type that is not an image or PDF is refused, and not stored', async () => {
    const before = await count('media')
    const data = Buffer.from('#!/bin/sh\necho hej\n')
    const outcome = await asAdmin((o) =>
      ctx.payload.create({
        collection: 'media',
        data: { alt: 'Skript' },
        file: { data, mimetype: 'application/x-sh', name: 'skript.sh', size: data.length },
        ...o,
      }),
    )
    expect(outcome.ok).toBe(false)
    expect((outcome as { error: unknown }).error).toBeInstanceOf(ValidationError)
    expect((outcome as { error: ValidationError }).error.data.errors).toContainEqual(expect.objectContaining({ path: 'file' }))
    expect(await count('media')).toBe(before)
  })
})
