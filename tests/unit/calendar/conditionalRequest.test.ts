import { describe, expect, test } from 'vitest'
import { isNotModified, validatorsFor } from '../../../cms/domain/calendar/conditionalRequest.ts'

describe('validatorsFor', () => {
  test('the ETag is a quoted hash of the body: equal bodies, equal tags; different bodies, different tags', () => {
    const a = validatorsFor('BEGIN:VCALENDAR', [])
    expect(a.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/)
    expect(validatorsFor('BEGIN:VCALENDAR', []).etag).toBe(a.etag)
    expect(validatorsFor('BEGIN:VCALENDAR ', []).etag).not.toBe(a.etag)
  })

  test('Last-Modified is the latest updatedAt, ignoring unreadable dates', () => {
    const { lastModified } = validatorsFor('x', ['2026-01-01T10:00:00.000Z', 'nonsense', '2026-03-01T10:00:00.000Z', '2026-02-01T10:00:00.000Z'])
    expect(lastModified?.toISOString()).toBe('2026-03-01T10:00:00.000Z')
  })

  test('an empty feed has no Last-Modified', () => {
    expect(validatorsFor('x', []).lastModified).toBeNull()
  })
})

describe('isNotModified', () => {
  const validators = { etag: '"abc"', lastModified: new Date('2026-03-01T10:00:00.500Z') }

  test('a matching If-None-Match is not modified', () => {
    expect(isNotModified({ ifNoneMatch: '"abc"' }, validators)).toBe(true)
  })

  test('If-None-Match matches weakly and within a list', () => {
    expect(isNotModified({ ifNoneMatch: '"x", W/"abc"' }, validators)).toBe(true)
    expect(isNotModified({ ifNoneMatch: '*' }, validators)).toBe(true)
  })

  test('a different ETag is modified', () => {
    expect(isNotModified({ ifNoneMatch: '"old"' }, validators)).toBe(false)
  })

  test('If-None-Match wins over If-Modified-Since', () => {
    expect(isNotModified({ ifNoneMatch: '"old"', ifModifiedSince: 'Sun, 01 Mar 2026 10:00:00 GMT' }, validators)).toBe(false)
  })

  test('If-Modified-Since at or after Last-Modified, to the second, is not modified', () => {
    expect(isNotModified({ ifModifiedSince: 'Sun, 01 Mar 2026 10:00:00 GMT' }, validators)).toBe(true)
    expect(isNotModified({ ifModifiedSince: 'Mon, 02 Mar 2026 10:00:00 GMT' }, validators)).toBe(true)
  })

  test('If-Modified-Since before Last-Modified is modified', () => {
    expect(isNotModified({ ifModifiedSince: 'Sun, 01 Mar 2026 09:59:59 GMT' }, validators)).toBe(false)
  })

  test('an unreadable If-Modified-Since is ignored', () => {
    expect(isNotModified({ ifModifiedSince: 'yesterday' }, validators)).toBe(false)
  })

  test('If-Modified-Since cannot match a feed without Last-Modified', () => {
    expect(isNotModified({ ifModifiedSince: 'Mon, 02 Mar 2026 10:00:00 GMT' }, { etag: '"e"', lastModified: null })).toBe(false)
  })

  test('no conditional headers means modified', () => {
    expect(isNotModified({}, validators)).toBe(false)
  })
})
