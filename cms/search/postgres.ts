import { sql } from '@payloadcms/db-postgres'

type SQL = ReturnType<typeof sql>
import type { Payload, PayloadRequest } from 'payload'
import { foldText, highlightToHtml, MARK_END, MARK_START, prefixTsQuery, queryWords } from './normalize.ts'
import { type Candidate, CANDIDATES_PER_WORD, chooseCorrections, correctedTsQuery, dictionaryWords, isCorrectable } from './typos.ts'
import type { SearchDocType, SearchDocument, SearchEngine, SearchFacets, SearchHit, SearchQuery, SearchResult } from '../domain/search/types.ts'

/** Full-text finds fewer hits than this: look for typos too (cms/search/typos.ts). */
const FEW_HITS = 3
/** "Did you mean": the most similar title, when it is at least this similar to the whole query. */
const SIMILARITY_THRESHOLD = 0.3
/** Documents per INSERT statement when indexing. */
const UPSERT_BATCH = 500

interface Executor {
  execute: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }>
}

/** The transaction of `req` when there is one, so index writes commit or roll back with the edit. */
export async function executor(payload: Payload, req?: Partial<PayloadRequest>): Promise<Executor> {
  const adapter = payload.db as unknown as { drizzle: Executor; sessions?: Record<string | number, { db: Executor }> }
  const id = req?.transactionID ? await req.transactionID : undefined
  return (id != null && adapter.sessions?.[id]?.db) || adapter.drizzle
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
          words: dictionaryWords(d.title, d.municipalityName),
          text: d.text, url: d.url, municipality: d.municipality, municipality_name: d.municipalityName, amenities: d.amenities,
          event_type: d.eventType, starts_at: d.startsAt, cancelled: d.cancelled, lat: d.lat, lng: d.lng,
        }))
        await db.execute(sql`
          INSERT INTO search_documents
            (id, type, doc_id, locale, slug, title, title_folded, text, url, municipality, municipality_name,
             amenities, event_type, starts_at, cancelled, lat, lng, words, updated_at)
          SELECT d.id, d.type, d.doc_id, d.locale, d.slug, d.title, d.title_folded, d.text, d.url, d.municipality, d.municipality_name,
             ARRAY(SELECT jsonb_array_elements_text(d.amenities)), d.event_type, d.starts_at, d.cancelled, d.lat, d.lng,
             ARRAY(SELECT jsonb_array_elements_text(d.words)), now()
          FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS d(
            id text, type text, doc_id integer, locale text, slug text, title text, title_folded text, words jsonb, text text, url text,
            municipality text, municipality_name text, amenities jsonb, event_type text, starts_at timestamptz, cancelled boolean,
            lat double precision, lng double precision)
          ON CONFLICT (id) DO UPDATE SET
            slug = EXCLUDED.slug, title = EXCLUDED.title, title_folded = EXCLUDED.title_folded, text = EXCLUDED.text,
            url = EXCLUDED.url, municipality = EXCLUDED.municipality, municipality_name = EXCLUDED.municipality_name,
            amenities = EXCLUDED.amenities, event_type = EXCLUDED.event_type, starts_at = EXCLUDED.starts_at,
            cancelled = EXCLUDED.cancelled, lat = EXCLUDED.lat, lng = EXCLUDED.lng, words = EXCLUDED.words, updated_at = now()`)
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
      const distance = query.near ? distanceSql(query.near) : sql`NULL::float8`
      // A title that is the query, or begins with it, goes first among equal text ranks.
      const titleBoost = sql`CASE WHEN title_folded = ${folded} THEN 1 WHEN starts_with(title_folded, ${folded}) THEN 0.5 ELSE 0 END`
      // Without a query: nearest first when near a place, else soonest events and hubs by name.
      const order = tsquery
        ? sql`score DESC, starts_at NULLS FIRST, title, id`
        : query.near
          ? sql`distance_km ASC, title, id`
          : sql`type, starts_at NULLS FIRST, title, id`
      const counted = (column: string) =>
        sql`(SELECT coalesce(json_object_agg(v, n), '{}'::json) FROM (
          SELECT ${sql.raw(column)} AS v, count(*) AS n FROM m WHERE ${sql.raw(column)} IS NOT NULL GROUP BY 1) f)`

      /** One statement: the matches (full text through the language's GIN index), their count, the page and the facets. */
      const statement = (ts: SQL | null, score: SQL) => {
        const matches = ts ? and([...base, sql`tsv @@ ${ts}`]) : and(base)
        // Snippets only for the page shown, not for every match.
        const snippet = ts
          ? sql`ts_headline(${config}, d.text, ${ts}, ${`StartSel=${MARK_START},StopSel=${MARK_END},MaxWords=35,MinWords=15`})`
          : sql`left(d.text, 160)`
        return sql`
          WITH m AS MATERIALIZED (
            SELECT id, type, municipality, event_type, amenities, starts_at, title, ${score} AS score, ${distance} AS distance_km
            FROM search_documents WHERE ${matches}),
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
               SELECT a AS v, count(*) AS n FROM m, unnest(m.amenities) AS a GROUP BY 1) f) AS amenity_facet`
      }

      const db = await executor(payload, req)
      const ts = tsquery ? sql`to_tsquery(${config}, ${tsquery})` : null
      let summary = (await db.execute(statement(ts, ts ? sql`ts_rank_cd(tsv, ${ts}) + ${titleBoost}` : sql`0::float8`))).rows[0] ?? {}

      // Typos, when full text finds few: per query word, a known word it begins (if any: then it
      // is no typo) and the known words nearest it, both through the trigram index on the
      // language's dictionary (cms/migrations/20261122_150000_search_dictionary.ts); the
      // corrections chosen from them (cms/search/typos.ts); and full text once more with each word
      // or its corrections. What the query itself matches still ranks first. Query words are
      // letters and digits only, so LIKE sees no wildcard but the one added.
      const lookups = words.map((word, i) => ({ i, word })).filter(({ word }) => isCorrectable(word))
      if (ts && Number(summary.total ?? 0) < FEW_HITS && lookups.length > 0) {
        const found = await db.execute(sql`
          SELECT q.i, c.word AS known, c.similarity
          FROM jsonb_to_recordset(${JSON.stringify(lookups)}::jsonb) AS q(i int, word text)
          CROSS JOIN LATERAL (
            (SELECT w.word, 1 AS similarity FROM search_words w
             WHERE w.locale = ${query.locale} AND w.word LIKE q.word || '%' LIMIT 1)
            UNION ALL
            (SELECT w.word, word_similarity(q.word, w.word) FROM search_words w
             WHERE w.locale = ${query.locale} ORDER BY w.word <->> q.word LIMIT ${CANDIDATES_PER_WORD})) c`)
        const candidates: Candidate[] = found.rows.map((r) => ({ word: Number(r.i), known: String(r.known), similarity: Number(r.similarity) }))
        const corrected = correctedTsQuery(words, chooseCorrections(words, candidates))
        if (corrected) {
          const wide = sql`to_tsquery(${config}, ${corrected})`
          summary = (await db.execute(statement(wide, sql`ts_rank_cd(tsv, ${wide}) + (tsv @@ ${ts})::int + ${titleBoost}`))).rows[0] ?? {}
        }
      }

      // "Did you mean": no hits even so, then the title most like the whole query, if any is like it.
      let didYouMean: string | null = null
      if ((summary.hits as unknown[] | undefined)?.length === 0 && folded) {
        const similar = await db.execute(sql`
          SELECT title FROM search_documents
          WHERE locale = ${query.locale} AND title_folded % ${folded} AND similarity(title_folded, ${folded}) >= ${SIMILARITY_THRESHOLD}
          ORDER BY similarity(title_folded, ${folded}) DESC, title LIMIT 1`)
        didYouMean = (similar.rows[0]?.title as string | undefined) ?? null
      }

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
