import { sql } from '@payloadcms/db-postgres'

type SQL = ReturnType<typeof sql>
import type { Payload, PayloadRequest } from 'payload'
import { foldText, highlightToHtml, MARK_END, MARK_START, prefixTsQuery, queryWords } from './normalize.ts'
import type { SearchDocType, SearchDocument, SearchEngine, SearchFacets, SearchHit, SearchQuery, SearchResult } from './types.ts'

/** Full-text finds fewer hits than this: try trigram similarity on titles as well (typos). */
const FEW_HITS = 3

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
  if (query.near) where.push(sql`lat IS NOT NULL AND ${distanceSql(query.near)} <= ${query.near.radiusKm}`)
  return where
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
      for (const d of docs) {
        await db.execute(sql`
          INSERT INTO search_documents
            (id, type, doc_id, locale, slug, title, title_folded, text, url, municipality, municipality_name,
             amenities, event_type, starts_at, cancelled, lat, lng, updated_at)
          VALUES (${d.id}, ${d.type}, ${d.docId}, ${d.locale}, ${d.slug}, ${d.title}, ${foldText(d.title)}, ${d.text},
             ${d.url}, ${d.municipality}, ${d.municipalityName}, ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(d.amenities)}::jsonb)),
             ${d.eventType}, ${d.startsAt}, ${d.cancelled}, ${d.lat}, ${d.lng}, now())
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
      const db = await executor(payload, req)
      const words = queryWords(query.q)
      const tsquery = prefixTsQuery(words)
      const folded = words.join(' ')
      const base = filters(query)
      const config = configFor(query.locale)
      const ts = tsquery ? sql`to_tsquery(${config}, ${tsquery})` : null

      // Full text first; trigram similarity on the folded title joins in only when it finds few.
      const textMatch = ts ? sql`tsv @@ ${ts}` : sql`true`
      const countRows = await db.execute(sql`SELECT count(*)::int AS n FROM search_documents WHERE ${and([...base, textMatch])}`)
      const textHits = Number(countRows.rows[0]?.n ?? 0)
      const useTrigram = ts != null && textHits < FEW_HITS
      const trigram = sql`(word_similarity(${folded}, title_folded) > 0.45 OR similarity(title_folded, ${folded}) > 0.3)`
      const match = useTrigram ? sql`(${textMatch} OR ${trigram})` : textMatch
      const where = and([...base, match])

      const rank = ts
        ? sql`ts_rank_cd(tsv, ${ts}) + greatest(similarity(title_folded, ${folded}), 0) * 0.5`
        : sql`0`
      const distance = query.near ? distanceSql(query.near) : sql`NULL::float8`
      // Without a query: nearest first when near a place, else soonest events and hubs by name.
      const order = ts
        ? sql`score DESC, starts_at NULLS FIRST, title`
        : query.near
          ? sql`distance_km ASC, title`
          : sql`type, starts_at NULLS FIRST, title`
      const snippet = ts
        ? sql`ts_headline(${config}, text, ${ts}, ${`StartSel=${MARK_START},StopSel=${MARK_END},MaxWords=35,MinWords=15`})`
        : sql`left(text, 160)`

      const rows = await db.execute(sql`
        SELECT type, slug, title, url, municipality, starts_at, cancelled, ${snippet} AS snippet,
               ${rank} AS score, ${distance} AS distance_km, count(*) OVER () AS total
        FROM search_documents WHERE ${where}
        ORDER BY ${order}
        LIMIT ${query.limit} OFFSET ${query.offset}`)

      const facetRows = await db.execute(sql`
        SELECT 'type' AS facet, type AS value, count(*)::int AS n FROM search_documents WHERE ${where} GROUP BY type
        UNION ALL
        SELECT 'municipality', municipality, count(*)::int FROM search_documents WHERE ${where} AND municipality IS NOT NULL GROUP BY municipality
        UNION ALL
        SELECT 'eventType', event_type, count(*)::int FROM search_documents WHERE ${where} AND event_type IS NOT NULL GROUP BY event_type
        UNION ALL
        SELECT 'amenity', a, count(*)::int FROM search_documents, unnest(amenities) AS a WHERE ${where} GROUP BY a`)
      const facets: SearchFacets = { type: {}, municipality: {}, amenity: {}, eventType: {} }
      for (const r of facetRows.rows) facets[r.facet as keyof SearchFacets][String(r.value)] = Number(r.n)

      let didYouMean: string | null = null
      if (rows.rows.length === 0 && folded) {
        const similar = await db.execute(sql`
          SELECT title FROM search_documents WHERE locale = ${query.locale} AND similarity(title_folded, ${folded}) > 0.3
          ORDER BY similarity(title_folded, ${folded}) DESC LIMIT 1`)
        didYouMean = (similar.rows[0]?.title as string | undefined) ?? null
      }

      const hits: SearchHit[] = rows.rows.map((r) => ({
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
        total: Number(rows.rows[0]?.total ?? 0),
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
