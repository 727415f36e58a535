/**
 * `npm run bench:calendar`: the network's calendar feed with 1,000 events.
 *
 * 1. Starts the built portal (demo data, temp folder, free ports) and adds BENCH_EVENTS (default
 *    1,000) published public events through the CMS's REST API as the admin.
 * 2. Building the feed in this process with the site's own code (`calendarResponse`) from those
 *    events: the time to make the body, its ETag, and a 304 answer.
 * 3. Server time over HTTP, one request at a time: `/kalender.ics` in full (200) and
 *    conditionally (If-None-Match, 304).
 * 4. Throughput under load (autocannon, BENCH_CONNECTIONS, BENCH_DURATION) of both, beside a
 *    plain node:http server serving the same bytes and ETag: the ceiling on this machine.
 *
 * Prints tables; stops everything it started.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { calendarResponse, feedSince } from '../site/features/calendar/calendarFeed.ts'
import { forgetEventTexts } from '../cms/domain/calendar/eventCalendar.ts'
import type { FeedEvent } from '../site/lib/cms.ts'
import { loadTest, machine, ms, printTable, startPortal, startStaticServer, type Portal } from './lib/bench.ts'
import { percentile } from './lib/stats.ts'

const EVENTS = Number(process.env.BENCH_EVENTS || 1000)
const duration = Number(process.env.BENCH_DURATION || 10)
const connections = Number(process.env.BENCH_CONNECTIONS || 32)
const RUNS = 50

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.url}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/** Adds `count` events through the REST API, a few at a time, spread over the coming weeks. */
async function addEvents(portal: Portal, count: number): Promise<void> {
  const { token } = await json<{ token: string }>(
    await fetch(`${portal.cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: portal.adminEmail, password: portal.adminPassword }),
    }),
  )
  const headers = { 'content-type': 'application/json', authorization: `JWT ${token}` }
  const { docs: hubs } = await json<{ docs: Array<{ id: number; name: string }> }>(await fetch(`${portal.cmsUrl}/api/hubs?limit=100&depth=0`, { headers }))
  const started = performance.now()
  let next = 0
  const worker = async () => {
    while (next < count) {
      const i = next++
      const hub = hubs[i % hubs.length]
      const start = new Date(Date.now() + (1 + (i % 40)) * 86_400_000 + (i % 9) * 3_600_000)
      start.setUTCMinutes(0, 0, 0)
      await json(
        await fetch(`${portal.cmsUrl}/api/events`, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            title: `Benchmarkträff ${i + 1}: kaffe, samtal; och planering`,
            summary: `Träff nummer ${i + 1} på ${hub.name}. Välkommen – ta med en kollega!`,
            start: start.toISOString(),
            end: new Date(start.getTime() + 90 * 60_000).toISOString(),
            venueKind: 'hub',
            hub: hub.id,
            organiser: `${hub.name} (benchmark)`,
            type: 'meetup',
            audience: 'public',
            status: 'scheduled',
            _status: 'published',
          }),
        }),
      )
      if ((i + 1) % 100 === 0) console.log(`[bench] ${i + 1}/${count} events added`)
    }
  }
  await Promise.all(Array.from({ length: 4 }, worker))
  console.log(`[bench] added ${count} events in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

function summary(times: number[]): string[] {
  return [ms(percentile(times, 50)), ms(percentile(times, 95)), ms(Math.max(...times))]
}

/** The site's feed code in this process, on the same events the site serves. */
async function buildInProcess(portal: Portal): Promise<string[][]> {
  const since = feedSince().toISOString()
  const { docs } = await json<{ docs: FeedEvent[] }>(
    await fetch(`${portal.cmsUrl}/api/events?limit=5000&depth=1&sort=start&where[start][greater_than_equal]=${encodeURIComponent(since)}`),
  )
  const request = new Request('http://localhost/kalender.ics')
  const build = (events: FeedEvent[]) => calendarResponse({ request, events, origin: 'http://localhost', locale: 'sv' })
  const first = build(docs)
  const etag = first.headers.get('etag')!
  const conditional = new Request('http://localhost/kalender.ics', { headers: { 'if-none-match': etag } })
  const cold: number[] = []
  const oneChanged: number[] = []
  const notModified: number[] = []
  for (let i = 0; i < RUNS; i++) {
    // Cold: no event's text remembered, as after a restart.
    forgetEventTexts()
    let t = performance.now()
    await build(docs).text()
    cold.push(performance.now() - t)
    // One event edited since the last build: only it is formatted again.
    const changed = docs.map((e, j) => (j === i % docs.length ? { ...e, title: `${e.title} (${i})`, updatedAt: new Date(Date.now() + i).toISOString() } : e))
    t = performance.now()
    await build(changed).text()
    oneChanged.push(performance.now() - t)
    t = performance.now()
    const response = calendarResponse({ request: conditional, events: docs, origin: 'http://localhost', locale: 'sv' })
    if (response.status !== 304) throw new Error(`expected 304, got ${response.status}`)
    notModified.push(performance.now() - t)
  }
  return [
    [`build ${docs.length} events, cold → body + ETag (200)`, ...summary(cold)],
    [`rebuild ${docs.length} events after one changed (200)`, ...summary(oneChanged)],
    [`build ${docs.length} events → 304`, ...summary(notModified)],
  ]
}

/** One request at a time over HTTP: what a subscriber's calendar waits for. */
async function serverTimes(url: string): Promise<{ rows: string[][]; body: string; etag: string; events: number }> {
  const first = await fetch(url)
  const body = await first.text()
  const etag = first.headers.get('etag')!
  const full: number[] = []
  const notModified: number[] = []
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now()
    await (await fetch(url)).arrayBuffer()
    full.push(performance.now() - t)
    t = performance.now()
    const response = await fetch(url, { headers: { 'if-none-match': etag } })
    await response.arrayBuffer()
    if (response.status !== 304) throw new Error(`expected 304, got ${response.status}`)
    notModified.push(performance.now() - t)
  }
  return {
    rows: [
      ['GET /kalender.ics (200)', ...summary(full)],
      ['GET /kalender.ics, If-None-Match (304)', ...summary(notModified)],
    ],
    body,
    etag,
    events: body.split('BEGIN:VEVENT').length - 1,
  }
}

async function main() {
  console.log(`[bench] ${machine()}`)
  const portal = await startPortal()
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'coworking-bench-ics-'))
  try {
    await addEvents(portal, EVENTS)
    const feedUrl = `${portal.siteUrl}/kalender.ics`

    const inProcess = await buildInProcess(portal)
    const served = await serverTimes(feedUrl)
    console.log(`\n/kalender.ics holds ${served.events} events, ${(served.body.length / 1024).toFixed(0)} KB\n`)
    printTable(['One at a time (ms)', 'p50', 'p95', 'max'], [...inProcess, ...served.rows])

    const file = path.join(scratch, 'kalender.ics')
    writeFileSync(file, served.body)
    const ceiling = await startStaticServer({ '/kalender.ics': { file, type: 'text/calendar; charset=utf-8', etag: served.etag } })
    try {
      const rows: string[][] = []
      for (const [name, headers] of [
        ['200', {}],
        ['304', { 'if-none-match': served.etag }],
      ] as const) {
        const site = await loadTest(feedUrl, { connections, duration, headers })
        const still = await loadTest(`${ceiling.url}/kalender.ics`, { connections, duration, headers })
        const codes = (r: typeof site) => Object.entries(r.statuses).map(([code, n]) => `${code}×${n}`).join(' ')
        rows.push([`/kalender.ics ${name}`, site.rps.toFixed(0), ms(site.p50), ms(site.p99), still.rps.toFixed(0), `${((site.rps / still.rps) * 100).toFixed(1)} %`, codes(site)])
      }
      console.log(`\nUnder load: ${connections} connections, ${duration} s each\n`)
      printTable(['Request', 'site req/s', 'p50 ms', 'p99 ms', 'ceiling req/s', 'site / ceiling', 'statuses'], rows)
    } finally {
      ceiling.stop()
    }
    console.log(`\n[bench] done; ${machine()}`)
  } finally {
    rmSync(scratch, { recursive: true, force: true })
    await portal.stop()
  }
}

await main()
