import { describe, expect, test } from 'vitest'
import { isCacheableRequest, isCacheableResponse, pageCacheKey } from '../../../site/lib/pageCache.ts'

describe('what the site keeps for the next visitor', () => {
  test('GET and HEAD of public pages, never per-visitor pages or files', () => {
    expect(isCacheableRequest('GET', '/hubbar')).toBe(true)
    expect(isCacheableRequest('HEAD', '/kalender.ics')).toBe(true)
    expect(isCacheableRequest('POST', '/evenemang/fika')).toBe(false)
    for (const path of ['/health', '/media/a.webp', '/anmalan/abc', '/en/registration/abc/calendar.ics', '/forhandsvisning', '/en/preview']) {
      expect(isCacheableRequest('GET', path), path).toBe(false)
    }
  })

  test('only complete public responses: no cookie, nothing private, not too large', () => {
    const html = (extra: Record<string, string> = {}) => new Headers({ 'content-type': 'text/html; charset=utf-8', ...extra })
    expect(isCacheableResponse(200, html())).toBe(true)
    expect(isCacheableResponse(404, html())).toBe(false)
    expect(isCacheableResponse(200, html({ 'set-cookie': 'csrf=1' }))).toBe(false)
    expect(isCacheableResponse(200, html({ 'cache-control': 'private, no-store' }))).toBe(false)
    expect(isCacheableResponse(200, html({ 'content-length': '2000000' }))).toBe(false)
    expect(isCacheableResponse(200, new Headers({ 'content-type': 'image/png' }))).toBe(false)
  })

  test('a kept page belongs to one address and one minute', () => {
    const url = new URL('https://example.se/hubbar?open=1')
    expect(pageCacheKey(url, 60_000 * 10 + 5)).toBe('/hubbar?open=1|10')
    expect(pageCacheKey(url, 60_000 * 11)).toBe('/hubbar?open=1|11')
  })
})
