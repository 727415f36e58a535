/** CMS writes tell the site to drop its page cache through Postgres NOTIFY, at commit only. */
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { SITE_CACHE_CHANNEL } from '../../cms/domain/siteCache.ts'
import { buildMunicipality, municipalityData } from '../helpers/factories.ts'
import { usePayload } from '../helpers/payload.ts'
import { useTestTransaction } from '../helpers/transaction.ts'

const ctx = usePayload()
const received: string[] = []
let listener: pg.Client

beforeAll(async () => {
  listener = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await listener.connect()
  listener.on('notification', (message) => received.push(String(message.payload)))
  await listener.query(`LISTEN ${SITE_CACHE_CHANNEL}`)
})

afterAll(async () => {
  await listener?.end()
})

async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 200))
}

describe('site cache notifications', () => {
  describe('inside a transaction that rolls back', () => {
    const t = useTestTransaction(ctx)
    test('a write that is rolled back sends nothing', async () => {
      received.length = 0
      await buildMunicipality(t.tx)
      await settle()
      expect(received).toEqual([])
    })
  })

  test('a committed create and delete each notify the site with the collection', async () => {
    received.length = 0
    const doc = await ctx.payload.create({ collection: 'municipalities', data: municipalityData() })
    await settle()
    expect(received).toEqual(['municipalities'])
    await ctx.payload.delete({ collection: 'municipalities', id: doc.id })
    await settle()
    expect(received.filter((what) => what === 'municipalities').length).toBeGreaterThanOrEqual(2)
  })
})
