/**
 * Payload's own half of the cross-origin rule: with the `csrf` list from cms/domain/http/origin.ts
 * it ignores the session cookie on a request from another origin, so even a write that got past
 * the CMS server's 403 would run as anonymous. An API client's Authorization header is not
 * affected. Also: the edge's list of upload collections (which may send bigger bodies) is the
 * config's.
 */
import { describe, expect, test } from 'vitest'
import { UPLOAD_COLLECTIONS } from '../../cms/security/edge.ts'
import { cmsAllowedOrigins, cmsOriginSettings } from '../../cms/domain/http/origin.ts'
import { userData } from '../helpers/factories.ts'
import { usePayload } from '../helpers/payload.ts'
import { useTestTransaction } from '../helpers/transaction.ts'

const ctx = usePayload()
const t = useTestTransaction(ctx)

/** An admin logged in inside the test's transaction: their token. */
async function adminToken(): Promise<string> {
  const data = userData('admin')
  const req = await t.tx.req()
  await ctx.payload.create({ collection: 'users', data, req, overrideAccess: true })
  const { token } = await ctx.payload.login({ collection: 'users', data: { email: data.email, password: data.password! }, req })
  return token!
}

async function userFor(headers: Record<string, string>): Promise<unknown> {
  return (await ctx.payload.auth({ headers: new Headers(headers), req: await t.tx.req() })).user
}

const own = `http://localhost:${Number(process.env.CMS_PORT) || 3000}`

describe('the session cookie from another origin', () => {
  test('the config’s csrf list is the CMS’s own origins', () => {
    expect(ctx.payload.config.csrf).toEqual(expect.arrayContaining(cmsAllowedOrigins(cmsOriginSettings())))
    expect(ctx.payload.config.csrf).toContain(own)
  })

  test('counts from the CMS’s own origin', async () => {
    const cookie = `payload-token=${await adminToken()}`
    expect(await userFor({ cookie, origin: own })).toMatchObject({ role: 'admin' })
    expect(await userFor({ cookie, 'sec-fetch-site': 'same-origin' })).toMatchObject({ role: 'admin' })
  })

  test.each([
    ['a page on another port', { origin: 'http://localhost:4321' }],
    ['another site', { origin: 'https://angripare.example' }],
    ['a sandboxed frame', { origin: 'null' }],
    ['another site, without Origin', { 'sec-fetch-site': 'cross-site' }],
    // Not `Sec-Fetch-Site: same-site` without Origin (a sibling subdomain): Payload accepts it.
    // Browsers send Origin on every write anyway, and the CMS server refuses it (e2e cmsSecurity).
  ])('is ignored from %s: the request is anonymous', async (_what, from) => {
    const cookie = `payload-token=${await adminToken()}`
    expect(await userFor({ cookie, ...from })).toBeNull()
  })

  test('an Authorization header from anywhere still counts', async () => {
    expect(await userFor({ authorization: `JWT ${await adminToken()}`, origin: 'https://angripare.example' })).toMatchObject({ role: 'admin' })
  })
})

describe('the edge’s upload collections', () => {
  test('are exactly the config’s collections with uploads', () => {
    const uploads = Object.values(ctx.payload.collections)
      .filter((collection) => collection.config.upload)
      .map((collection) => collection.config.slug)
    expect([...UPLOAD_COLLECTIONS].sort()).toEqual(uploads.sort())
  })
})
