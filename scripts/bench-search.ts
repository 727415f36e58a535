/**
 * `npm run bench:search`: the search benchmark, in two parts (both by default):
 *
 * 1. The engines (`--engine` for this part alone): 10,000 generated hubs and events indexed
 *    through the SearchEngine interface into a throwaway database (and Meilisearch when
 *    MEILI_URL is set), then 1,000 mixed queries one after another: index time and
 *    p50/p95/p99 per query kind and engine (scripts/bench-search-engine.ts).
 * 2. The real path end to end (`--http` for this part alone): the site's `GET /api/search`
 *    load-tested with autocannon for a handful of representative queries: p50/p95/p99,
 *    requests per second and the engine that answered. Without `--url` it starts the portal
 *    the way the e2e tests do (scripts/start.ts: production builds, an embedded database in a
 *    temp folder, free ports, demo data), adds the same generated items to its search index
 *    (scripts/bench-search-engine.ts --into-portal), and stops it afterwards; MEILI_URL and
 *    friends are passed through, so the configured engine is measured.
 *
 *   npm run bench:search -- [--engine | --http] [--items=10000] [--queries=1000]
 *                           [--url=http://127.0.0.1:4321] [--duration=10] [--connections=10]
 *
 * `--items=0 --http` measures the demo data alone; `--url` implies `--http` and adds nothing.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { freePort } from './lib/processes.ts'
import { percentile } from './lib/stats.ts'
import { startPortal as startBuiltPortal, type Portal } from './lib/portal.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=')
const duration = Number(arg('duration') ?? 10)
const connections = Number(arg('connections') ?? 10)
const items = Number(arg('items') ?? 10_000)
const given = arg('url')
const runEngines = !process.argv.includes('--http') && !given
const runHttp = !process.argv.includes('--engine')
if (!(duration > 0 && duration <= 600) || !(Number.isInteger(connections) && connections > 0 && connections <= 1000)) {
  console.error('bench:search: --duration must be 1-600 seconds and --connections 1-1000')
  process.exit(2)
}
if (!(Number.isInteger(items) && items >= 0 && items <= 100_000) || (runEngines && items === 0)) {
  console.error('bench:search: --items must be 1-100000 (0 only with --http)')
  process.exit(2)
}

/** Representative queries: the kinds people type, per the search issue. */
const QUERIES: Array<{ name: string; query: string }> = [
  { name: 'exact', query: 'q=Fjällhubben' },
  { name: 'accent-free', query: 'q=ostersund' },
  { name: 'typo', query: 'q=fjalhubben' },
  { name: 'facet filter', query: 'q=hubb&type=hub&amenity=wifi' },
  { name: 'geo radius', query: 'lat=63.1792&lng=14.6357&radiusKm=50' },
  { name: 'prefix, en', query: 'q=fjall&locale=en' },
]

const runNode = (args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<number>((resolve) => spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env }).on('exit', (c) => resolve(c ?? 1)))

/** Part 1, in a throwaway migrated database of its own. */
async function benchEngines(): Promise<number> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'coworking-bench-engine-'))
  const passed = [`--items=${items}`, ...process.argv.filter((a) => a.startsWith('--queries='))]
  const env = { ...process.env, DATA_DIR: dir, DB_PORT: String(await freePort()), DATABASE_URL: '', PAYLOAD_SECRET: '', PAYLOAD_DB_PUSH: 'false', MEILI_SYNC_WORKER: 'off' }
  try {
    // The migrations need the payload CLI's TypeScript loader; the benchmark itself runs on plain Node.
    const code = await runNode(['scripts/with-db.ts', path.join(root, 'node_modules/.bin/payload'), 'migrate'], env)
    return code === 0 ? await runNode(['scripts/with-db.ts', process.execPath, 'scripts/bench-search-engine.ts', ...passed], env) : code
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (runEngines) {
  const code = await benchEngines()
  if (code !== 0 || !runHttp) process.exit(code)
}

let portal: Portal | undefined

async function startPortal(): Promise<string> {
  portal = await startBuiltPortal()
  if (items > 0) {
    const env = { ...process.env, DATABASE_URL: portal.databaseUrl, PAYLOAD_SECRET: portal.payloadSecret, PAYLOAD_DB_PUSH: 'false', MEILI_SYNC_WORKER: 'off' }
    const code = await runNode(['scripts/bench-search-engine.ts', '--into-portal', `--items=${items}`], env)
    if (code !== 0) throw new Error(`adding ${items} generated items to the portal's index failed`)
  }
  return portal.siteUrl
}

async function stopPortal(): Promise<void> {
  await portal?.stop()
}

interface Row {
  name: string
  engine: string
  hits: number
  p50: number
  p95: number
  p99: number
  rps: number
  requests: number
  bad: number
}

function run(url: string): Promise<Row & { latencies: number[] }> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = []
    const instance = autocannon({ url, connections, duration }, (err, result) => {
      if (err) return reject(err)
      resolve({
        name: '',
        engine: '',
        hits: 0,
        latencies,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        rps: result.requests.average,
        requests: result.requests.total,
        bad: result.non2xx + result.errors + result.timeouts,
      })
    })
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms))
  })
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-')

let exitCode = 0
try {
  const base = (given ?? (await startPortal())).replace(/\/$/, '')
  const data = given ? 'the data of that portal' : items ? `demo data and ${items} generated items` : 'demo data'
  console.log(`\nbench:search: ${base}/api/search, ${connections} connections, ${duration} s per query, ${data}`)
  console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${new Date().toISOString()}`)
  console.log(`load average before the run (other work on the machine skews figures): ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}\n`)
  const rows: Row[] = []
  for (const { name, query } of QUERIES) {
    const url = `${base}/api/search?${query}`
    // One plain request first: it must succeed, and it tells which engine answers.
    const first = await fetch(url)
    const body = (await first.json()) as { engine?: string; total?: number; error?: string }
    if (!first.ok) throw new Error(`${name}: ${url} answered ${first.status} ${body.error ?? ''}`)
    const row = await run(url)
    rows.push({ ...row, name, engine: body.engine ?? '?', hits: body.total ?? 0 })
    console.log(`  ${name}: done`)
  }
  console.log('')
  console.log('| query | engine | hits | p50 ms | p95 ms | p99 ms | req/s | requests | non-2xx/errors |')
  console.log('|---|---|---|---|---|---|---|---|---|')
  for (const r of rows) {
    console.log(`| ${r.name} | ${r.engine} | ${r.hits} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${fmt(r.rps)} | ${r.requests} | ${r.bad} |`)
  }
  if (rows.some((r) => r.bad > 0)) {
    console.error('\nbench:search: some requests failed; the figures above are not clean')
    exitCode = 1
  }
} catch (err) {
  console.error(`bench:search failed: ${err instanceof Error ? err.message : String(err)}`)
  exitCode = 1
} finally {
  await stopPortal()
}
process.exit(exitCode)
