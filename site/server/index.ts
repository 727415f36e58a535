/**
 * The public site's HTTP server: the node adapter's standalone handler (static files, then
 * Astro) behind a thin layer that
 *  - puts the security headers on every response, including static files and the answers
 *    the adapter writes itself without Astro (site middleware sets the same values on
 *    everything Astro renders, in dev too);
 *  - answers a Host it does not know with a localised 421 page before anything is rendered
 *    or cached (site/lib/security/hosts.ts: SITE_PUBLIC_URL's host, SITE_HOSTS, the address
 *    it listens on and loopback), so a visitor cannot choose the absolute URLs in a page;
 *  - answers a request target that does not decode with a localised 400 page, where the
 *    adapter would send a bare English "Bad request.";
 *  - answers a method the address does not take with 405 and `Allow` (site/lib/security/
 *    methods.ts), OPTIONS with 204 and `Allow`;
 *  - reads a POST body itself, at most 1 MiB (413 beyond, at once when Content-Length says
 *    so), and gives clients SITE_HEADERS_TIMEOUT_MS (10 s) for the headers and
 *    SITE_REQUEST_TIMEOUT_MS (30 s) for the whole request (site/server/requestLimits.ts);
 *  - answers anonymous GET/HEAD from a cache of rendered pages (site/lib/cache/) while it
 *    hears the CMS's invalidations on DATABASE_URL, gzipping text for clients that accept it;
 *    `X-Cache: HIT|MISS|BYPASS` says which. SITE_CACHE=off turns it off.
 *  - gzips text it renders for clients that accept it, cached or not (pages for logged-in
 *    visitors and pages with forms are never cached, but are still compressed).
 * Run after `astro build`, with HOST and PORT, like dist/server/entry.mjs.
 */
import { readFileSync } from 'node:fs'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import https from 'node:https'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { isHttpsDeployment, securityHeaders } from '../lib/security/headers.ts'
import { allowedHostsFromEnv, isAllowedHost } from '../lib/security/hosts.ts'
import { PROBLEM_STATUS, problemPage, type SecurityProblem } from '../lib/security/messages.ts'
import { methodRule } from '../lib/security/methods.ts'
import { isDecodableTarget, localeOfRawTarget } from '../lib/security/rawUrl.ts'
import { gzipSync } from 'node:zlib'
import { acceptsGzip, compressing, compressOnTheWay, TEXT, varyByEncoding, weakenETag } from './compression.ts'
import { isNotModified } from '../../cms/domain/calendar/conditionalRequest.ts'
import { listenForInvalidation } from '../lib/cache/cacheInvalidation.ts'
import { ResponseCache, requestCacheKey, storableResponse, type CachedResponse } from '../lib/cache/responseCache.ts'
import { answerAfterDraining } from '../../cms/domain/http/drain.ts'
import { declaredTooLarge, readCappedBody, serverTimeouts } from './requestLimits.ts'

type Handler = (req: IncomingMessage, res: ServerResponse) => void

const host = process.env.HOST || 'localhost'
const port = Number(process.env.PORT || 4321)
// Configuration mistakes stop the start with one clear line, before the site is loaded.
let hosts: string[]
let timeouts: ReturnType<typeof serverTimeouts>
try {
  hosts = allowedHostsFromEnv(port)
  timeouts = serverTimeouts(process.env)
} catch (err) {
  console.error(`[site] ${(err as Error).message}`)
  process.exit(1)
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
// Import the built entry without letting it start its own server.
process.env.ASTRO_NODE_AUTOSTART = 'disabled'
const { handler } = (await import(pathToFileURL(path.join(root, 'dist/server/entry.mjs')).href)) as { handler: Handler }

const headers = Object.entries(securityHeaders({ https: isHttpsDeployment() }))

const cache = new ResponseCache(Number(process.env.SITE_CACHE_MAX_BYTES || 64 * 1024 * 1024))
const invalidation =
  process.env.DATABASE_URL && process.env.SITE_CACHE !== 'off'
    ? listenForInvalidation(process.env.DATABASE_URL, () => {
        generation++
        cache.clear()
      })
    : undefined
// Bumped on every clear, so a page rendered before an invalidation is not stored after it.
let generation = 0
const gzipped = new WeakMap<CachedResponse, Buffer>()

const header = (req: IncomingMessage, name: string): string | null => {
  const value = req.headers[name]
  return typeof value === 'string' ? value : null
}

function serveHit(req: IncomingMessage, res: ServerResponse, entry: CachedResponse): void {
  for (const [name, value] of Object.entries(entry.headers)) res.setHeader(name, value)
  res.setHeader('x-cache', 'HIT')
  const text = TEXT.test(entry.headers['content-type'] ?? '')
  // Text goes out gzipped or plain, its 304 included: say so, under a weak ETag (compression.ts).
  if (text) {
    varyByEncoding(res)
    weakenETag(res)
  }
  // A kept feed or data file still answers conditional requests with 304.
  const { etag, 'last-modified': lastModified } = entry.headers
  const conditional = { ifNoneMatch: header(req, 'if-none-match'), ifModifiedSince: header(req, 'if-modified-since') }
  if ((etag || lastModified) && isNotModified(conditional, { etag: etag ?? '', lastModified: lastModified ? new Date(lastModified) : null })) {
    for (const name of ['content-type', 'content-length', 'content-disposition']) res.removeHeader(name)
    res.writeHead(304)
    res.end()
    return
  }
  let body: Uint8Array = entry.body
  if (text && acceptsGzip(req)) {
    let zipped = gzipped.get(entry)
    if (!zipped) gzipped.set(entry, (zipped = gzipSync(entry.body)))
    body = zipped
    res.setHeader('content-encoding', 'gzip')
  }
  res.setHeader('content-length', body.byteLength)
  res.writeHead(entry.status)
  res.end(req.method === 'HEAD' ? undefined : body)
}

function renderAndStore(req: IncomingMessage, res: ServerResponse, key: string): void {
  const started = generation
  const chunks: Buffer[] = []
  const write = res.write.bind(res) as (...args: unknown[]) => boolean
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
  const keep = (chunk: unknown, encoding: unknown) => {
    if (chunk == null || typeof chunk === 'function') return
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'))
  }
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0])
    return write(chunk, ...rest)
  }) as typeof res.write
  res.end = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0])
    const now = Date.now()
    // The cache keeps the plain body; gzip added on the way out is not part of it.
    const ours = (name: string) => name === 'x-cache' || (compressing.has(res) && name === 'content-encoding')
    const stored = Object.fromEntries(
      Object.entries(res.getHeaders()).flatMap(([name, value]) => (value === undefined || ours(name) ? [] : [[name, Array.isArray(value) ? value.join(', ') : String(value)]])),
    )
    const expiresAt = storableResponse(res.statusCode, res.getHeaders(), now)
    if (expiresAt !== null && generation === started && invalidation?.isLive() && !stored['content-encoding']) {
      cache.set(key, { status: res.statusCode, headers: stored, body: Buffer.concat(chunks), expiresAt })
    }
    return end(chunk, ...rest)
  }) as typeof res.end
  handler(req, res)
}

/** A refusal before anything renders: a small page in the path's language, never cached. */
function refuse(req: IncomingMessage, res: ServerResponse, problem: SecurityProblem, extra: Record<string, string> = {}): void {
  res.writeHead(PROBLEM_STATUS[problem], { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...extra })
  res.end(req.method === 'HEAD' ? undefined : problemPage(problem, localeOfRawTarget(req.url ?? '/')))
}

function listener(req: IncomingMessage, res: ServerResponse): void {
  for (const [name, value] of headers) res.setHeader(name, value)
  const target = req.url ?? '/'
  if (!isAllowedHost(req.headers.host, hosts)) return refuse(req, res, 'misdirected')
  if (!isDecodableTarget(target)) return refuse(req, res, 'bad-url')
  const rule = methodRule(req.method ?? 'GET', target.split('?')[0])
  if (!rule.pass && rule.status === 204) {
    res.writeHead(204, { allow: rule.allow, 'cache-control': 'no-store' })
    res.end()
    return
  }
  if (!rule.pass) return refuse(req, res, 'method-not-allowed', { allow: rule.allow })
  if (req.method === 'POST') {
    void withBody(req, res)
    return
  }
  serve(req, res, target)
}

/**
 * Reads the body before the adapter does, which then takes it from `req.body` as it is: so
 * a body over the limit gets a localised 413 (the adapter would fail the form, a 400), once
 * the rest of it is read and dropped (2 s at most), and the connection closes.
 */
async function withBody(req: IncomingMessage, res: ServerResponse): Promise<void> {
  // Answered once the rest of the body is read and dropped (see answerAfterDraining), then closed.
  const tooLarge = () => answerAfterDraining(req, res, () => refuse(req, res, 'too-large', { connection: 'close' }))
  if (declaredTooLarge(req.headers)) return tooLarge()
  const body = await readCappedBody(req).catch(() => null)
  if (body === null) return // the client went away, or the request timed out (Node answered 408)
  if (body === 'too-large') return tooLarge()
  ;(req as IncomingMessage & { body?: Buffer }).body = body
  serve(req, res, req.url ?? '/')
}

function serve(req: IncomingMessage, res: ServerResponse, target: string): void {
  const key = invalidation?.isLive() ? requestCacheKey(req.method ?? 'GET', target, req.headers) : null
  if (!key) {
    res.setHeader('x-cache', 'BYPASS')
    compressOnTheWay(req, res)
    handler(req, res)
    return
  }
  const entry = cache.get(key, Date.now())
  if (entry) return serveHit(req, res, entry)
  res.setHeader('x-cache', 'MISS')
  compressOnTheWay(req, res)
  if (req.method === 'HEAD') handler(req, res)
  else renderAndStore(req, res, key)
}

// The adapter's own TLS option, kept for deployments that terminate TLS in Node.
const server =
  process.env.SERVER_CERT_PATH && process.env.SERVER_KEY_PATH
    ? https.createServer({ cert: readFileSync(process.env.SERVER_CERT_PATH), key: readFileSync(process.env.SERVER_KEY_PATH), ...timeouts }, listener)
    : http.createServer(timeouts, listener)

server.listen(port, host, () => console.log(`[site] listening on ${host}:${port}`))

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void invalidation?.stop()
    server.close(() => process.exit(0))
    server.closeAllConnections()
    // Streams that do not end are not worth waiting for.
    setTimeout(() => process.exit(0), 5_000).unref()
  })
}
