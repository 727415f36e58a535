import { describe, expect, it } from 'vitest'
import { DEFAULT_TTL_MS, ResponseCache, requestCacheKey, storableResponse } from '../../../site/lib/cache/responseCache.ts'

const entry = (bytes: number, expiresAt = 10_000) => ({ status: 200, headers: {}, body: new Uint8Array(bytes), expiresAt })

describe('requestCacheKey', () => {
  it('gives GET and HEAD of the same page the same key', () => {
    expect(requestCacheKey('HEAD', '/hubbar', {})).toBe(requestCacheKey('GET', '/hubbar', {}))
  })
  it('sorts the query so equal filters share one entry', () => {
    expect(requestCacheKey('GET', '/hubbar?b=2&a=1&a=0', {})).toBe('/hubbar?a=0&a=1&b=2')
  })
  it('keeps pages for each Host apart, since a page’s absolute URLs may come from it', () => {
    expect(requestCacheKey('GET', '/sitemap.xml', { host: 'localhost:4321' })).not.toBe(requestCacheKey('GET', '/sitemap.xml', { host: '127.0.0.1:4321' }))
    expect(requestCacheKey('GET', '/sitemap.xml', { host: 'LOCALHOST:4321' })).toBe(requestCacheKey('GET', '/sitemap.xml', { host: 'localhost:4321' }))
  })
  it('bypasses other methods and requests with a cookie or credentials', () => {
    expect(requestCacheKey('POST', '/hubbar', {})).toBeNull()
    expect(requestCacheKey('GET', '/hubbar', { cookie: 'x=1' })).toBeNull()
    expect(requestCacheKey('GET', '/hubbar', { authorization: 'Basic x' })).toBeNull()
  })
})

describe('storableResponse', () => {
  it('keeps a plain 200 for the default time', () => {
    expect(storableResponse(200, { 'content-type': 'text/html' }, 1000)).toBe(1000 + DEFAULT_TTL_MS)
  })
  it('refuses responses that set a cookie or are private or no-store', () => {
    expect(storableResponse(200, { 'set-cookie': 'csrf=1' }, 0)).toBeNull()
    expect(storableResponse(200, { 'cache-control': 'private, no-store' }, 0)).toBeNull()
    expect(storableResponse(200, { 'cache-control': 'no-store' }, 0)).toBeNull()
  })
  it('refuses statuses other than 200 and 404', () => {
    expect(storableResponse(500, {}, 0)).toBeNull()
    expect(storableResponse(302, {}, 0)).toBeNull()
    expect(storableResponse(404, {}, 0)).toBe(DEFAULT_TTL_MS)
  })
  it('expires at the time the page states when that is earlier than the default', () => {
    expect(storableResponse(200, { 'x-cache-expires': '5000' }, 1000)).toBe(5000)
    expect(storableResponse(200, { 'x-cache-expires': String(10 * DEFAULT_TTL_MS) }, 0)).toBe(DEFAULT_TTL_MS)
    expect(storableResponse(200, { 'x-cache-expires': '500' }, 1000)).toBeNull()
    expect(storableResponse(200, { 'x-cache-expires': 'soon' }, 1000)).toBeNull()
  })
})

describe('ResponseCache', () => {
  it('does not serve an entry after it expires', () => {
    const cache = new ResponseCache(100)
    cache.set('/a', entry(10, 50))
    expect(cache.get('/a', 49)).toBeDefined()
    expect(cache.get('/a', 50)).toBeUndefined()
    expect(cache.totalBytes).toBe(0)
  })
  it('drops the least recently used entries to stay within its byte bound', () => {
    const cache = new ResponseCache(100)
    cache.set('/a', entry(40))
    cache.set('/b', entry(40))
    cache.get('/a', 0)
    cache.set('/c', entry(40))
    expect(cache.get('/b', 0)).toBeUndefined()
    expect(cache.get('/a', 0)).toBeDefined()
    expect(cache.get('/c', 0)).toBeDefined()
    expect(cache.totalBytes).toBe(80)
  })
  it('never keeps an entry larger than its bound and empties on clear', () => {
    const cache = new ResponseCache(100)
    cache.set('/big', entry(101))
    expect(cache.size).toBe(0)
    cache.set('/a', entry(10))
    cache.clear()
    expect(cache.size).toBe(0)
    expect(cache.totalBytes).toBe(0)
  })
})
