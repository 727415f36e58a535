/**
 * The CMS's HTTP server: Next's documented programmatic handler (`next({ dev, dir })`) behind
 * a thin edge that `next start` cannot give us:
 *  - request and header timeouts (CMS_REQUEST_TIMEOUT_MS, default 60 s, and
 *    CMS_HEADERS_TIMEOUT_MS, default 15 s), so a body or headers dripped in slowly cannot hold
 *    a connection open;
 *  - a body limit of 1 MiB, 10 MiB for uploads (cms/security/edge.ts), refused with 413 from
 *    Content-Length before any of the body is read;
 *  - 405 with `Allow` for TRACE and other methods the CMS does not serve;
 *  - 403 for a write carrying the session cookie from another origin (cms/domain/http/origin.ts);
 *  - the security headers, including the admin panel's CSP, on every response, Next's
 *    static files and error pages included (cms/security/headers.ts).
 * Run by the launcher with HOST and CMS_PORT, after `next build cms`; `--dev` serves with reload.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { judgeRequest, refusalBody, type Refusal } from '../cms/security/edge.ts'
import { cmsSecurityHeaders, isHttpsCms } from '../cms/security/headers.ts'
import { answerAfterDraining } from '../cms/domain/http/drain.ts'
import { cmsAllowedOrigins, cmsOriginSettings } from '../cms/domain/http/origin.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dev = process.argv.includes('--dev')
// Next reads NODE_ENV when it loads; `next dev` and `next start` set it the same way.
Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production' })
const host = process.env.HOST || '127.0.0.1'
const port = Number(process.env.CMS_PORT || 3000)

const positive = (name: string, fallback: number): number => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}
const requestTimeout = positive('CMS_REQUEST_TIMEOUT_MS', 60_000)
// Node refuses a header timeout longer than the request timeout.
const headersTimeout = Math.min(positive('CMS_HEADERS_TIMEOUT_MS', 15_000), requestTimeout)

const headers = Object.entries(cmsSecurityHeaders({ dev, https: isHttpsCms() }))
const settings = cmsOriginSettings()
const policy = { allowed: cmsAllowedOrigins(settings), dev }

function send(req: IncomingMessage, res: ServerResponse, refusal: Refusal, close: boolean): void {
  const body = refusalBody(refusal)
  res.writeHead(refusal.status, {
    ...refusal.headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    ...(close ? { connection: 'close' } : {}),
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}

function listener(req: IncomingMessage, res: ServerResponse): void {
  for (const [name, value] of headers) res.setHeader(name, value)
  const pathname = (req.url ?? '/').split('?')[0]
  const refusal = judgeRequest({ method: req.method ?? 'GET', pathname, headers: req.headers }, policy)
  if (refusal) {
    if (refusal.close) answerAfterDraining(req, res, (close) => send(req, res, refusal, close))
    else send(req, res, refusal, false)
    return
  }
  void handle(req, res)
}

const server = http.createServer(
  {
    requestTimeout,
    headersTimeout,
    // How often Node looks for requests past those timeouts (default 30 s, too coarse for them).
    connectionsCheckingInterval: Math.min(1000, headersTimeout),
  },
  listener,
)

// Imported only now, after NODE_ENV is set. With `httpServer`, Next also answers the dev
// server's hot-reload WebSocket upgrades on it.
const { default: next } = await import('next')
const app = next({ dev, dir: path.join(root, 'cms'), hostname: host, port, httpServer: server })
await app.prepare()
const handle = app.getRequestHandler()

server.listen(port, host, () => {
  console.log(`[cms] listening on ${host}:${port} (${dev ? 'development' : 'production'})`)
  if (!settings.cmsPublicUrl && !['127.0.0.1', 'localhost', '::1'].includes(host)) {
    console.log(`[cms] CMS_PUBLIC_URL is not set: the admin panel accepts changes only from ${policy.allowed.join(', ')}. Set it to the address editors use.`)
  }
})

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0))
    server.closeAllConnections()
    void app.close()
    // Streams that do not end are not worth waiting for.
    setTimeout(() => process.exit(0), 5_000).unref()
  })
}
