/**
 * Scheduled publishing: an editor saves an event as a draft and picks a time; the job the
 * admin panel queues publishes it then, and not before. Committed data (the job runner works
 * outside any test transaction), removed at the end.
 */
import { afterAll, expect, test } from 'vitest'
import { eventData, hubData, municipalityData } from '../helpers/factories.ts'
import { usePayload } from '../helpers/payload.ts'

const ctx = usePayload()
const made: Array<['events' | 'hubs' | 'municipalities', number]> = []

afterAll(async () => {
  for (const [collection, id] of made.reverse()) await ctx.payload.delete({ collection, id, overrideAccess: true })
})

const publicCanSee = async (id: number) =>
  (await ctx.payload.find({ collection: 'events', where: { id: { equals: id } }, overrideAccess: false })).totalDocs === 1

test('a draft event scheduled for publishing appears to the public at that time, not before', async () => {
  const { payload } = ctx
  const municipality = await payload.create({ collection: 'municipalities', data: municipalityData(), overrideAccess: true })
  made.push(['municipalities', municipality.id])
  const hub = await payload.create({ collection: 'hubs', data: hubData({ municipality: municipality.id }), overrideAccess: true })
  made.push(['hubs', hub.id])
  const event = await payload.create({ collection: 'events', data: eventData({ hub: hub.id, _status: 'draft' } as never), draft: true, overrideAccess: true })
  made.push(['events', event.id])
  expect(await publicCanSee(event.id)).toBe(false)

  const at = new Date(Date.now() + 1500)
  // What the admin panel's "schedule publish" queues.
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'events', value: event.id } },
    waitUntil: at,
  })
  await payload.jobs.run({ queue: 'default', silent: true })
  expect(await publicCanSee(event.id)).toBe(false)

  await new Promise((resolve) => setTimeout(resolve, at.getTime() - Date.now() + 200))
  await payload.jobs.run({ queue: 'default', silent: true })
  expect(await publicCanSee(event.id)).toBe(true)
})
