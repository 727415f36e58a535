import { describe, expect, test } from 'vitest'
import { geoOperatorIn, isBadQueryValue } from '../../../cms/hooks/badQueryValues.ts'

describe('isBadQueryValue', () => {
  test('knows PostgreSQL refusing a value’s form, also as the cause of a wrapped error', () => {
    expect(isBadQueryValue({ code: '22P02' })).toBe(true)
    expect(isBadQueryValue(new Error('Failed query', { cause: { code: '22003' } }))).toBe(true)
  })

  test('leaves other errors alone (a broken connection, a unique index, a bug)', () => {
    for (const error of [{ code: '08006' }, { code: '23505' }, new TypeError('x is not a function'), null, 'text']) expect(isBadQueryValue(error)).toBe(false)
  })
})

describe('geoOperatorIn', () => {
  test('finds near, within and intersects at any depth, in and/or lists too', () => {
    expect(geoOperatorIn({ lat: { near: 'x' } })).toBe('near')
    expect(geoOperatorIn({ and: [{ name: { equals: 'a' } }, { or: [{ lng: { within: {} } }] }] })).toBe('within')
  })

  test('finds nothing in ordinary filters', () => {
    expect(geoOperatorIn({ and: [{ name: { like: 'near' } }, { lat: { greater_than: 60 } }] })).toBeNull()
    expect(geoOperatorIn(undefined)).toBeNull()
  })
})
