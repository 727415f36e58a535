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
import { statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { loadTest, startStaticServer, printTable, type LoadResult } from './lib/bench.ts'
import { startPortal, type Portal } from './lib/portal.ts'

const duration = Number(process.env.BENCH_DURATION || 10)
const connections = Number(process.env.BENCH_CONNECTIONS || 32)

/** Responses that were not 2xx, and errors. */
const failed = (result: LoadResult) => result.errors + Object.entries(result.statuses).reduce((n, [code, count]) => (code.startsWith('2') ? n : n + count), 0)
const kb = (bytes: number) => (bytes / 1024).toFixed(1)
const ms = (value: number) => value.toFixed(1)

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
  let portal: Portal | undefined
  let ceiling: { url: string; stop(): void } | undefined
  const cleanUp = async () => {
    ceiling?.stop()
    await portal?.stop()
  }
  const onSignal = () => void cleanUp().then(() => process.exit(130))
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)

  try {
    console.log(`[bench] starting the built servers (scripts/start.ts), data in a temp folder`)
    portal = await startPortal()
    const { siteUrl, dataDir } = portal

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
    ceiling = await startStaticServer(bodies)

    console.log(`[bench] ${connections} connections, ${duration} s per run, ${targets.length * 2} runs`)
    // Other work on the machine takes cores from both sides: the load average says how much.
    const loadBefore = os.loadavg()[0]
    const rows: string[][] = []
    for (const [name, target] of targets) {
      const site = await loadTest(siteUrl + target, { connections, duration })
      const flat = await loadTest(ceiling.url + target, { connections, duration })
      rows.push([
        `${name} ${target}`,
        site.rps.toFixed(0),
        ms(site.p50),
        ms(site.p95),
        ms(site.p99),
        String(failed(site)),
        flat.rps.toFixed(0),
        ms(flat.p99),
        `${((100 * site.rps) / flat.rps).toFixed(1)} %`,
        kb(statSync(bodies[target].file).size),
      ])
    }
    const loadAfter = os.loadavg()[0]
    ceiling.stop()
    ceiling = undefined

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
