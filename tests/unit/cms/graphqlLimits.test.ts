import { describe, expect, it } from 'vitest'
import { checkQuery, GRAPHQL_LIMITS } from '../../../cms/auth/graphqlLimits.ts'

const aliased = (n: number, limit = 100) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: Hubs(limit: ${limit}) { docs { id name } }`).join(' ')} }`

describe('GraphQL query limits', () => {
  it('lets a modest query through with its cost: one per field, docs once per document', () => {
    expect(checkQuery('{ Hubs(limit: 3) { docs { name slug } totalDocs } }')).toEqual({ ok: true, cost: 1 + (1 + 3 * 2) + 1 })
    // Without a limit Payload pages by ten.
    expect(checkQuery('{ Hubs { docs { name } } }')).toEqual({ ok: true, cost: 1 + 1 + 10 })
  })

  it('refuses 200 aliases of Hubs(limit: 100) for the aliases, and fragments do not hide them', () => {
    expect(checkQuery(aliased(200))).toMatchObject({ ok: false, problem: 'aliases', max: 10 })
    expect(checkQuery(aliased(10, 1)).ok).toBe(true)
    const viaFragment = `{ ${Array.from({ length: 6 }, () => '...Two').join(' ')} } fragment Two on Query { a: Hubs(limit: 1) { docs { id } } b: Hubs(limit: 1) { docs { id } } }`
    expect(checkQuery(viaFragment)).toMatchObject({ ok: false, problem: 'aliases' })
  })

  it('multiplies by limit: a few large pages cost too much', () => {
    const three = `{ a: Hubs(limit: 100) { docs { ${Array.from({ length: 20 }, (_, i) => `f${i}: name`).join(' ')} } } }`
    expect(checkQuery(three)).toMatchObject({ ok: false })
    const wide = `{ Hubs(limit: 100) { docs { name slug description lat lng phone email website municipality { name } } } } `
    const check = checkQuery(`{ x: ${wide.slice(2, -3)} y: ${wide.slice(2, -3)} z: ${wide.slice(2, -3)} w: ${wide.slice(2, -3)} v: ${wide.slice(2, -3)} }`)
    expect(check).toMatchObject({ ok: false, problem: 'cost', max: GRAPHQL_LIMITS.maxCost })
  })

  it('refuses limits outside 1..100, pagination: false and limits given as variables or defaults', () => {
    for (const query of ['{ Hubs(limit: 101) { docs { id } } }', '{ Hubs(limit: 0) { docs { id } } }', '{ Hubs(limit: -1) { docs { id } } }', '{ Hubs(pagination: false) { docs { id } } }']) {
      expect(checkQuery(query), query).toMatchObject({ ok: false, problem: 'limit', field: 'Hubs', max: 100 })
    }
    expect(checkQuery('query Q($n: Int) { Hubs(limit: $n) { docs { id } } }', { n: 100_000 })).toMatchObject({ ok: false, problem: 'limit' })
    expect(checkQuery('query Q($n: Int = 5000) { Hubs(limit: $n) { docs { id } } }')).toMatchObject({ ok: false, problem: 'limit' })
    expect(checkQuery('query Q($n: Int = 5000) { Hubs(limit: $n) { docs { id } } }', { n: 2 })).toMatchObject({ ok: true })
    expect(checkQuery('query Q($p: Boolean) { Hubs(pagination: $p) { docs { id } } }', { p: false })).toMatchObject({ ok: false, problem: 'limit' })
  })

  it('caps depth and fields, and stops a fragment that spreads another many times without expanding it all', () => {
    const deep = `{ ${'a { '.repeat(11)}b${' }'.repeat(11)} }`
    expect(checkQuery(deep)).toMatchObject({ ok: false, problem: 'depth', max: 10 })
    const levels = Array.from({ length: 12 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')
    const bomb = `{ ...F0 } ${levels} fragment F12 on Query { __typename }`
    const started = performance.now()
    expect(checkQuery(bomb)).toMatchObject({ ok: false, problem: 'fields', max: GRAPHQL_LIMITS.maxFields })
    expect(performance.now() - started).toBeLessThan(200)
    // A fragment cycle is left to graphql's own validation, which refuses it.
    expect(checkQuery('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }').ok).toBe(true)
  })

  it('refuses a query over the token limit before parsing all of it', () => {
    expect(checkQuery(`{ ${'__typename '.repeat(6_000)} }`)).toMatchObject({ ok: false, problem: 'tokens', max: GRAPHQL_LIMITS.maxTokens })
  })

  it('refuses the password mutations however they are written', () => {
    for (const mutation of [
      'mutation { loginUser(email: "a@b.se", password: "x") { token } }',
      'mutation { a: loginUser(email: "a@b.se", password: "x") { token } b: loginUser(email: "a@b.se", password: "y") { token } }',
      'mutation { ...L } fragment L on Mutation { loginUser(email: "a@b.se", password: "x") { token } }',
      'mutation { ... on Mutation { forgotPasswordUser(email: "a@b.se") } }',
      'mutation { resetPasswordUser(token: "t", password: "p") { token } }',
      'mutation { unlockUser(email: "a@b.se") }',
      'mutation { verifyEmailUser(token: "t") }',
    ]) {
      expect(checkQuery(mutation), mutation).toMatchObject({ ok: false, problem: 'auth-mutation' })
    }
    expect(checkQuery('mutation { logoutUser }').ok).toBe(true)
  })

  it('answers what is not a query', () => {
    expect(checkQuery(undefined)).toEqual({ ok: false, problem: 'no-query' })
    expect(checkQuery('   ')).toEqual({ ok: false, problem: 'no-query' })
    expect(checkQuery('{ Hubs(')).toMatchObject({ ok: false, problem: 'syntax' })
  })
})
