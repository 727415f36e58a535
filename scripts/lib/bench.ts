/**
 * What the benchmark scripts share: the portal (./portal.ts), autocannon with percentiles from
 * every response, a static `node:http` ceiling in a process of its own, and table printing.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import os from 'node:os'
import { freePort } from './processes.ts'
import { percentile } from './stats.ts'

export { startPortal, type Portal } from './portal.ts'

const require = createRequire(import.meta.url)

/** The part of autocannon's API used here. */
interface AutocannonResult {
  requests: { average: number }
  non2xx: number
  errors: number
  timeouts: number
  statusCodeStats?: Record<string, { count: number }>
}
interface AutocannonInstance {
  on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void
}
type Autocannon = (
  options: { url: string; connections: number; duration: number; headers?: Record<string, string> },
  done: (err: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance
const autocannon = require('autocannon') as Autocannon

export interface LoadResult {
  rps: number
  p50: number
  p95: number
  p99: number
  /** Responses by status code. */
  statuses: Record<number, number>
  errors: number
}

/** Loads `url` for `duration` seconds over `connections` connections. */
export function loadTest(url: string, options: { connections: number; duration: number; headers?: Record<string, string> }): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const times: number[] = []
    const statuses: Record<number, number> = {}
    const instance = autocannon({ url, ...options }, (err, result) => {
      if (err) return reject(err)
      resolve({
        rps: result.requests.average,
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        p99: percentile(times, 99),
        statuses,
        errors: result.errors + result.timeouts,
      })
    })
    instance.on('response', (_client, status, _bytes, responseTime) => {
      times.push(responseTime)
      statuses[status] = (statuses[status] ?? 0) + 1
    })
  })
}

/**
 * A plain node:http server in its own process: each path answers with the bytes of a file,
 * and with 304 when the request's If-None-Match is the given ETag. The most this machine can
 * serve, to put the portal's figures beside.
 */
export async function startStaticServer(bodies: Record<string, { file: string; type: string; etag?: string }>): Promise<{ url: string; stop(): void }> {
  const port = await freePort()
  const source = `
    const http = require('node:http'); const fs = require('node:fs')
    const bodies = ${JSON.stringify(bodies)}
    const loaded = Object.fromEntries(Object.entries(bodies).map(([p, b]) => [p, { ...b, body: fs.readFileSync(b.file) }]))
    http.createServer((req, res) => {
      const hit = loaded[req.url]
      if (!hit) { res.writeHead(404); return res.end() }
      if (hit.etag && req.headers['if-none-match'] === hit.etag) { res.writeHead(304, { etag: hit.etag }); return res.end() }
      res.writeHead(200, { 'content-type': hit.type, 'content-length': hit.body.length, ...(hit.etag ? { etag: hit.etag } : {}) })
      res.end(hit.body)
    }).listen(${port}, '127.0.0.1', () => console.log('ready'))
  `
  const child = spawn(process.execPath, ['-e', source], { stdio: ['ignore', 'pipe', 'inherit'], detached: true })
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve())
    child.once('exit', () => reject(new Error('the static server exited')))
  })
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => {
      if (child.pid) process.kill(child.pid, 'SIGTERM')
    },
  }
}

export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`
  console.log(line(header))
  console.log(`|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`)
  for (const row of rows) console.log(line(row))
}

export const ms = (value: number): string => value.toFixed(1)

/** One line about the machine, for the record. */
export function machine(): string {
  const load = os.loadavg().map((n) => n.toFixed(1)).join(' / ')
  return `${os.cpus().length} CPUs, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, load average ${load}`
}
