/**
 * `npm run bench:site`: the public site under load, beside a static ceiling, and the weight of
 * each page type.
 *
 * - Starts the built servers with `scripts/start.ts` (the same launcher as `npm start`) on free
 *   ports, with an embedded database in a temp folder, as the e2e tests do.
 * - For each measured path, autocannon (in this process, a second process from the servers)
 *   loads the site and then a plain `node:http` server, in a child process of its own, that
 *   serves the same bytes from memory: the ceiling for this machine.
 * - Weighs each page type in Chromium: HTML, CSS and JS bytes as transferred.
 *
 * BENCH_DURATION (seconds, default 10) and BENCH_CONNECTIONS (default 32) change the load.
 * Prints tables; stops everything it started, by process id.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { freePort, stopService, waitForHealthy } from './lib/processes.ts'

const require = createRequire(import.meta.url)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const duration = Number(process.env.BENCH_DURATION || 10)
const connections = Number(process.env.BENCH_CONNECTIONS || 32)

/** The part of autocannon's API used here (it ships no types). */
interface AutocannonResult {
  requests: { average: number }
  latency: { p50: number; p99: number }
  non2xx: number
  errors: number
  timeouts: number
}
interface AutocannonInstance {
  on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void
}
type Autocannon = (
  options: { url: string; connections: number; duration: number; pipelining?: number },
  done: (err: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance
const autocannon = require('autocannon') as Autocannon

interface LoadResult {
  rps: number
  p50: number
  p95: number
  p99: number
  failed: number
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** Loads `url` for `duration` seconds; percentiles from every response's own time (autocannon reports no p95). */
function load(url: string): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const times: number[] = []
    const instance = autocannon({ url, connections, duration }, (err, result) => {
      if (err) return reject(err)
      const sorted = Float64Array.from(times).sort()
      resolve({
        rps: result.requests.average,
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        p99: percentile(sorted, 99),
        failed: result.non2xx + result.errors + result.timeouts,
      })
    })
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime))
  })
}

/** A plain node:http server in its own process, answering each path with the bytes in a file. */
async function startStaticServer(bodies: Record<string, { file: string; type: string }>): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort()
  const source = `
    const http = require('node:http'); const fs = require('node:fs')
    const bodies = ${JSON.stringify(bodies)}
    const loaded = Object.fromEntries(Object.entries(bodies).map(([p, b]) => [p, { body: fs.readFileSync(b.file), type: b.type }]))
    http.createServer((req, res) => {
      const hit = loaded[req.url]
      if (!hit) { res.writeHead(404); return res.end() }
      res.writeHead(200, { 'content-type': hit.type, 'content-length': hit.body.length })
      res.end(hit.body)
    }).listen(${port}, '127.0.0.1', () => console.log('ready'))
  `
  const child = spawn(process.execPath, ['-e', source], { stdio: ['ignore', 'pipe', 'inherit'], detached: true })
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve())
    child.once('exit', () => reject(new Error('the static server exited')))
  })
  return { child, url: `http://127.0.0.1:${port}` }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1)
const ms = (value: number) => value.toFixed(1)

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`
  console.log(line(header))
  console.log(`|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`)
  for (const row of rows) console.log(line(row))
}

interface Weight {
  name: string
  path: string
  requests: number
  transferred: number
  gzip: number
  compressed: boolean
}

/** HTML, CSS and JS of one page as Chromium received them, and what they come to gzipped. */
async function weighPages(siteUrl: string, pages: Array<[string, string]>): Promise<Weight[]> {
  const { launchBrowser } = await import('../tests/helpers/browser.ts')
  const browser = await launchBrowser()
  const weights: Weight[] = []
  try {
    for (const [name, pagePath] of pages) {
      const page = await browser.newPage()
      const finished: Array<Promise<{ transferred: number; gzip: number; compressed: boolean }>> = []
      page.on('requestfinished', (request) => {
        if (!['document', 'stylesheet', 'script'].includes(request.resourceType())) return
        finished.push(
          (async () => {
            const sizes = await request.sizes()
            const response = await request.response()
            const body = response ? await response.body() : Buffer.alloc(0)
            const encoding = response?.headers()['content-encoding']
            return { transferred: sizes.responseHeadersSize + sizes.responseBodySize, gzip: gzipSync(body, { level: 6 }).length, compressed: Boolean(encoding) }
          })(),
        )
      })
      await page.goto(siteUrl + pagePath, { waitUntil: 'networkidle' })
      const parts = await Promise.all(finished)
      weights.push({
        name,
        path: pagePath,
        requests: parts.length,
        transferred: parts.reduce((sum, p) => sum + p.transferred, 0),
        gzip: parts.reduce((sum, p) => sum + p.gzip, 0),
        compressed: parts.some((p) => p.compressed),
      })
      await page.close()
    }
  } finally {
    await browser.close()
  }
  return weights
}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'coworking-bench-'))
  const [cmsPort, sitePort, dbPort] = [await freePort(), await freePort(), await freePort()]
  const siteUrl = `http://127.0.0.1:${sitePort}`
  let launcher: ChildProcess | undefined
  let staticServer: ChildProcess | undefined
  const cleanUp = async () => {
    if (staticServer) await stopService(staticServer, 2000)
    if (launcher) await stopService(launcher, 20_000)
    rmSync(dataDir, { recursive: true, force: true })
  }
  const onSignal = () => void cleanUp().then(() => process.exit(130))
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)

  try {
    console.log(`[bench] starting the built servers (scripts/start.ts), data in a temp folder`)
    launcher = spawn(process.execPath, ['scripts/start.ts', '--stop-on-stdin-close'], {
      cwd: root,
      detached: true,
      stdio: ['pipe', 'ignore', 'inherit'],
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        DB_PORT: String(dbPort),
        CMS_PORT: String(cmsPort),
        SITE_PORT: String(sitePort),
        HOST: '127.0.0.1',
        ADMIN_EMAIL: 'bench-admin@coworking-region.invalid',
        ADMIN_PASSWORD: randomBytes(12).toString('base64url'),
        DATABASE_URL: '',
        PAYLOAD_SECRET: '',
        SMTP_URL: '',
      },
    })
    await waitForHealthy(`http://127.0.0.1:${cmsPort}/health`, launcher, 540_000)
    await waitForHealthy(`${siteUrl}/health`, launcher, 60_000)

    const targets: Array<[string, string]> = [
      ['home', '/'],
      ['hub directory', '/hubbar'],
      ['hub page', '/hubbar/fjallhubben'],
      ['calendar feed', '/kalender.ics'],
    ]
    // The static server serves exactly the bytes the site sent, so the ceiling is for the same size.
    const bodies: Record<string, { file: string; type: string }> = {}
    for (const [, target] of targets) {
      const res = await fetch(siteUrl + target)
      if (!res.ok) throw new Error(`${target} answered ${res.status}`)
      const file = path.join(dataDir, `static-${Object.keys(bodies).length}`)
      writeFileSync(file, Buffer.from(await res.arrayBuffer()))
      bodies[target] = { file, type: res.headers.get('content-type') ?? 'text/html' }
      // Warm the path: Payload's first queries and Astro's first render are not the steady state.
      for (let i = 0; i < 20; i++) await (await fetch(siteUrl + target)).arrayBuffer()
    }
    const ceiling = await startStaticServer(bodies)
    staticServer = ceiling.child

    console.log(`[bench] ${connections} connections, ${duration} s per run, ${targets.length * 2} runs`)
    // Other work on the machine takes cores from both sides: the load average says how much.
    const loadBefore = os.loadavg()[0]
    const rows: string[][] = []
    for (const [name, target] of targets) {
      const site = await load(siteUrl + target)
      const flat = await load(ceiling.url + target)
      rows.push([
        `${name} ${target}`,
        site.rps.toFixed(0),
        ms(site.p50),
        ms(site.p95),
        ms(site.p99),
        String(site.failed),
        flat.rps.toFixed(0),
        ms(flat.p99),
        `${((100 * site.rps) / flat.rps).toFixed(1)} %`,
        kb(statSync(bodies[target].file).size),
      ])
    }
    const loadAfter = os.loadavg()[0]
    await stopService(staticServer, 2000)
    staticServer = undefined

    const weights = await weighPages(siteUrl, [
      ['home', '/'],
      ['hub directory', '/hubbar'],
      ['hub directory, near a place', '/hubbar?near=Hammarstrand'],
      ['hub page', '/hubbar/fjallhubben'],
      ['hub page with a commute result', '/hubbar/stuguns-bibliotek?home=Hammarstrand&days=5'],
      ['municipality page', '/kommuner/ragunda'],
      ['event list', '/evenemang'],
      ['hub page (English)', '/en/hubs/fjallhubben'],
    ])

    console.log(
      `\nLoad (date ${new Date().toISOString()}, ${os.availableParallelism()} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ` +
        `1-minute load average ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after the load runs)\n`,
    )
    printTable(
      ['path', 'site req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'non-2xx/errors', 'static req/s', 'static p99 ms', 'site/static', 'body KB'],
      rows,
    )
    console.log('\nPage weight: HTML + CSS + JS as transferred (headers included), goal < 50 KB\n')
    printTable(
      ['page', 'requests', 'transferred KB', 'server compressed', 'gzip KB (if compressed)', 'goal < 50 KB'],
      weights.map((w) => [
        `${w.name} ${w.path}`,
        String(w.requests),
        kb(w.transferred),
        w.compressed ? 'yes' : 'no',
        kb(w.gzip),
        w.transferred < 50 * 1024 ? 'met' : 'missed',
      ]),
    )
  } finally {
    await cleanUp()
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exitCode = 1
})
