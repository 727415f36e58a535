import { Readable } from 'node:stream'
import { describe, expect, test } from 'vitest'
import { BODY_LIMIT_BYTES, declaredTooLarge, readCappedBody, serverTimeouts } from '../../site/server/requestLimits.ts'

describe('serverTimeouts', () => {
  test('defaults: 10 s for the headers, 30 s for the whole request, checked every second', () => {
    expect(serverTimeouts({})).toEqual({ headersTimeout: 10_000, requestTimeout: 30_000, connectionsCheckingInterval: 1_000 })
  })
  test('both come from the environment; the headers never get longer than the request', () => {
    expect(serverTimeouts({ SITE_REQUEST_TIMEOUT_MS: '2000', SITE_HEADERS_TIMEOUT_MS: '1000' })).toEqual({ headersTimeout: 1_000, requestTimeout: 2_000, connectionsCheckingInterval: 250 })
    expect(serverTimeouts({ SITE_REQUEST_TIMEOUT_MS: '4000' }).headersTimeout).toBe(4_000)
  })
  test('a value that is not a positive whole number of milliseconds is refused, naming the variable', () => {
    for (const bad of ['0', '-1', 'soon', '1.5', '30s']) expect(() => serverTimeouts({ SITE_REQUEST_TIMEOUT_MS: bad })).toThrow(/SITE_REQUEST_TIMEOUT_MS/)
    expect(() => serverTimeouts({ SITE_HEADERS_TIMEOUT_MS: 'x' })).toThrow(/SITE_HEADERS_TIMEOUT_MS/)
  })
})

describe('request bodies', () => {
  test('a declared length over 1 MiB is too large before a byte is read', () => {
    expect(BODY_LIMIT_BYTES).toBe(1024 * 1024)
    expect(declaredTooLarge({ 'content-length': String(BODY_LIMIT_BYTES + 1) })).toBe(true)
    expect(declaredTooLarge({ 'content-length': String(BODY_LIMIT_BYTES) })).toBe(false)
    expect(declaredTooLarge({})).toBe(false)
  })

  test('a body is read whole up to the limit, and refused as soon as it passes it', async () => {
    const chunks = (n: number, size: number) => Readable.from(Array.from({ length: n }, () => Buffer.alloc(size, 'a')))
    expect((await readCappedBody(chunks(4, 1000), 4000)) as Buffer).toHaveLength(4000)
    let pulled = 0
    const endless = Readable.from(
      (function* () {
        for (;;) {
          pulled++
          yield Buffer.alloc(1000, 'a')
        }
      })(),
    )
    expect(await readCappedBody(endless, 4000)).toBe('too-large')
    expect(pulled).toBeLessThan(100)
  })
})
