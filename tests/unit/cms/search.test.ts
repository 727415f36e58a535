import { describe, expect, it } from 'vitest'
import { eventDocument, hubDocument, type EventForSearch, type HubForSearch } from '../../../cms/search/documents.ts'
import { foldText, highlightToHtml, MARK_END, MARK_START, prefixTsQuery, queryWords } from '../../../cms/search/normalize.ts'
import { MAX_QUERY_LENGTH, PAGE_SIZE, parseSearchParams } from '../../../cms/domain/search/params.ts'
import { type Candidate, chooseCorrections, correctedTsQuery, dictionaryWords, isCorrectable } from '../../../cms/search/typos.ts'

const hub: HubForSearch = {
  id: 7,
  slug: 'fjallhubben',
  name: 'Fjällhubben',
  _status: 'published',
  summary: 'Arbetsplatser i Funäsdalen',
  amenities: ['wifi'],
  address: { street: 'Byvägen 1', locality: 'Funäsdalen' },
  municipality: { slug: 'harjedalen', name: 'Härjedalen' },
  lat: 62.543,
  lng: 12.547,
}

const event: EventForSearch = {
  id: 3,
  slug: 'fika-2026-12-01',
  title: 'Fika',
  _status: 'published',
  audience: 'public',
  type: 'fika',
  status: 'scheduled',
  start: '2026-12-01T09:00:00.000Z',
  hub,
}

describe('search text normalisation', () => {
  it('folds Swedish letters and case so "Östersund" and "ostersund" meet', () => {
    expect(foldText('  Östersund ÅRE  Härjedalen ')).toBe('ostersund are harjedalen')
  })

  it('keeps only letters and digits of a query, so no syntax reaches to_tsquery', () => {
    expect(queryWords("municipality = x OR 1=1 ; DROP TABLE --")).toEqual(['municipality', 'x', 'or', '1', '1', 'drop', 'table'])
    expect(prefixTsQuery(queryWords('a & | ! :* () "x'))).toBe('a:* & x:*')
  })

  it('makes no tsquery from an empty or symbol-only query', () => {
    expect(prefixTsQuery(queryWords('  !!! ()'))).toBeNull()
  })

  it('escapes a snippet before turning the markers into <mark>, so content cannot inject markup', () => {
    expect(highlightToHtml(`<script>x</script> & ${MARK_START}fika${MARK_END}`)).toBe('&lt;script&gt;x&lt;/script&gt; &amp; <mark>fika</mark>')
  })

  it('caps a query at eight words', () => {
    expect(queryWords('a b c d e f g h i j')).toHaveLength(8)
  })
})

describe('search documents', () => {
  it('maps a published hub with its URL in each language', () => {
    expect(hubDocument(hub, 'sv')).toMatchObject({ id: 'hub:7:sv', url: '/hubbar/fjallhubben', municipality: 'harjedalen', lat: 62.543 })
    expect(hubDocument(hub, 'en')).toMatchObject({ id: 'hub:7:en', url: '/en/hubs/fjallhubben' })
  })

  it('leaves out a draft hub', () => {
    expect(hubDocument({ ...hub, _status: 'draft' }, 'sv')).toBeNull()
  })

  it('gives an event its hub’s place and municipality', () => {
    expect(eventDocument(event, 'sv')).toMatchObject({ type: 'event', url: '/evenemang/fika-2026-12-01', municipality: 'harjedalen', lat: 62.543, cancelled: false })
  })

  it('gives an event no name, place or position of a hub that is not published', () => {
    const doc = eventDocument({ ...event, hub: { ...hub, _status: 'draft' } }, 'sv')
    expect(doc).toMatchObject({ title: 'Fika', municipality: null, municipalityName: null, lat: null, lng: null })
    expect(doc?.text).not.toMatch(/Fjällhubben|Funäsdalen|Härjedalen/)
  })

  it('leaves out network and council events and drafts, but keeps cancelled ones marked', () => {
    expect(eventDocument({ ...event, audience: 'network' }, 'sv')).toBeNull()
    expect(eventDocument({ ...event, audience: 'council' }, 'sv')).toBeNull()
    expect(eventDocument({ ...event, _status: 'draft' }, 'sv')).toBeNull()
    expect(eventDocument({ ...event, status: 'cancelled' }, 'sv')?.cancelled).toBe(true)
  })
})

describe('search parameters', () => {
  const parse = (qs: string) => parseSearchParams(new URLSearchParams(qs))

  it('reads a full query', () => {
    const parsed = parse('q=fika&locale=en&type=event&municipality=are&amenity=wifi&lat=63.4&lng=13.1&radiusKm=30&page=2')
    expect(parsed).toMatchObject({
      ok: true,
      query: { q: 'fika', locale: 'en', type: 'event', municipality: 'are', amenities: ['wifi'], near: { lat: 63.4, lng: 13.1, radiusKm: 30 }, offset: PAGE_SIZE },
    })
  })

  it('defaults to Swedish and the first page', () => {
    expect(parse('')).toMatchObject({ ok: true, query: { q: '', locale: 'sv', offset: 0 } })
  })

  it('cuts a 10 KB query and says so', () => {
    const parsed = parse('q=' + 'x'.repeat(10_000))
    expect(parsed.ok && parsed.query.q.length).toBe(MAX_QUERY_LENGTH)
    expect(parsed.ok && parsed.ignored.map((i) => i.param)).toEqual(['q'])
  })

  it.each([
    ['radiusKm=0&lat=63&lng=14', 'radiusKm'],
    ['radiusKm=100000&lat=63&lng=14', 'radiusKm'],
    ['lat=200&lng=14', 'lat'],
    ['lat=abc&lng=14', 'lat'],
    ['lat=63', 'lat'],
    ['page=-1', 'page'],
    ['page=1.5', 'page'],
    ['type=user', 'type'],
    ['amenity=jacuzzi', 'amenity'],
    ['eventType=constructor', 'eventType'],
    ['municipality=x%27%20OR%201%3D1', 'municipality'],
  ])('refuses %s with a message in both languages about %s', (qs, param) => {
    const parsed = parse(qs)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) {
      expect(parsed.problems[0].param).toBe(param)
      expect(parsed.problems[0].sv).not.toBe(parsed.problems[0].en)
    }
  })

  it('turns page 99999 into an empty page past the end rather than an error', () => {
    const parsed = parse('page=99999')
    expect(parsed.ok && parsed.query.offset).toBeGreaterThan(0)
  })
})

describe('typo corrections (Postgres engine)', () => {
  const candidate = (word: number, known: string, similarity: number): Candidate => ({ word, known, similarity })

  it('puts the folded words of a title and municipality in the dictionary once each, without short words or bare numbers', () => {
    expect(dictionaryWords('Fjällhubben i Åre – kontor 24', 'Åre', null)).toEqual(['are', 'fjallhubben', 'kontor'])
    expect(dictionaryWords('', undefined)).toEqual([])
  })

  it('leaves a word longer than 40 letters out of the dictionary', () => {
    expect(dictionaryWords('a'.repeat(41) + ' hubb')).toEqual(['hubb'])
  })

  it('corrects a word only when it has three letters or more', () => {
    expect(isCorrectable('ab')).toBe(false)
    expect(isCorrectable('are')).toBe(true)
    expect(isCorrectable('2026')).toBe(false)
  })

  it('takes the nearest known word as the correction, not every word that shares an ending', () => {
    const corrections = chooseCorrections(['fjalhubben'], [
      candidate(0, 'fjallhubben', 0.69),
      candidate(0, 'sjohubben', 0.45),
      candidate(0, 'hubben', 0.5),
    ])
    expect(corrections).toEqual([['fjallhubben']])
  })

  it('keeps corrections that are nearly as close as the best one', () => {
    expect(chooseCorrections(['ostersnd'], [candidate(0, 'ostersund', 0.6), candidate(0, 'ostersunds', 0.55)])).toEqual([['ostersund', 'ostersunds']])
  })

  it('leaves a word alone when a known word begins with it, since the prefix search found that', () => {
    expect(chooseCorrections(['hubb'], [candidate(0, 'hubben', 1), candidate(0, 'klubben', 0.6)])).toEqual([[]])
    expect(chooseCorrections(['fjallhubben'], [candidate(0, 'fjallhubben', 1), candidate(0, 'fjallhuset', 0.58)])).toEqual([[]])
  })

  it('takes no known word too unlike the query', () => {
    expect(chooseCorrections(['kvarnbodn'], [candidate(0, 'klubb', 0.3)])).toEqual([[]])
  })

  it('never takes a known word with other characters than letters and digits into the query', () => {
    expect(chooseCorrections(['kontr'], [candidate(0, 'kont:r', 0.9), candidate(0, 'kontor', 0.6)])).toEqual([['kontor']])
  })

  it('matches each query word to its own candidates, and leaves short words alone', () => {
    const corrections = chooseCorrections(['i', 'strmsund'], [candidate(0, 'ide', 0.9), candidate(1, 'stromsund', 0.6)])
    expect(corrections).toEqual([[], ['stromsund']])
  })

  it('widens the full-text query with the corrections, every word still required', () => {
    expect(correctedTsQuery(['fjalhubben', 'are'], [['fjallhubben'], []])).toBe('(fjalhubben:* | fjallhubben) & are:*')
    expect(correctedTsQuery(['ostersnd'], [['ostersund', 'ostersunds']])).toBe('(ostersnd:* | ostersund | ostersunds)')
  })

  it('makes no second query when nothing was corrected', () => {
    expect(correctedTsQuery(['hubb'], [[]])).toBeNull()
  })
})
