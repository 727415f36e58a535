/** The search contract both engines implement (Postgres by default, Meilisearch when configured). */
export type SearchLocale = 'sv' | 'en'
export type SearchDocType = 'hub' | 'event'

/** A hub or an event, whose documents (one a language) the indexes hold. */
export type SearchItem = { type: SearchDocType; docId: number }

/** One public, published item in one language, as every engine indexes it. */
export interface SearchDocument {
  /** `<type>:<docId>:<locale>`, stable across edits. */
  id: string
  type: SearchDocType
  docId: number
  locale: SearchLocale
  slug: string
  title: string
  text: string
  url: string
  municipality: string | null
  municipalityName: string | null
  amenities: string[]
  eventType: string | null
  /** ISO instant; events only. */
  startsAt: string | null
  cancelled: boolean
  lat: number | null
  lng: number | null
}

export interface SearchQuery {
  q: string
  locale: SearchLocale
  type?: SearchDocType
  municipality?: string
  amenities?: string[]
  eventType?: string
  near?: { lat: number; lng: number; radiusKm: number }
  limit: number
  offset: number
}

export interface SearchHit {
  type: SearchDocType
  slug: string
  title: string
  url: string
  /** Safe HTML: escaped text with <mark> around matches. */
  snippet: string
  municipality: string | null
  startsAt: string | null
  cancelled: boolean
  distanceKm: number | null
}

export interface SearchFacets {
  type: Record<string, number>
  municipality: Record<string, number>
  amenity: Record<string, number>
  eventType: Record<string, number>
}

export interface SearchResult {
  hits: SearchHit[]
  total: number
  facets: SearchFacets
  /** Which engine answered, e.g. `postgres`, or `postgres (meilisearch unreachable)`. */
  engine: string
  /** Set when full-text found nothing and a similar title exists. */
  didYouMean: string | null
  tookMs: number
}

export interface SearchEngine {
  readonly name: string
  upsert(docs: SearchDocument[]): Promise<void>
  /** Removes every document of these items, in all languages. */
  remove(items: Array<{ type: SearchDocType; docId: number }>): Promise<void>
  /** Sets the documents of these items to exactly `docs` (an item with none is removed). */
  replace(items: Array<{ type: SearchDocType; docId: number }>, docs: SearchDocument[]): Promise<void>
  /** Empties the index (a reindex runs it in the same transaction as the rebuild). */
  clear(): Promise<void>
  /** How many documents the index holds, in all languages. */
  count(): Promise<number>
  search(query: SearchQuery): Promise<SearchResult>
  health(): Promise<boolean>
}
