/**
 * The Meilisearch adapter's request shapes, checked against the documented API (settings
 * object, filter expression grammar, search body) so a mistake shows even where no server runs.
 */
import { describe, expect, it } from 'vitest'
import {
  buildFilter,
  buildSearchParams,
  cleanQueryText,
  geoRadiusFilter,
  indexSettings,
  indexUid,
  mapFacets,
  mapHit,
  mapResponse,
  meiliDocumentId,
  mutualSynonyms,
  planReplace,
  quoteFilterValue,
  rebuildUid,
  retryDelaySeconds,
  toMeiliDocument,
  searchOnlyKey,
} from '../../../cms/search/meiliRequests.ts'
import { MARK_END, MARK_START } from '../../../cms/search/normalize.ts'
import type { SearchDocument, SearchQuery } from '../../../cms/domain/search/types.ts'

const doc: SearchDocument = {
  id: 'hub:7:sv',
  type: 'hub',
  docId: 7,
  locale: 'sv',
  slug: 'fjallhubben',
  title: 'Fjällhubben',
  text: 'Arbetsplatser i Funäsdalen',
  url: '/hubbar/fjallhubben',
  municipality: 'harjedalen',
  municipalityName: 'Härjedalen',
  amenities: ['wifi'],
  eventType: null,
  startsAt: null,
  cancelled: false,
  lat: 62.543,
  lng: 12.547,
}

const query = (extra: Partial<SearchQuery> = {}): SearchQuery => ({ q: 'hubb', locale: 'sv', limit: 20, offset: 0, ...extra })

describe('index names and document ids', () => {
  it('names one index per language under an optional prefix', () => {
    expect(indexUid('', 'sv')).toBe('search_sv')
    expect(indexUid('test_abc-1_', 'en')).toBe('test_abc-1_search_en')
    expect(rebuildUid('search_sv')).toBe('search_sv_rebuild')
  })

  it('refuses a prefix Meilisearch would not accept in an index uid', () => {
    expect(() => indexUid('bad prefix', 'sv')).toThrow(/MEILI_INDEX_PREFIX/)
    expect(() => indexUid('a/b', 'sv')).toThrow()
  })

  it('uses ids made only of the characters a Meilisearch document id allows', () => {
    expect(meiliDocumentId('event', 12)).toBe('event-12')
    expect(toMeiliDocument(doc).id).toMatch(/^[A-Za-z0-9_-]+$/)
  })
})

describe('documents', () => {
  it('stores the position as the reserved _geo object and accent-free copies of the text', () => {
    const m = toMeiliDocument(doc)
    expect(m._geo).toEqual({ lat: 62.543, lng: 12.547 })
    expect(m.titleFolded).toBe('fjallhubben')
    expect(m.textFolded).toBe('arbetsplatser i funasdalen')
    expect(m).not.toHaveProperty('lat')
  })

  it('leaves _geo out when there is no position, since a null _geo is an indexing error', () => {
    expect(toMeiliDocument({ ...doc, lat: null, lng: null })).not.toHaveProperty('_geo')
  })

  it('writes start times in one format, so string order is time order', () => {
    expect(toMeiliDocument({ ...doc, startsAt: '2026-12-01T10:00:00+01:00' }).startsAt).toBe('2026-12-01T09:00:00.000Z')
  })

  it('strips the private highlight markers from content', () => {
    const m = toMeiliDocument({ ...doc, text: `a${MARK_START}b${MARK_END}c` })
    expect(m.text).toBe('abc')
  })
})

describe('settings', () => {
  const settings = indexSettings('sv')

  it('ranks the title above the text', () => {
    expect(settings.searchableAttributes.indexOf('title')).toBeLessThan(settings.searchableAttributes.indexOf('text'))
    expect(settings.rankingRules).toEqual(['words', 'typo', 'proximity', 'attribute', 'exactness', 'sort'])
  })

  it('makes the filters, facets and _geo filterable, and dates and _geo sortable', () => {
    for (const a of ['type', 'municipality', 'amenities', 'eventType', 'locale', 'cancelled', '_geo']) expect(settings.filterableAttributes).toContain(a)
    expect(settings.sortableAttributes).toEqual(expect.arrayContaining(['startsAt', '_geo']))
  })

  it('has Swedish synonyms in both directions and Swedish stop words', () => {
    expect(settings.synonyms.hubb).toEqual(expect.arrayContaining(['hub', 'coworking', 'kontorshotell', 'kontor']))
    expect(settings.synonyms.kontorshotell).toContain('hubb')
    expect(settings.synonyms.hubb).not.toContain('hubb')
    expect(settings.stopWords).toContain('och')
    expect(indexSettings('en').stopWords).toContain('the')
    expect(settings.typoTolerance.enabled).toBe(true)
  })

  it('is the same object every time, so applying it at each start changes nothing', () => {
    expect(JSON.stringify(indexSettings('sv'))).toBe(JSON.stringify(settings))
  })

  it('merges a word in two groups', () => {
    expect(mutualSynonyms([['a', 'b'], ['a', 'c']])).toEqual({ a: ['b', 'c'], b: ['a'], c: ['a'] })
  })
})

describe('filters', () => {
  it('double-quotes every value and escapes quotes and backslashes in it', () => {
    expect(quoteFilterValue('are')).toBe('"are"')
    expect(quoteFilterValue('x" OR type = "event')).toBe('"x\\" OR type = \\"event"')
    expect(quoteFilterValue('a\\')).toBe('"a\\\\"')
    expect(quoteFilterValue("it's")).toBe('"it\'s"')
  })

  it('cannot be closed early by a value ending in a backslash', () => {
    // Unescaped, `"a\"` would leave the quote open and swallow the next condition.
    const [, municipality] = buildFilter(query({ municipality: 'a\\' }))
    expect(municipality).toBe('municipality = "a\\\\"')
  })

  it('builds one condition per filter, joined by AND as an array', () => {
    expect(buildFilter(query({ type: 'hub', municipality: 'are', eventType: 'fika', amenities: ['wifi', 'parking'] }))).toEqual([
      'locale = "sv"',
      'type = "hub"',
      'municipality = "are"',
      'eventType = "fika"',
      'amenities = "wifi"',
      'amenities = "parking"',
    ])
  })

  it('keeps filter syntax typed as a value inside its quotes', () => {
    const [, cond] = buildFilter(query({ municipality: 'x OR 1=1' }))
    expect(cond).toBe('municipality = "x OR 1=1"')
  })

  it('writes _geoRadius with latitude, longitude and a whole number of metres', () => {
    expect(geoRadiusFilter({ lat: 62.543, lng: 12.547, radiusKm: 20 })).toBe('_geoRadius(62.543, 12.547, 20000)')
    expect(geoRadiusFilter({ lat: 0.0000001, lng: -14, radiusKm: 0.0004 })).toBe('_geoRadius(0, -14, 1)')
    expect(() => geoRadiusFilter({ lat: NaN, lng: 1, radiusKm: 1 })).toThrow()
  })
})

describe('search body', () => {
  it('asks for facets, a cropped and highlighted snippet with private markers, and pages', () => {
    const p = buildSearchParams(query({ limit: 20, offset: 40 }))
    expect(p).toMatchObject({
      q: 'hubb',
      facets: ['type', 'municipality', 'amenities', 'eventType'],
      hitsPerPage: 20,
      page: 3,
      attributesToCrop: ['text'],
      attributesToHighlight: ['text'],
      highlightPreTag: MARK_START,
      highlightPostTag: MARK_END,
    })
    expect(p).not.toHaveProperty('offset')
  })

  it('retrieves every attribute it crops or highlights, so _formatted carries the snippet', () => {
    const p = buildSearchParams(query())
    for (const a of [...p.attributesToCrop, ...p.attributesToHighlight]) expect(p.attributesToRetrieve).toContain(a)
  })

  it('uses offset and limit when the offset is not a whole page', () => {
    expect(buildSearchParams(query({ limit: 20, offset: 5 }))).toMatchObject({ limit: 20, offset: 5 })
  })

  it('sorts by distance near a place with no words, and by type, date and title with none at all', () => {
    expect(buildSearchParams(query({ q: '', near: { lat: 63.1, lng: 14.6, radiusKm: 10 } })).sort).toEqual(['_geoPoint(63.1, 14.6):asc', 'title:asc'])
    expect(buildSearchParams(query({ q: '' })).sort).toEqual(['type:asc', 'startsAt:asc', 'title:asc'])
  })

  it('sends typed text as text, without control characters', () => {
    expect(cleanQueryText('  a\u0000b\u001f  "c  ')).toBe('a b "c')
    expect(buildSearchParams(query({ q: 'municipality = x OR 1=1' })).q).toBe('municipality = x OR 1=1')
  })
})

describe('responses', () => {
  it('turns a highlighted crop into escaped HTML with <mark> only around matches', () => {
    const hit = mapHit({ type: 'hub', slug: 's', title: 'T', url: '/u', _formatted: { text: `<b>${MARK_START}Fönster${MARK_END}</b> & co` } })
    expect(hit.snippet).toBe('&lt;b&gt;<mark>Fönster</mark>&lt;/b&gt; &amp; co')
  })

  it('reports the distance in km from _geoDistance in metres, or from _geo when it is missing', () => {
    const near = { lat: 62.543, lng: 12.547, radiusKm: 50 }
    expect(mapHit({ type: 'hub', slug: 's', title: 'T', url: '/u', _geoDistance: 1234 }, near).distanceKm).toBe(1.2)
    expect(mapHit({ type: 'hub', slug: 's', title: 'T', url: '/u', _geo: { lat: 62.543, lng: 12.547 } }, near).distanceKm).toBe(0)
    expect(mapHit({ type: 'hub', slug: 's', title: 'T', url: '/u', _geoDistance: 1234 }).distanceKm).toBeNull()
  })

  it('maps facetDistribution to the engine-neutral facets', () => {
    expect(mapFacets({ type: { hub: 2 }, amenities: { wifi: 2 } })).toEqual({ type: { hub: 2 }, municipality: {}, amenity: { wifi: 2 }, eventType: {} })
    expect(mapResponse({ hits: [], totalHits: 7 }, query()).total).toBe(7)
    expect(mapResponse({ hits: [], estimatedTotalHits: 9 }, query()).total).toBe(9)
  })
})

describe('sync plans and retries', () => {
  it('writes an item’s documents where it has them and deletes it where it has none', () => {
    const plan = planReplace([{ type: 'hub', docId: 7 }], [doc])
    expect(plan.find((p) => p.locale === 'sv')).toMatchObject({ upsert: [expect.objectContaining({ id: 'hub-7' })], remove: [] })
    expect(plan.find((p) => p.locale === 'en')).toMatchObject({ upsert: [], remove: ['hub-7'] })
  })

  it('backs off exponentially up to five minutes', () => {
    expect([0, 1, 2, 5, 8, 9, 50].map(retryDelaySeconds)).toEqual([1, 2, 4, 32, 256, 300, 300])
  })
})

describe('configuration from the environment', () => {
  it('is off without MEILI_URL, and reads the keys, prefix and timeout', async () => {
    const { meiliConfigFromEnv } = await import('../../../cms/search/meilisearch.ts')
    expect(meiliConfigFromEnv({})).toBeNull()
    expect(meiliConfigFromEnv({ MEILI_URL: '  ' })).toBeNull()
    expect(meiliConfigFromEnv({ MEILI_URL: 'http://meili:7700', MEILI_MASTER_KEY: 'm', MEILI_SEARCH_KEY: 's', MEILI_INDEX_PREFIX: 'prod_' })).toEqual({
      url: 'http://meili:7700',
      apiKey: 'm',
      searchKey: 's',
      indexPrefix: 'prod_',
      timeoutMs: 2000,
    })
    expect(meiliConfigFromEnv({ MEILI_URL: 'http://meili:7700', MEILI_TIMEOUT_MS: 'soon' })?.timeoutMs).toBe(2000)
  })

  it('refuses an index prefix Meilisearch cannot use, at start rather than at the first search', async () => {
    const { meiliConfigFromEnv } = await import('../../../cms/search/meilisearch.ts')
    expect(() => meiliConfigFromEnv({ MEILI_URL: 'http://meili:7700', MEILI_INDEX_PREFIX: 'a b' })).toThrow(/MEILI_INDEX_PREFIX/)
  })
})

describe('the key queries use', () => {
  const uids = ['coworking_search_sv', 'coworking_search_en']
  const key = (over: Partial<{ key: string; actions: string[]; indexes: string[]; expiresAt: string | null }>) => ({
    key: 'k', actions: ['search'], indexes: ['*'], expiresAt: null, ...over,
  })

  it('takes the default search key (search only, every index, no expiry) from GET /keys', () => {
    const keys = [key({ key: 'admin', actions: ['*'] }), key({ key: 'search' })]
    expect(searchOnlyKey(keys, uids)).toBe('search')
  })

  it('never takes a key that may do more than search', () => {
    expect(searchOnlyKey([key({ actions: ['search', 'documents.add'] }), key({ actions: ['*'] })], uids)).toBeNull()
  })

  it('takes a key limited to the portal’s indexes by name or pattern, not one for other indexes', () => {
    expect(searchOnlyKey([key({ key: 'named', indexes: uids })], uids)).toBe('named')
    expect(searchOnlyKey([key({ key: 'pattern', indexes: ['coworking_*'] })], uids)).toBe('pattern')
    expect(searchOnlyKey([key({ indexes: ['coworking_search_sv'] }), key({ indexes: ['other_*'] })], uids)).toBeNull()
  })

  it('skips an expired key', () => {
    const now = new Date('2026-12-04T00:00:00Z')
    expect(searchOnlyKey([key({ key: 'old', expiresAt: '2026-12-01T00:00:00Z' }), key({ key: 'valid', expiresAt: '2027-01-01T00:00:00Z' })], uids, now)).toBe('valid')
  })
})
