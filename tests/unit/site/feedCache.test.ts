import { describe, expect, test } from 'vitest'
import { VersionedCache } from '../../../site/features/calendar/feedCache.ts'

describe('a cache of built feeds', () => {
  test('answers only for the content version a feed was built from', () => {
    const cache = new VersionedCache<string>()
    cache.set('/kalender.ics', 'v1', 'body 1')
    expect(cache.get('/kalender.ics', 'v1')).toBe('body 1')
    expect(cache.get('/kalender.ics', 'v2')).toBeUndefined()
    cache.set('/kalender.ics', 'v2', 'body 2')
    expect(cache.get('/kalender.ics', 'v2')).toBe('body 2')
    expect(cache.size).toBe(1)
  })

  test('keeps at most its limit, dropping the least recently used', () => {
    const cache = new VersionedCache<number>(2)
    cache.set('a', 'v', 1)
    cache.set('b', 'v', 2)
    expect(cache.get('a', 'v')).toBe(1)
    cache.set('c', 'v', 3)
    expect(cache.get('b', 'v')).toBeUndefined()
    expect(cache.get('a', 'v')).toBe(1)
    expect(cache.get('c', 'v')).toBe(3)
  })
})
