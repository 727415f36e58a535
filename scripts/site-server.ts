/**
 * The public site's HTTP server: the node adapter's standalone handler (static files, then
 * Astro) behind a thin layer that
 *  - puts the security headers on every response, including static files and the answers
 *    the adapter writes itself without Astro (site middleware sets the same values on
 *    everything Astro renders, in dev too);
 *  - answers a request target that does not decode with a localised 400 page, where the
 *    adapter would send a bare English "Bad request.".
 * Run after `astro build`, with HOST and PORT, like dist/server/entry.mjs.
 */
import { readFileSync } from 'node:fs'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import https from 'node:https'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { isHttpsDeployment, securityHeaders } from '../site/lib/security/headers.ts'
import { problemPage } from '../site/lib/security/messages.ts'
import { isDecodableTarget, localeOfRawTarget } from '../site/lib/security/rawUrl.ts'

type Handler = (req: IncomingMessage, res: ServerResponse) => void

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// Import the built entry without letting it start its own server.
process.env.ASTRO_NODE_AUTOSTART = 'disabled'
const { handler } = (await import(pathToFileURL(path.join(root, 'dist/server/entry.mjs')).href)) as { handler: Handler }

const headers = Object.entries(securityHeaders({ https: isHttpsDeployment() }))

function listener(req: IncomingMessage, res: ServerResponse): void {
  for (const [name, value] of headers) res.setHeader(name, value)
  const target = req.url ?? '/'
  if (!isDecodableTarget(target)) {
    res.writeHead(400, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
    res.end(req.method === 'HEAD' ? undefined : problemPage('bad-url', localeOfRawTarget(target)))
    return
  }
  handler(req, res)
}

// The adapter's own TLS option, kept for deployments that terminate TLS in Node.
const server =
  process.env.SERVER_CERT_PATH && process.env.SERVER_KEY_PATH
    ? https.createServer({ cert: readFileSync(process.env.SERVER_CERT_PATH), key: readFileSync(process.env.SERVER_KEY_PATH) }, listener)
    : http.createServer(listener)

const host = process.env.HOST || 'localhost'
const port = Number(process.env.PORT || 4321)
server.listen(port, host, () => console.log(`[site] listening on ${host}:${port}`))

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0))
    server.closeAllConnections()
    // Streams that do not end are not worth waiting for.
    setTimeout(() => process.exit(0), 5_000).unref()
  })
}
