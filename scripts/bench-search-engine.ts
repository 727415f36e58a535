/**
 * The engine-level search benchmark (`npm run bench:search -- --engine`): indexes generated
 * hubs and events straight through the SearchEngine interface into a throwaway database (and
 * into Meilisearch under a `bench_` prefix when MEILI_URL is set), then times mixed queries
 * one after another. Prints index time and p50/p95/p99 per query kind and engine.
 *
 * Run through scripts/with-db.ts with a temp, migrated DATA_DIR (bench-search.ts does that); it never
 * touches a database that holds real content: it refuses one that has any hub.
 *
 * `--into-portal` only adds the generated documents to the search index of a benchmark portal
 * (bench-search.ts --items=N passes that portal's database), with ids far above any real
 * item's, so `GET /api/search` can be measured on 10,000 items; nothing is timed or cleared.
 */
import os from 'node:os'
import { sql } from '@payloadcms/db-postgres'
import { getPayload, type Payload } from 'payload'
import config from '../payload.config.ts'
import { AMENITY_KEYS } from '../cms/domain/amenities.ts'
import { foldText } from '../cms/search/normalize.ts'
import { path } from '../cms/domain/routes.ts'
import { meiliConfigFromEnv, meiliEngine } from '../cms/search/meilisearch.ts'
import { createPostgresEngine, executor } from '../cms/search/postgres.ts'
import type { SearchDocument, SearchEngine, SearchLocale, SearchQuery } from '../cms/domain/search/types.ts'
import { percentile } from './lib/stats.ts'

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
const items = Number(arg('items') ?? 10_000)
const queries = Number(arg('queries') ?? 1000)
const intoPortal = process.argv.includes('--into-portal')
/** Generated items are numbered from here: 1 on a throwaway database, far above the demo data's ids in a portal. */
const firstId = intoPortal ? 1_000_000 : 1

/** A small deterministic generator, so every run indexes the same data. */
function rng(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}
const random = rng(20261122)
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]

const MUNICIPALITIES = [
  ['berg', 'Berg'], ['bracke', 'Bräcke'], ['harjedalen', 'Härjedalen'], ['krokom', 'Krokom'],
  ['ragunda', 'Ragunda'], ['stromsund', 'Strömsund'], ['are', 'Åre'], ['ostersund', 'Östersund'],
] as const
const FIRST = ['Fjäll', 'Sjö', 'Skogs', 'Älv', 'Myr', 'Berg', 'Byggnads', 'Kvarn', 'Gård', 'Hälsinge', 'Åsar', 'Östra', 'Norr', 'Sörby', 'Storsjö', 'Kälarne', 'Hammar', 'Lit', 'Järpen', 'Hede']
const SECOND = ['hubben', 'kontoret', 'stugan', 'verket', 'huset', 'gården', 'rummet', 'torget', 'platsen', 'boden']
const EVENT_WORDS = ['Frukostmöte', 'Fika', 'Workshop', 'Föreläsning', 'Nätverksträff', 'Hackathon', 'Kodkväll', 'Lunchprat', 'Studiebesök', 'Seminarium']
const EVENT_TYPES = ['meetup', 'fika', 'workshop'] as const
const TEXT = 'ljusa arbetsplatser snabbt bredband mötesrum kaffe utsikt över sjön parkering nära busshållplats tyst rum skrivare kök'.split(' ')

function generate(n: number): SearchDocument[] {
  const docs: SearchDocument[] = []
  for (let i = firstId; i < firstId + n; i++) {
    const isHub = i % 3 === 1
    const [municipality, municipalityName] = pick(MUNICIPALITIES)
    const title = isHub ? `${pick(FIRST)}${pick(SECOND)} ${i}` : `${pick(EVENT_WORDS)} i ${pick(FIRST)}${pick(SECOND)} ${i}`
    const text = Array.from({ length: 12 }, () => pick(TEXT)).join(' ') + ` ${municipalityName}`
    const lat = 61.6 + random() * 3
    const lng = 12.2 + random() * 4.5
    for (const locale of ['sv', 'en'] as SearchLocale[]) {
      const type = isHub ? 'hub' : 'event'
      docs.push({
        id: `${type}:${i}:${locale}`,
        type,
        docId: i,
        locale,
        slug: foldText(title).replace(/[^a-z0-9]+/g, '-'),
        title,
        text,
        url: path(type, { slug: i }, locale),
        municipality,
        municipalityName,
        amenities: isHub ? AMENITY_KEYS.filter(() => random() < 0.5) : [],
        eventType: isHub ? null : pick(EVENT_TYPES),
        startsAt: isHub ? null : new Date(Date.UTC(2026, 11, 1) + Math.floor(random() * 90) * 86_400_000).toISOString(),
        cancelled: !isHub && random() < 0.05,
        lat: isHub || random() < 0.8 ? lat : null,
        lng: isHub || random() < 0.8 ? lng : null,
      })
    }
  }
  return docs
}

type Kind = 'exact' | 'accent-free' | 'typo' | 'facet filter' | 'geo radius'
const KINDS: Kind[] = ['exact', 'accent-free', 'typo', 'facet filter', 'geo radius']

function makeQueries(docs: SearchDocument[], n: number): Array<{ kind: Kind; query: SearchQuery }> {
  const sv = docs.filter((d) => d.locale === 'sv')
  const out: Array<{ kind: Kind; query: SearchQuery }> = []
  for (let i = 0; i < n; i++) {
    const kind = KINDS[i % KINDS.length]
    const doc = pick(sv)
    const word = doc.title.split(' ').find((w) => w.length >= 6) ?? doc.title
    const base: SearchQuery = { q: '', locale: 'sv', limit: 20, offset: 0, amenities: [] }
    if (kind === 'exact') out.push({ kind, query: { ...base, q: doc.title } })
    else if (kind === 'accent-free') out.push({ kind, query: { ...base, q: foldText(word) } })
    else if (kind === 'typo') {
      const at = 2 + Math.floor(random() * (word.length - 3))
      out.push({ kind, query: { ...base, q: word.slice(0, at) + word.slice(at + 1) } })
    } else if (kind === 'facet filter') out.push({ kind, query: { ...base, q: pick(['hubben', 'kontoret', 'fika', 'workshop']), municipality: pick(MUNICIPALITIES)[0], type: 'hub', amenities: ['wifi'] } })
    else out.push({ kind, query: { ...base, near: { lat: 61.6 + random() * 3, lng: 12.2 + random() * 4.5, radiusKm: 30 } } })
  }
  return out
}

async function measure(engine: SearchEngine, docs: SearchDocument[], label: string, list: ReturnType<typeof makeQueries>) {
  const batch = 500
  const started = performance.now()
  for (let i = 0; i < docs.length; i += batch) {
    await engine.upsert(docs.slice(i, i + batch))
    const done = Math.min(i + batch, docs.length)
    if (process.stdout.isTTY) process.stdout.write(`\r${label}: indexed ${done}/${docs.length} documents`)
    else if (done === docs.length || (done / batch) % 10 === 0) console.log(`${label}: indexed ${done}/${docs.length} documents`)
  }
  const indexSeconds = (performance.now() - started) / 1000
  // As a reindex does (cms/search/rebuild.ts): planner statistics for the new rows, which autovacuum
  // would otherwise gather only within the next minute or so.
  if (engine.name === 'postgres') await (await executor(payload)).execute(sql`ANALYZE search_documents`)
  console.log(`${process.stdout.isTTY ? '\n' : ''}${label}: index time ${indexSeconds.toFixed(1)} s for ${docs.length} documents (${items} items in two languages)`)
  // Warm up: the first queries pay for plans and caches.
  for (const { query } of list.slice(0, 20)) await engine.search(query)
  const times = new Map<Kind | 'all', number[]>()
  const hits = new Map<Kind, number>()
  for (const { kind, query } of list) {
    const t0 = performance.now()
    const result = await engine.search(query)
    const ms = performance.now() - t0
    for (const key of [kind, 'all'] as const) times.set(key, [...(times.get(key) ?? []), ms])
    hits.set(kind, (hits.get(kind) ?? 0) + (result.hits.length ? 1 : 0))
  }
  console.log(`\n| ${label} | queries | with hits | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|---:|`)
  for (const key of [...KINDS, 'all'] as const) {
    const t = times.get(key) ?? []
    const withHits = key === 'all' ? [...hits.values()].reduce((a, b) => a + b, 0) : (hits.get(key) ?? 0)
    console.log(`| ${key} | ${t.length} | ${withHits} | ${percentile(t, 50).toFixed(1)} | ${percentile(t, 95).toFixed(1)} | ${percentile(t, 99).toFixed(1)} |`)
  }
}

async function refuseRealContent(payload: Payload) {
  const hubs = await payload.count({ collection: 'hubs', overrideAccess: true })
  if (hubs.totalDocs > 0) throw new Error('this database has hubs; the engine benchmark runs only on a throwaway database')
}

/** Adds the generated documents to the index of every engine the portal is configured with. */
async function loadIntoPortal(payload: Payload) {
  const docs = generate(items)
  const engines = [createPostgresEngine(payload)]
  const meiliConfig = meiliConfigFromEnv()
  if (meiliConfig) engines.push(meiliEngine(meiliConfig))
  for (const engine of engines) {
    for (let i = 0; i < docs.length; i += 500) await engine.upsert(docs.slice(i, i + 500))
    console.log(`bench:search: added ${docs.length} generated documents (${items} items in two languages) to the ${engine.name} index`)
  }
  await (await executor(payload)).execute(sql`ANALYZE search_documents`)
}

/** Times the Postgres engine, and Meilisearch when MEILI_URL is set, on the same data and queries. */
async function benchmark(payload: Payload) {
  await refuseRealContent(payload)
  console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${new Date().toISOString()}`)
  console.log(`load average before the run (other work on the machine skews figures): ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`)
  const docs = generate(items)
  const list = makeQueries(docs, queries)
  const postgres = createPostgresEngine(payload)
  await postgres.clear()
  await measure(postgres, docs, 'postgres', list)
  const meiliConfig = meiliConfigFromEnv({ ...process.env, MEILI_INDEX_PREFIX: 'bench_' })
  if (meiliConfig) {
    const meili = meiliEngine(meiliConfig)
    await meili.dropIndexes()
    try {
      await measure(meili, docs, 'meilisearch', list)
    } finally {
      await meili.dropIndexes()
    }
  } else {
    console.log('\nmeilisearch: not measured, MEILI_URL not set')
  }
}

const payload = await getPayload({ config })
let code = 0
try {
  await (intoPortal ? loadIntoPortal(payload) : benchmark(payload))
} catch (err) {
  console.error(`bench:search ${intoPortal ? '--items' : '--engine'} failed: ${err instanceof Error ? err.message : String(err)}`)
  code = 1
} finally {
  await payload.destroy()
}
process.exit(code)
