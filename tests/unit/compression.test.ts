import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { compressOnTheWay } from '../../site/server/compression.ts'

const page = '<!doctype html><html lang="sv"><title>Å</title>' + '<p>hubbar och evenemang</p>'.repeat(200) + '</html>'

/** Answers in the ways the site's handlers do: writeHead then chunks, setHeader then end, and so on. */
function handler(req: IncomingMessage, res: ServerResponse) {
  compressOnTheWay(req, res)
  switch (req.url) {
    case '/write-head':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(Buffer.byteLength(page)) })
      for (let i = 0; i < page.length; i += 1000) res.write(page.slice(i, i + 1000))
      res.end()
      return
    case '/set-header':
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify({ ok: true, text: page }))
      return
    case '/image':
      res.writeHead(200, { 'content-type': 'image/png' })
      res.end(Buffer.from(page))
      return
    case '/feed':
      res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8', etag: '"abc"' })
      res.end(page)
      return
    case '/own-vary':
      res.writeHead(200, { 'content-type': 'text/plain', vary: 'Accept-Language' })
      res.end('hej')
      return
    case '/already':
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'br' })
      res.end('not really brotli')
      return
    default:
      res.statusCode = 304
      res.end()
  }
}

let server: http.Server
let port: number
beforeAll(async () => {
  server = http.createServer(handler)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .request({ host: '127.0.0.1', port, path, headers, method }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
      .end()
  })
}

describe('compressOnTheWay', () => {
  test('gzips text written after writeHead, drops the stale length and says it varies', async () => {
    const answer = await get('/write-head', { 'accept-encoding': 'gzip, deflate, br' })
    expect(answer.headers['content-encoding']).toBe('gzip')
    expect(answer.headers['content-length']).toBeUndefined()
    expect(answer.headers.vary).toBe('Accept-Encoding')
    expect(gunzipSync(answer.body).toString()).toBe(page)
    expect(answer.body.length).toBeLessThan(Buffer.byteLength(page) / 5)
  })

  test('gzips a body given to end()', async () => {
    const answer = await get('/set-header', { 'accept-encoding': 'gzip' })
    expect(answer.headers['content-encoding']).toBe('gzip')
    expect(JSON.parse(gunzipSync(answer.body).toString()).ok).toBe(true)
  })

  test('leaves alone a client that does not ask, a HEAD, images, already encoded bodies and 304s', async () => {
    expect((await get('/write-head')).body.toString()).toBe(page)
    const head = await get('/write-head', { 'accept-encoding': 'gzip' }, 'HEAD')
    expect(head.headers['content-encoding']).toBeUndefined()
    expect((await get('/image', { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBeUndefined()
    const already = await get('/already', { 'accept-encoding': 'gzip' })
    expect(already.headers['content-encoding']).toBe('br')
    expect(already.body.toString()).toBe('not really brotli')
    const notModified = await get('/other', { 'accept-encoding': 'gzip' })
    expect(notModified.status).toBe(304)
    expect(notModified.headers['content-encoding']).toBeUndefined()
  })

  test('says it varies by Accept-Encoding to a client that does not ask for gzip, and to a HEAD', async () => {
    expect((await get('/write-head')).headers.vary).toBe('Accept-Encoding')
    expect((await get('/set-header', { 'accept-encoding': 'identity' })).headers.vary).toBe('Accept-Encoding')
    expect((await get('/write-head', { 'accept-encoding': 'gzip' }, 'HEAD')).headers.vary).toBe('Accept-Encoding')
  })

  test('adds to a Vary the handler set rather than replacing it', async () => {
    expect((await get('/own-vary', { 'accept-encoding': 'gzip' })).headers.vary).toBe('Accept-Language, Accept-Encoding')
    expect((await get('/own-vary')).headers.vary).toBe('Accept-Language, Accept-Encoding')
  })

  test('a 304 varies as the 200 it stands for, and an image does not vary', async () => {
    expect((await get('/other', { 'accept-encoding': 'gzip' })).headers.vary).toBe('Accept-Encoding')
    expect((await get('/other')).headers.vary).toBe('Accept-Encoding')
    expect((await get('/image', { 'accept-encoding': 'gzip' })).headers.vary).toBeUndefined()
  })

  test('a text body’s ETag is weak, and the same gzipped or not: the bytes differ, the content does not', async () => {
    const zipped = await get('/feed', { 'accept-encoding': 'gzip' })
    const plain = await get('/feed')
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zipped.headers.etag).toBe('W/"abc"')
    expect(plain.headers.etag).toBe('W/"abc"')
  })
})
