import { describe, expect, it } from 'vitest'
import { answer, keepAddressSecret } from '../../../site/lib/pageResponse.ts'

describe('answer', () => {
  it('puts the loader’s status and headers on the page’s response and returns the page', () => {
    const context = { response: { status: 200, headers: new Headers() } }
    const page = { status: 429, headers: { 'Retry-After': '60' }, formError: 'wait' }
    expect(answer(context, page)).toBe(page)
    expect(context.response.status).toBe(429)
    expect(context.response.headers.get('retry-after')).toBe('60')
  })

  it('leaves the response alone for a page that redirects, and works without one', () => {
    const context = { response: { status: 200, headers: new Headers() } }
    answer(context, { status: 401, headers: { 'x-a': '1' }, redirect: '/natverket/logga-in' })
    expect([context.response.status, context.response.headers.has('x-a')]).toEqual([200, false])
    expect(answer({}, { status: 400, headers: {} }).status).toBe(400)
  })
})

describe('keepAddressSecret', () => {
  it('keeps the page out of caches and its address out of other sites’ logs, without breaking its own forms', () => {
    const context = { response: { headers: new Headers({ 'cache-control': 'private, no-store' }) } }
    keepAddressSecret(context)
    expect(context.response.headers.get('cache-control')).toBe('no-store')
    expect(context.response.headers.get('referrer-policy')).toBe('same-origin')
  })
})
