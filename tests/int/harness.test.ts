/** The int harness itself: no test sees another's writes, and expected failures stay contained. */
import { createLocalReq, Forbidden } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'
import { buildMunicipality, municipalityData } from '../helpers/factories.ts'
import { usePayload } from '../helpers/payload.ts'
import { useFileTransaction, useTestTransaction, type TransactionHolder } from '../helpers/transaction.ts'

const ctx = usePayload()

/** Counts through a fresh request with no transaction: what a committed write would show. */
async function committedCount(slug: string): Promise<number> {
  const req = await createLocalReq({}, ctx.payload)
  return (await ctx.payload.count({ collection: 'municipalities', where: { slug: { equals: slug } }, req })).totalDocs
}

async function countIn(t: TransactionHolder, slug: string): Promise<number> {
  return (await ctx.payload.count({ collection: 'municipalities', where: { slug: { equals: slug } }, req: await t.tx.req() })).totalDocs
}

describe('a transaction per test', () => {
  const t = useTestTransaction(ctx)

  test('a record created in a test is visible inside that test but never committed', async () => {
    await buildMunicipality(t.tx, { name: 'Isoleringsby', slug: 'isoleringsby' })
    expect(await countIn(t, 'isoleringsby')).toBe(1)
    expect(await committedCount('isoleringsby')).toBe(0)
  })

  test('a record created in the previous test is not visible in the next', async () => {
    expect(await countIn(t, 'isoleringsby')).toBe(0)
    expect(await committedCount('isoleringsby')).toBe(0)
  })

  test('an expected failure undoes only its own savepoint, and the test can carry on', async () => {
    await buildMunicipality(t.tx, { slug: 'fore-felet' })
    const refused = await t.tx.attempt(null, (req) =>
      ctx.payload.create({ collection: 'municipalities', data: municipalityData(), req, overrideAccess: false }),
    )
    expect(refused.ok).toBe(false)
    expect(!refused.ok && refused.error).toBeInstanceOf(Forbidden)
    expect(t.tx.alive).toBe(true)
    expect(await countIn(t, 'fore-felet')).toBe(1)
  })

  test('a database error (a duplicate key) in a savepoint leaves the transaction usable', async () => {
    await buildMunicipality(t.tx, { slug: 'dubbel', code: '9001' })
    const duplicate = await t.tx.attempt(null, (req) =>
      ctx.payload.create({ collection: 'municipalities', data: municipalityData({ slug: 'dubbel', code: '9001' }), req, overrideAccess: true }),
    )
    expect(duplicate.ok).toBe(false)
    expect(await countIn(t, 'dubbel')).toBe(1)
  })
})

describe('fixtures built once per file', () => {
  const file = useFileTransaction(ctx)
  beforeAll(async () => {
    await buildMunicipality(file.tx, { slug: 'delad-fixtur' })
  })
  const t = useTestTransaction(ctx, file)

  test('a test sees the file fixtures and adds its own', async () => {
    await buildMunicipality(t.tx, { slug: 'egen-fixtur' })
    expect(await countIn(t, 'delad-fixtur')).toBe(1)
    expect(await countIn(t, 'egen-fixtur')).toBe(1)
  })

  test('the next test sees the file fixtures but not the previous test’s records', async () => {
    expect(await countIn(t, 'delad-fixtur')).toBe(1)
    expect(await countIn(t, 'egen-fixtur')).toBe(0)
    expect(await committedCount('delad-fixtur')).toBe(0)
  })
})
