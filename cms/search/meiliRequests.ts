/**
 * The Meilisearch engine's request and response shapes, kept pure (no client, no Payload) so
 * that unit tests can hold them against the documented API where no server runs.
 *
 * Layout: one index per language (`<prefix>search_sv`, `<prefix>search_en`) holding hubs and
 * events alike, as the Postgres engine's one table does, so one query counts facets across
 * both types. Document ids are `<type>-<docId>`: Meilisearch ids allow only letters, digits,
 * `-` and `_`, so the `hub:1:sv` ids of the Postgres index cannot be used as they are.
 */
import { distanceKm } from '../domain/geo.ts'
import { foldText, highlightToHtml, MARK_END, MARK_START } from './normalize.ts'
import type { SearchDocType, SearchDocument, SearchFacets, SearchHit, SearchLocale, SearchQuery } from '../domain/search/types.ts'

export const MEILI_LOCALES: SearchLocale[] = ['sv', 'en']

/** The only characters Meilisearch accepts in an index uid, as a prefix may add to it. */
const PREFIX_PATTERN = /^[A-Za-z0-9_-]{0,200}$/

export function isValidIndexPrefix(prefix: string): boolean {
  return PREFIX_PATTERN.test(prefix)
}

export function indexUid(prefix: string, locale: SearchLocale): string {
  if (!isValidIndexPrefix(prefix)) throw new Error(`MEILI_INDEX_PREFIX may hold only letters, digits, "-" and "_", not "${prefix}".`)
  return `${prefix}search_${locale}`
}

/** The index a reindex builds aside before it is swapped with the live one. */
export const rebuildUid = (liveUid: string) => `${liveUid}_rebuild`

export const meiliDocumentId = (type: SearchDocType, docId: number) => `${type}-${docId}`

/** What is stored in Meilisearch for one SearchDocument. */
export interface MeiliDocument {
  id: string
  type: SearchDocType
  docId: number
  locale: SearchLocale
  slug: string
  title: string
  /** Accent-free copies, so "ostersund" finds "Östersund" whatever the tokenizer does with ö. */
  titleFolded: string
  text: string
  textFolded: string
  url: string
  municipality: string | null
  municipalityName: string | null
  amenities: string[]
  eventType: string | null
  /** ISO instant in one fixed format (`toISOString`), so its string order is time order. */
  startsAt: string | null
  cancelled: boolean
  _geo?: { lat: number; lng: number }
}

/** Our highlight markers must never come from content, or content could open a <mark>. */
const stripMarkers = (s: string) => s.replaceAll(MARK_START, '').replaceAll(MARK_END, '')

export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
  const title = stripMarkers(doc.title)
  const text = stripMarkers(doc.text)
  const out: MeiliDocument = {
    id: meiliDocumentId(doc.type, doc.docId),
    type: doc.type,
    docId: doc.docId,
    locale: doc.locale,
    slug: doc.slug,
    title,
    titleFolded: foldText(title),
    text,
    textFolded: foldText(text),
    url: doc.url,
    municipality: doc.municipality,
    municipalityName: doc.municipalityName,
    amenities: doc.amenities,
    eventType: doc.eventType,
    startsAt: doc.startsAt ? new Date(doc.startsAt).toISOString() : null,
    cancelled: doc.cancelled,
  }
  if (doc.lat != null && doc.lng != null && Number.isFinite(doc.lat) && Number.isFinite(doc.lng)) out._geo = { lat: doc.lat, lng: doc.lng }
  return out
}

/** Every word of a group is a synonym of every other (Meilisearch synonyms are one-way). */
export function mutualSynonyms(groups: string[][]): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const group of groups) {
    for (const word of group) out[word] = [...new Set([...(out[word] ?? []), ...group.filter((w) => w !== word)])]
  }
  return out
}

const SYNONYMS: Record<SearchLocale, string[][]> = {
  sv: [
    ['hubb', 'hub', 'coworking', 'kontorshotell', 'kontor', 'kontorsplats'],
    ['möte', 'träff', 'meetup'],
    ['föreläsning', 'seminarium', 'workshop'],
    ['wifi', 'wlan', 'internet'],
  ],
  en: [
    ['hub', 'coworking', 'office', 'workspace'],
    ['meetup', 'meeting'],
    ['talk', 'seminar', 'lecture', 'workshop'],
    ['wifi', 'internet'],
  ],
}

/** Words too common to rank by. Never names: "Åre", "Berg" and "Ås" are places. */
const STOP_WORDS: Record<SearchLocale, string[]> = {
  sv: ['och', 'i', 'på', 'att', 'det', 'som', 'en', 'ett', 'med', 'för', 'av', 'till', 'den', 'är', 'om', 'vid', 'från', 'har', 'de', 'vi', 'du'],
  en: ['the', 'a', 'an', 'and', 'of', 'in', 'on', 'at', 'for', 'to', 'with', 'is', 'are', 'by', 'from'],
}

export const FACET_ATTRIBUTES = ['type', 'municipality', 'amenities', 'eventType'] as const
export const FILTERABLE_ATTRIBUTES = ['type', 'municipality', 'amenities', 'eventType', 'locale', 'cancelled', '_geo']
export const SORTABLE_ATTRIBUTES = ['startsAt', '_geo', 'type', 'title']

/**
 * The settings of one language's index. Sent whole on every start: the settings route
 * replaces what it is given, so sending the same object twice changes nothing.
 */
export function indexSettings(locale: SearchLocale) {
  return {
    // Order is rank: a match in the title beats one in the text.
    searchableAttributes: ['title', 'titleFolded', 'text', 'textFolded', 'municipalityName'],
    displayedAttributes: ['*'],
    filterableAttributes: [...FILTERABLE_ATTRIBUTES],
    sortableAttributes: [...SORTABLE_ATTRIBUTES],
    // `sort` last: it only breaks ties between equally relevant hits (date, then title).
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'exactness', 'sort'],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 }, disableOnAttributes: [] },
    synonyms: mutualSynonyms(SYNONYMS[locale]),
    stopWords: STOP_WORDS[locale],
    faceting: { maxValuesPerFacet: 100 },
    pagination: { maxTotalHits: 1000 },
  }
}

/**
 * A string value in a filter expression, always double-quoted, with `\` and `"` escaped by a
 * backslash (the filter grammar's escapes; since v1.4 a literal backslash needs one too), so
 * no value can close the quote and add a condition of its own.
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

/** A number as the filter grammar reads it: plain decimal, never exponent notation. */
function filterNumber(n: number, digits: number): string {
  if (!Number.isFinite(n)) throw new Error(`Not a finite number: ${n}`)
  return n.toFixed(digits).replace(/\.?0+$/, '') || '0'
}

export function geoRadiusFilter(near: { lat: number; lng: number; radiusKm: number }): string {
  const meters = Math.max(1, Math.round(near.radiusKm * 1000))
  return `_geoRadius(${filterNumber(near.lat, 6)}, ${filterNumber(near.lng, 6)}, ${meters})`
}

/** The query's filters as an array of conditions, which Meilisearch joins with AND. */
export function buildFilter(query: SearchQuery): string[] {
  const filter = [`locale = ${quoteFilterValue(query.locale)}`]
  if (query.type) filter.push(`type = ${quoteFilterValue(query.type)}`)
  if (query.municipality) filter.push(`municipality = ${quoteFilterValue(query.municipality)}`)
  if (query.eventType) filter.push(`eventType = ${quoteFilterValue(query.eventType)}`)
  // `=` on an array attribute matches when any element equals the value.
  for (const amenity of query.amenities ?? []) filter.push(`amenities = ${quoteFilterValue(amenity)}`)
  if (query.near) filter.push(geoRadiusFilter(query.near))
  return filter
}

/** Control characters carry no meaning in a search box; everything else is text to Meilisearch. */
export function cleanQueryText(q: string): string {
  // eslint-disable-next-line no-control-regex
  return q.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim()
}

export const CROP_WORDS = 30

/** The body of `POST /indexes/{uid}/search` for a SearchQuery. */
export function buildSearchParams(query: SearchQuery) {
  const q = cleanQueryText(query.q)
  const geoSort = query.near ? [`_geoPoint(${filterNumber(query.near.lat, 6)}, ${filterNumber(query.near.lng, 6)}):asc`] : []
  // Like the Postgres engine: with words, relevance first and date as the tie-break; without,
  // nearest first near a place, else events by date and then hubs by name.
  const sort = q ? ['startsAt:asc', ...geoSort, 'title:asc'] : query.near ? [...geoSort, 'title:asc'] : ['type:asc', 'startsAt:asc', 'title:asc']
  const limit = Math.max(0, Math.floor(query.limit))
  const offset = Math.max(0, Math.floor(query.offset))
  // Page mode gives an exact total (`totalHits`); offset mode only an estimate.
  const paging = limit > 0 && offset % limit === 0 ? { hitsPerPage: limit, page: offset / limit + 1 } : { limit, offset }
  return {
    q,
    filter: buildFilter(query),
    facets: [...FACET_ATTRIBUTES],
    sort,
    ...paging,
    // `text` too: an attribute left out of attributesToRetrieve is left out of `_formatted`.
    attributesToRetrieve: ['type', 'slug', 'title', 'url', 'municipality', 'startsAt', 'cancelled', '_geo', 'text'],
    attributesToCrop: ['text'],
    cropLength: CROP_WORDS,
    cropMarker: '…',
    attributesToHighlight: ['text'],
    // Private-use markers, turned into <mark> only after the text is escaped (highlightToHtml).
    highlightPreTag: MARK_START,
    highlightPostTag: MARK_END,
  }
}

export interface MeiliHit {
  type: SearchDocType
  slug: string
  title: string
  url: string
  municipality?: string | null
  startsAt?: string | null
  cancelled?: boolean
  _geo?: { lat: number | string; lng: number | string }
  _geoDistance?: number
  _formatted?: { text?: string }
}

export interface MeiliSearchResponse {
  hits: MeiliHit[]
  totalHits?: number
  estimatedTotalHits?: number
  facetDistribution?: Record<string, Record<string, number>>
}

const round1 = (n: number) => Math.round(n * 10) / 10

export function mapHit(hit: MeiliHit, near?: SearchQuery['near']): SearchHit {
  let km: number | null = null
  if (typeof hit._geoDistance === 'number') km = hit._geoDistance / 1000
  else if (near && hit._geo) km = distanceKm(near, { lat: Number(hit._geo.lat), lng: Number(hit._geo.lng) })
  return {
    type: hit.type,
    slug: String(hit.slug),
    title: String(hit.title),
    url: String(hit.url),
    snippet: highlightToHtml(hit._formatted?.text ?? ''),
    municipality: hit.municipality ?? null,
    startsAt: hit.startsAt ?? null,
    cancelled: Boolean(hit.cancelled),
    distanceKm: near && km != null ? round1(km) : null,
  }
}

export function mapFacets(distribution: MeiliSearchResponse['facetDistribution']): SearchFacets {
  const d = distribution ?? {}
  return {
    type: { ...d.type },
    municipality: { ...d.municipality },
    amenity: { ...d.amenities },
    eventType: { ...d.eventType },
  }
}

export function mapResponse(response: MeiliSearchResponse, query: SearchQuery) {
  return {
    hits: response.hits.map((h) => mapHit(h, query.near)),
    total: response.totalHits ?? response.estimatedTotalHits ?? response.hits.length,
    facets: mapFacets(response.facetDistribution),
  }
}

/** The documents each language's index should hold for `items`, and the ids it should drop. */
export function planReplace(items: Array<{ type: SearchDocType; docId: number }>, docs: SearchDocument[]) {
  return MEILI_LOCALES.map((locale) => {
    const upsert = docs.filter((d) => d.locale === locale).map(toMeiliDocument)
    const kept = new Set(upsert.map((d) => d.id))
    const remove = [...new Set(items.map((i) => meiliDocumentId(i.type, i.docId)))].filter((id) => !kept.has(id))
    return { locale, upsert, remove }
  })
}

/** Seconds to wait before retrying a queued item that has failed `attempts` times. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(300, 2 ** Math.max(0, Math.min(attempts, 16)))
}

/** A Meilisearch API key as `GET /keys` lists it (the fields the choice below reads). */
export interface ListedKey {
  key: string
  actions: string[]
  indexes: string[]
  expiresAt: Date | string | null
}

/**
 * The key queries should use when MEILI_SEARCH_KEY is not given: one that may only search
 * (`actions: ["search"]`), on every index or at least on all of `uids`, and has not expired,
 * such as the "Default Search API Key" every Meilisearch instance with a master key has. Null
 * when there is none; a key that may also write is never chosen.
 */
export function searchOnlyKey(keys: ListedKey[], uids: string[], now = new Date()): string | null {
  const covers = (indexes: string[]) =>
    uids.every((uid) => indexes.some((pattern) => pattern === '*' || pattern === uid || (pattern.endsWith('*') && uid.startsWith(pattern.slice(0, -1)))))
  const usable = keys.filter(
    (k) => k.actions.length === 1 && k.actions[0] === 'search' && covers(k.indexes) && (k.expiresAt == null || new Date(k.expiresAt) > now),
  )
  return usable[0]?.key ?? null
}
