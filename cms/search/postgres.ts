import { sql } from '@payloadcms/db-postgres'

type SQL = ReturnType<typeof sql>
import type { Payload, PayloadRequest } from 'payload'
import { foldText, highlightToHtml, MARK_END, MARK_START, prefixTsQuery, queryWords } from './normalize.ts'
import type { SearchDocType, SearchDocument, SearchEngine, SearchFacets, SearchHit, SearchQuery, SearchResult } from './types.ts'

/** Full-text finds fewer hits than this: try trigram similarity on titles as well (typos). */
const FEW_HITS = 3
/** A title matches a typo when its trigram similarity to the query is above this… */
const SIMILARITY_THRESHOLD = 0.3
/** …or when some stretch of it is this similar to the query (word similarity). */
const WORD_SIMILARITY_THRESHOLD = 0.45
/** Documents per INSERT statement when indexing. */
const UPSERT_BATCH = 500

interface Executor {
  execute: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }>
}
type TransactionalExecutor = Executor & { transaction?: <T>(fn: (tx: Executor) => Promise<T>) => Promise<T> }

/** The transaction of `req` when there is one, so index writes commit or roll back with the edit. */
export async function executor(payload: Payload, req?: Partial<PayloadRequest>): Promise<Executor> {
  const adapter = payload.db as unknown as { drizzle: Executor; sessions?: Record<string | number, { db: Executor }> }
  const id = req?.transactionID ? await req.transactionID : undefined
  return (id != null && adapter.sessions?.[id]?.db) || adapter.drizzle
}

/**
 * Runs `fn` in a transaction (a savepoint inside the request's transaction), with the trigram
 * thresholds set for that transaction only: the index-backed `%` and `%>` operators read them
 * from the settings, and SET LOCAL keeps them off the pool's other connections.
 */
async function withTrigramThresholds<T>(db: Executor, fn: (tx: Executor) => Promise<T>): Promise<T> {
  const run = async (tx: Executor) => {
    await tx.execute(sql`SELECT set_config('pg_trgm.similarity_threshold', ${String(SIMILARITY_THRESHOLD)}, true),
      set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true)`)
    return fn(tx)
  }
  const transactional = db as TransactionalExecutor
  return transactional.transaction ? transactional.transaction(run) : run(db)
}

const configFor = (locale: string) => (locale === 'en' ? sql`'coworking_en'::regconfig` : sql`'coworking_sv'::regconfig`)

function filters(query: SearchQuery): SQL[] {
  const where: SQL[] = [sql`locale = ${query.locale}`]
  if (query.type) where.push(sql`type = ${query.type}`)
  if (query.municipality) where.push(sql`municipality = ${query.municipality}`)
  if (query.eventType) where.push(sql`event_type = ${query.eventType}`)
  for (const amenity of query.amenities ?? []) where.push(sql`${amenity} = ANY(amenities)`)
  if (query.near) where.push(sql`lat IS NOT NULL AND lng IS NOT NULL AND ${boxSql(query.near)} AND ${distanceSql(query.near)} <= ${query.near.radiusKm}`)
  return where
}

/**
 * A bounding box around the radius, served by the GiST index on point(lng, lat), so only the
 * rows inside it have their exact distance computed. Near a pole (or a radius wider than the
 * longitudes allow) the box spans every longitude.
 */
function boxSql(p: { lat: number; lng: number; radiusKm: number }): SQL {
  const dLat = p.radiusKm / 110.574 + 0.01
  const cos = Math.cos((p.lat * Math.PI) / 180)
  const dLng = cos > 0.01 ? p.radiusKm / (111.32 * cos) + 0.01 : 360
  const [minLat, maxLat] = [Math.max(-90, p.lat - dLat), Math.min(90, p.lat + dLat)]
  const [minLng, maxLng] = dLng >= 180 ? [-180, 180] : [p.lng - dLng, p.lng + dLng]
  // A box crossing the antimeridian is widened to every longitude rather than split.
  const [lo, hi] = minLng < -180 || maxLng > 180 ? [-180, 180] : [minLng, maxLng]
  return sql`point(lng, lat) <@ box(point(${lo}::float8, ${minLat}::float8), point(${hi}::float8, ${maxLat}::float8))`
}

/** Haversine in SQL: plain lat/lng columns, no PostGIS. */
function distanceSql(p: { lat: number; lng: number }): SQL {
  return sql`(2 * 6371.0088 * asin(least(1, sqrt(
    power(sin(radians(lat - ${p.lat}) / 2), 2) +
    cos(radians(${p.lat})) * cos(radians(lat)) * power(sin(radians(lng - ${p.lng}) / 2), 2)))))`
}

const and = (parts: SQL[]) => sql.join(parts, sql` AND `)

export function createPostgresEngine(payload: Payload, req?: Partial<PayloadRequest>): SearchEngine {
  return {
    name: 'postgres',

    async upsert(docs: SearchDocument[]) {
      const db = await executor(payload, req)
      // One statement per batch; the last document of an id wins, as one INSERT may not touch a row twice.
      const unique = [...new Map(docs.map((d) => [d.id, d])).values()]
      for (let i = 0; i < unique.length; i += UPSERT_BATCH) {
        const rows = unique.slice(i, i + UPSERT_BATCH).map((d) => ({
          id: d.id, type: d.type, doc_id: d.docId, locale: d.locale, slug: d.slug, title: d.title, title_folded: foldText(d.title),
          text: d.text, url: d.url, municipality: d.municipality, municipality_name: d.municipalityName, amenities: d.amenities,
          event_type: d.eventType, starts_at: d.startsAt, cancelled: d.cancelled, lat: d.lat, lng: d.lng,
        }))
        await db.execute(sql`
          INSERT INTO search_documents
            (id, type, doc_id, locale, slug, title, title_folded, text, url, municipality, municipality_name,
             amenities, event_type, starts_at, cancelled, lat, lng, updated_at)
          SELECT d.id, d.type, d.doc_id, d.locale, d.slug, d.title, d.title_folded, d.text, d.url, d.municipality, d.municipality_name,
             ARRAY(SELECT jsonb_array_elements_text(d.amenities)), d.event_type, d.starts_at, d.cancelled, d.lat, d.lng, now()
          FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS d(
            id text, type text, doc_id integer, locale text, slug text, title text, title_folded text, text text, url text,
            municipality text, municipality_name text, amenities jsonb, event_type text, starts_at timestamptz, cancelled boolean,
            lat double precision, lng double precision)
          ON CONFLICT (id) DO UPDATE SET
            slug = EXCLUDED.slug, title = EXCLUDED.title, title_folded = EXCLUDED.title_folded, text = EXCLUDED.text,
            url = EXCLUDED.url, municipality = EXCLUDED.municipality, municipality_name = EXCLUDED.municipality_name,
            amenities = EXCLUDED.amenities, event_type = EXCLUDED.event_type, starts_at = EXCLUDED.starts_at,
            cancelled = EXCLUDED.cancelled, lat = EXCLUDED.lat, lng = EXCLUDED.lng, updated_at = now()`)
      }
    },

    async remove(items: Array<{ type: SearchDocType; docId: number }>) {
      const db = await executor(payload, req)
      for (const item of items) await db.execute(sql`DELETE FROM search_documents WHERE type = ${item.type} AND doc_id = ${item.docId}`)
    },

    async replace(items: Array<{ type: SearchDocType; docId: number }>, docs: SearchDocument[]) {
      await this.remove(items)
      await this.upsert(docs)
    },

    async clear() {
      await (await executor(payload, req)).execute(sql`DELETE FROM search_documents`)
    },

    async count() {
      const rows = await (await executor(payload, req)).execute(sql`SELECT count(*)::int AS n FROM search_documents`)
      return Number(rows.rows[0]?.n ?? 0)
    },

    async search(query: SearchQuery): Promise<SearchResult> {
      const started = performance.now()
      const words = queryWords(query.q)
      const tsquery = prefixTsQuery(words)
      const folded = words.join(' ')
      const base = filters(query)
      const config = configFor(query.locale)
      const ts = tsquery ? sql`to_tsquery(${config}, ${tsquery})` : null
      const distance = query.near ? distanceSql(query.near) : sql`NULL::float8`
      const columns = (score: SQL) =>
        sql`id, type, municipality, event_type, amenities, starts_at, title, ${score} AS score, ${distance} AS distance_km`

      // Full text first, through the GIN index on tsv. Trigram similarity on the folded title joins
      // in only when full text finds few: the gate is a one-time filter, so otherwise that scan never
      // runs, and when it does, `%>` is served by the language's partial trigram GIN index (which
      // also covers the language filter, so the planner has no reason to scan every row of the
      // language through the (locale, type) index and test similarity on each).
      // Typos: a stretch of the title close to the query (word similarity, `%>`), which also
      // covers the whole-title similarity for one word; for several words whole-title similarity
      // mostly adds titles that merely share a common word or number, at the cost of rechecking
      // thousands of index candidates. "Did you mean" still uses whole-title similarity (`%`).
      const similarTitle = sql`title_folded %> ${folded}`
      const matches = ts
        ? sql`
          full_text AS MATERIALIZED (
            SELECT ${columns(sql`ts_rank_cd(tsv, ${ts}) + similarity(title_folded, ${folded}) * 0.5`)}
            FROM search_documents WHERE ${and([...base, sql`tsv @@ ${ts}`])}),
          trigram AS MATERIALIZED (
            SELECT ${columns(sql`similarity(title_folded, ${folded}) * 0.5`)}
            FROM search_documents
            WHERE ${and([...base, similarTitle])} AND id NOT IN (SELECT id FROM full_text)
              AND (SELECT count(*) FROM full_text) < ${FEW_HITS}),
          m AS MATERIALIZED (SELECT * FROM full_text UNION ALL SELECT * FROM trigram)`
        : sql`m AS MATERIALIZED (SELECT ${columns(sql`0::float8`)} FROM search_documents WHERE ${and(base)})`
      // Without a query: nearest first when near a place, else soonest events and hubs by name.
      const order = ts
        ? sql`score DESC, starts_at NULLS FIRST, title, id`
        : query.near
          ? sql`distance_km ASC, title, id`
          : sql`type, starts_at NULLS FIRST, title, id`
      // Snippets only for the page shown, not for every match.
      const snippet = ts
        ? sql`ts_headline(${config}, d.text, ${ts}, ${`StartSel=${MARK_START},StopSel=${MARK_END},MaxWords=35,MinWords=15`})`
        : sql`left(d.text, 160)`
      const counted = (column: string) =>
        sql`(SELECT coalesce(json_object_agg(v, n), '{}'::json) FROM (
          SELECT ${sql.raw(column)} AS v, count(*) AS n FROM m WHERE ${sql.raw(column)} IS NOT NULL GROUP BY 1) f)`

      const db = await executor(payload, req)
      const { summary, didYouMean } = await withTrigramThresholds(db, async (tx) => {
        const result = await tx.execute(sql`
          WITH ${matches},
          page AS (SELECT id, score, distance_km, row_number() OVER (ORDER BY ${order}) AS ord FROM m ORDER BY ${order}
                   LIMIT ${query.limit} OFFSET ${query.offset})
          SELECT
            (SELECT count(*)::int FROM m) AS total,
            (SELECT coalesce(json_agg(json_build_object(
                'type', d.type, 'slug', d.slug, 'title', d.title, 'url', d.url, 'municipality', d.municipality,
                'starts_at', d.starts_at, 'cancelled', d.cancelled, 'snippet', ${snippet}, 'distance_km', page.distance_km)
              ORDER BY page.ord), '[]'::json)
             FROM page JOIN search_documents d ON d.id = page.id) AS hits,
            ${counted('type')} AS type_facet,
            ${counted('municipality')} AS municipality_facet,
            ${counted('event_type')} AS event_type_facet,
            (SELECT coalesce(json_object_agg(v, n), '{}'::json) FROM (
               SELECT a AS v, count(*) AS n FROM m, unnest(m.amenities) AS a GROUP BY 1) f) AS amenity_facet`)
        const summary = result.rows[0] ?? {}
        let didYouMean: string | null = null
        if ((summary.hits as unknown[] | undefined)?.length === 0 && folded) {
          const similar = await tx.execute(sql`
            SELECT title FROM search_documents WHERE locale = ${query.locale} AND title_folded % ${folded}
            ORDER BY similarity(title_folded, ${folded}) DESC, title LIMIT 1`)
          didYouMean = (similar.rows[0]?.title as string | undefined) ?? null
        }
        return { summary, didYouMean }
      })

      const counts = (value: unknown) => Object.fromEntries(Object.entries((value ?? {}) as Record<string, unknown>).map(([k, n]) => [k, Number(n)]))
      const facets: SearchFacets = {
        type: counts(summary.type_facet),
        municipality: counts(summary.municipality_facet),
        amenity: counts(summary.amenity_facet),
        eventType: counts(summary.event_type_facet),
      }
      const hits: SearchHit[] = ((summary.hits ?? []) as Record<string, unknown>[]).map((r) => ({
        type: r.type as SearchDocType,
        slug: String(r.slug),
        title: String(r.title),
        url: String(r.url),
        snippet: highlightToHtml(String(r.snippet ?? '')),
        municipality: (r.municipality as string | null) ?? null,
        startsAt: r.starts_at ? new Date(r.starts_at as string).toISOString() : null,
        cancelled: Boolean(r.cancelled),
        distanceKm: r.distance_km == null ? null : Math.round(Number(r.distance_km) * 10) / 10,
      }))
      return {
        hits,
        total: Number(summary.total ?? 0),
        facets,
        engine: 'postgres',
        didYouMean,
        tookMs: Math.round((performance.now() - started) * 10) / 10,
      }
    },

    async health() {
      try {
        await (await executor(payload)).execute(sql`SELECT 1 FROM search_documents LIMIT 1`)
        return true
      } catch {
        return false
      }
    },
  }
}
