/**
 * The access rules that an outside probe found open, tried again over HTTP as a logged-in
 * representative would: versions of others' drafts (REST and GraphQL), unlocking accounts,
 * forging document locks, and mapping accounts to agencies through a filter. The rules
 * themselves are specified in tests/int/access.test.ts.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { adminAuthorization } from '../helpers/cmsSession.ts'

const cmsUrl = inject('cmsUrl')
const stamp = Date.now()
const PASSWORD = 'en lång och hemlig lösenfras'
let admin: Record<string, string>
let representative: Record<string, string>
let representativeId = 0
let hubId = 0

async function call(path: string, method: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(`${cmsUrl}/api/${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await response.text()
  return { status: response.status, json: text ? JSON.parse(text) : null }
}

beforeAll(async () => {
  admin = { authorization: await adminAuthorization(), 'content-type': 'application/json' }
  const { json: agencies } = await call('agencies?where[membershipStatus][equals]=member&limit=1&depth=0', 'GET', admin)
  const email = `probe-${stamp}@example.org`
  const { json: created } = await call('users', 'POST', admin, { email, password: PASSWORD, name: 'Sonden', role: 'agency-representative', agency: agencies.docs[0].id })
  representativeId = created.doc.id
  const { json: login } = await call('users/login', 'POST', { 'content-type': 'application/json' }, { email, password: PASSWORD })
  representative = { authorization: `JWT ${login.token}`, 'content-type': 'application/json' }
  hubId = (await call('hubs?limit=1&depth=0', 'GET', admin)).json.docs[0].id
})

describe('a logged-in representative', () => {
  it('cannot list event or hub versions, or the council page’s, over REST (403)', async () => {
    for (const path of ['events/versions', 'hubs/versions', 'globals/innovation-council/versions']) {
      expect((await call(path, 'GET', representative)).status, path).toBe(403)
    }
    expect((await call('events/versions?limit=1', 'GET', admin)).status).toBe(200)
  })

  it('cannot list event versions over GraphQL either', async () => {
    const { json } = await call('graphql', 'POST', representative, { query: '{ versionsEvents { docs { id } } }' })
    expect(json.data?.versionsEvents ?? null).toBeNull()
    expect(json.errors?.length).toBeGreaterThan(0)
  })

  it('cannot unlock an account (403), and learns nothing about which addresses exist', async () => {
    for (const email of [inject('adminEmail'), `finns-inte-${stamp}@example.org`]) {
      expect((await call('users/unlock', 'POST', representative, { email })).status).toBe(403)
    }
  })

  it('cannot lock a hub in the admin’s name, nor in their own', async () => {
    const { json: me } = await call('users/me', 'GET', representative)
    const adminId = (await call('users/me', 'GET', admin)).json.user.id
    for (const user of [adminId, me.user.id]) {
      const { status } = await call('payload-locked-documents', 'POST', representative, { document: { relationTo: 'hubs', value: hubId }, user: { relationTo: 'users', value: user } })
      expect(status).toBe(403)
    }
  })

  it('cannot find which agency an account represents by filtering agencies', async () => {
    const { status } = await call(`agencies?where[representatives][equals]=${representativeId}`, 'GET', representative)
    expect(status).toBe(400)
    const anonymous = await fetch(`${cmsUrl}/api/agencies?where[representatives][equals]=${representativeId}`)
    expect(anonymous.status).toBe(400)
  })
})

describe('a value of the wrong form in an API query', () => {
  it.each([
    ['an id that is not a number', 'hubs/abc', /har fel form.*wrong form/],
    ['a geographic operator on a plain number', 'hubs?where[lat][near]=x', /fungerar inte här.*does not work here/],
    ['a list of ids that are not numbers', 'hubs/count?where[id][in]=a', /har fel form.*wrong form/],
  ])('%s answers 400 with a message, not 500 (%s)', async (_what, path, message) => {
    const answer = await fetch(`${cmsUrl}/api/${path}`)
    expect(answer.status).toBe(400)
    expect(JSON.stringify(await answer.json())).toMatch(message)
  })
})
