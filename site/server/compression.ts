/**
 * Gzip for the site server's responses on their way out, and the headers that say text varies
 * by it. Pure Node, no Astro, so it is tested with a plain server (tests/unit/compression.test.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createGzip } from 'node:zlib'

/** Content types worth compressing. */
export const TEXT = /^(text\/|application\/(json|geo\+json|xml|javascript|ld\+json|manifest\+json)|image\/svg\+xml)/

export function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
}

/** Responses this server is gzipping on their way out (see `compressOnTheWay`). */
export const compressing = new WeakSet<ServerResponse>()

/** Addresses of files that are not text, whose 304s therefore do not vary by encoding. */
const BINARY_FILE = /\.(png|jpe?g|gif|webp|avif|ico|woff2?|pdf|zip)$/i

/** Adds Accept-Encoding to the response's Vary, keeping what the handler put there. */
export function varyByEncoding(res: ServerResponse): void {
  const current = String(res.getHeader('vary') ?? '')
  if (/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(current)) return
  res.setHeader('vary', current ? `${current}, Accept-Encoding` : 'Accept-Encoding')
}

/**
 * A text body may go out gzipped or plain under one ETag, so the tag must be weak: a strong
 * one promises the same bytes (RFC 9110, 8.8.3). A weak tag still answers If-None-Match.
 */
export function weakenETag(res: ServerResponse): void {
  const etag = res.getHeader('etag')
  if (typeof etag === 'string' && etag.startsWith('"')) res.setHeader('etag', `W/${etag}`)
}

/**
 * Says that text varies by Accept-Encoding (on every answer, 304s and plain ones too, so a
 * cache never keeps one encoding for all) and gzips it when the client accepts it and it is
 * not already encoded. Decided when the headers are known (at writeHead or the first write),
 * so static files and rendered pages alike are covered, and streaming is kept.
 */
export function compressOnTheWay(req: IncomingMessage, res: ServerResponse): void {
  const gzipWanted = req.method !== 'HEAD' && acceptsGzip(req)
  const write = res.write.bind(res) as (...args: unknown[]) => boolean
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
  const writeHead = res.writeHead.bind(res) as (status: number) => ServerResponse
  let gzip: ReturnType<typeof createGzip> | null = null
  let decided = false
  const decide = () => {
    if (decided) return
    decided = true
    const type = String(res.getHeader('content-type') ?? '')
    // A 304 has no type: it stands for the 200 at its address, text unless that names a binary file.
    const text = type ? TEXT.test(type) : res.statusCode === 304 && !BINARY_FILE.test((req.url ?? '').split('?')[0])
    if (!text || res.getHeader('content-encoding')) return
    varyByEncoding(res)
    weakenETag(res)
    if (!gzipWanted || res.statusCode === 204 || res.statusCode === 304) return
    res.setHeader('content-encoding', 'gzip')
    res.removeHeader('content-length')
    compressing.add(res)
    gzip = createGzip()
    gzip.on('data', (chunk: Buffer) => write(chunk))
    gzip.on('end', () => end())
  }
  res.writeHead = ((status: number, ...args: unknown[]) => {
    res.statusCode = status
    for (const arg of args) {
      if (typeof arg === 'string') res.statusMessage = arg
      else if (arg && typeof arg === 'object' && !Array.isArray(arg)) {
        for (const [name, value] of Object.entries(arg as Record<string, string | string[] | number | undefined>)) if (value !== undefined) res.setHeader(name, value)
      }
    }
    decide()
    // Node's own implicit header (on the first write) comes through here too, so send them now.
    return writeHead(res.statusCode)
  }) as typeof res.writeHead
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    decide()
    if (!gzip) return write(chunk, ...rest)
    const encoding = typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : undefined
    return gzip.write(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : (chunk as Buffer))
  }) as typeof res.write
  res.end = ((chunk: unknown, ...rest: unknown[]) => {
    decide()
    if (!gzip) return end(chunk, ...rest)
    if (chunk != null && typeof chunk !== 'function') {
      const encoding = typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : undefined
      gzip.write(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : (chunk as Buffer))
    }
    gzip.end()
    return res
  }) as typeof res.end
}

