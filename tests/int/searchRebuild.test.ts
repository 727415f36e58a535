/** The admins' rebuild button's endpoint: who may use it, and that it rebuilds from the database. */
import type { PayloadRequest } from 'payload'
import { describe, expect, test } from 'vitest'
import { rebuildSearchIndexEndpoint } from '../../cms/search/rebuildEndpoint.ts'
import { buildUser } from '../helpers/factories.ts'
import { usePayload } from '../helpers/payload.ts'
import { useTestTransaction } from '../helpers/transaction.ts'

const ctx = usePayload()
const t = useTestTransaction(ctx)

describe('rebuilding the search index from the admin panel', () => {
  test('is for admins only', async () => {
    const call = async (user: Parameters<typeof t.tx.req>[0]) => (await rebuildSearchIndexEndpoint.handler((await t.tx.req(user)) as PayloadRequest)) as Response
    expect((await call(null)).status).toBe(401)
    expect((await call(await buildUser(t.tx, 'community-manager'))).status).toBe(403)
    expect((await call(await buildUser(t.tx, 'agency-representative'))).status).toBe(403)
  })

  test('an admin gets the count of what was indexed', async () => {
    const admin = await buildUser(t.tx, 'admin')
    const res = (await rebuildSearchIndexEndpoint.handler((await t.tx.req(admin)) as PayloadRequest)) as Response
    expect(res.status).toBe(200)
    const body = (await res.json()) as { total: number; meilisearch: string; ms: number }
    expect(body.total).toBeGreaterThanOrEqual(0)
    expect(body.meilisearch).toBe(process.env.MEILI_URL ? expect.any(String) : 'not configured')
  })
})
