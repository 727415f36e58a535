import { describe, expect, it } from 'vitest'
import { AMENITY_KEYS } from '../../../cms/domain/amenities.ts'
import {
  applyHubFilters,
  hasActiveFilters,
  ignoredMessages,
  parseHubQuery,
  queryString,
  type FilterableHub,
  type FilterVocabulary,
} from '../../../site/features/hubs/hubFilters.ts'
import { buildPlaces, parseCoordinates, placeKey } from '../../../site/features/hubs/places.ts'

const officeHours = (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, opens: '08:00', closes: '17:00' }))

function buildHub(overrides: Partial<FilterableHub> & { name: string }): FilterableHub {
  return { municipality: null, amenities: [], lat: null, lng: null, openingHours: officeHours, ...overrides }
}

const hubs = [
  buildHub({ name: 'Brunflo', municipality: { slug: 'ostersund' }, amenities: ['wifi', 'kitchen'], lat: 63.075, lng: 14.826 }),
  buildHub({ name: 'Fjällhubben', municipality: { slug: 'harjedalen' }, amenities: ['wifi', 'quiet-room'], lat: 62.543, lng: 12.547 }),
  buildHub({ name: 'House Be', municipality: { slug: 'are' }, amenities: ['wifi', 'quiet-room', 'parking'], lat: 63.399, lng: 13.081, openingHours: [] }),
  buildHub({ name: 'Utan plats', municipality: { slug: 'are' }, amenities: ['wifi'] }),
]

const places = buildPlaces({
  hubs: [
    { locality: 'Funäsdalen', lat: 62.543, lng: 12.547 },
    { locality: 'Åre', lat: 63.399, lng: 13.081 },
    { locality: null, lat: 1, lng: 1 },
  ],
  municipalities: [
    { name: 'Härjedalen', seat: 'Sveg', code: '2361' },
    { name: 'Åre', seat: 'Järpen', code: '2321' },
    { name: 'Okänd', seat: 'Ingenstans', code: '9999' },
  ],
})

const vocabulary: FilterVocabulary = {
  municipalitySlugs: ['ostersund', 'harjedalen', 'are'],
  amenityKeys: AMENITY_KEYS,
  places,
}

const parse = (query: string) => parseHubQuery(new URLSearchParams(query), vocabulary)

describe('places', () => {
  it('finds a place whatever its case and accents', () => {
    expect(placeKey('  FUNÄSDALEN ')).toBe(placeKey('funasdalen'))
    expect(places.get(placeKey('funasdalen'))?.name).toBe('Funäsdalen')
  })

  it('a hub locality wins over a municipality of the same name', () => {
    expect(places.get(placeKey('Åre'))).toMatchObject({ name: 'Åre', lat: 63.399 })
  })

  it('a municipality name stands for its seat', () => {
    expect(places.get(placeKey('Härjedalen'))).toMatchObject({ lat: 62.034, lng: 14.357 })
    expect(places.get(placeKey('Sveg'))).toMatchObject({ lat: 62.034, lng: 14.357 })
  })

  it('leaves out places it has no position for', () => {
    expect(places.has(placeKey('Okänd'))).toBe(false)
    expect(places.has(placeKey('Ingenstans'))).toBe(false)
  })
})

describe('parseCoordinates', () => {
  it.each([
    ['63.18, 14.64', 63.18, 14.64],
    ['63.18 14.64', 63.18, 14.64],
    ['63,18 14,64', 63.18, 14.64],
    ['63,18; 14,64', 63.18, 14.64],
    [' -33.9,18.4 ', -33.9, 18.4],
  ])('reads %j as latitude %d, longitude %d', (text, lat, lng) => {
    expect(parseCoordinates(text)).toEqual({ kind: 'coordinates', position: { lat, lng } })
  })

  it.each(['63.18', '63.18, 14.64, 3', '1.2.3, 4', '63,18,14,64'])('calls %j invalid coordinates', (text) => {
    expect(parseCoordinates(text)).toEqual({ kind: 'invalid' })
  })

  it.each(['91, 14', '63, 181', '-90.5, 0'])('calls %j out of range', (text) => {
    expect(parseCoordinates(text)).toEqual({ kind: 'out-of-range' })
  })

  it('leaves a name to be looked up as a place', () => {
    expect(parseCoordinates('Funäsdalen')).toBeNull()
    expect(parseCoordinates('E14 vid km 12')).toBeNull()
  })
})

describe('parseHubQuery', () => {
  it('reads an empty query as no filters and nothing ignored', () => {
    const query = parse('')
    expect(hasActiveFilters(query)).toBe(false)
    expect(query.ignored).toEqual([])
  })

  it('reads what the form sends, treating empty fields as unset', () => {
    const query = parse('municipality=are&amenity=wifi&amenity=quiet-room&open=1&near=')
    expect(query).toMatchObject({ municipality: 'are', amenities: ['wifi', 'quiet-room'], openNow: true, near: null, ignored: [] })
  })

  it('the empty "all municipalities" option is not a filter', () => {
    expect(parse('municipality=')).toMatchObject({ municipality: null, ignored: [] })
  })

  it('ignores and reports an unknown municipality', () => {
    expect(parse('municipality=stockholm')).toMatchObject({ municipality: null, ignored: [{ kind: 'municipality', value: 'stockholm' }] })
  })

  it('keeps the known amenities and reports the unknown ones', () => {
    expect(parse('amenity=wifi&amenity=sauna&amenity=wifi')).toMatchObject({ amenities: ['wifi'], ignored: [{ kind: 'amenity', value: 'sauna' }] })
  })

  it('finds a named place and echoes its proper name', () => {
    expect(parse('near=funasdalen')).toMatchObject({ near: { name: 'Funäsdalen', lat: 62.543 }, nearText: 'Funäsdalen' })
  })

  it('reports an unknown place', () => {
    expect(parse('near=Atlantis')).toMatchObject({ near: null, ignored: [{ kind: 'place', value: 'Atlantis' }] })
  })

  it('takes coordinates and reports bad ones', () => {
    expect(parse('near=63.18%2C+14.64').near).toMatchObject({ lat: 63.18, lng: 14.64 })
    expect(parse('near=63.18%2C+999').ignored).toEqual([{ kind: 'coordinates-range', value: '63.18, 999' }])
    expect(parse('near=63.18%2C+1.2.3').ignored).toEqual([{ kind: 'coordinates-invalid', value: '63.18, 1.2.3' }])
  })

  it('reports a value for "open now" it does not understand, and unknown parameters', () => {
    expect(parse('open=maybe&foo=bar').ignored).toEqual([
      { kind: 'open', value: 'maybe' },
      { kind: 'parameter', value: 'foo' },
    ])
  })

  it('survives 10 KB of junk: never throws, reports briefly, applies nothing', () => {
    const junk = Array.from({ length: 10_240 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 94))).join('')
    for (const raw of [junk, `near=${encodeURIComponent(junk)}`, `municipality=${'x'.repeat(10_240)}`, 'a=1&'.repeat(2_560), '%E0%A4%A&near=%ZZ']) {
      const query = parseHubQuery(new URLSearchParams(raw), vocabulary)
      expect(query.ignored.length).toBeGreaterThan(0)
      expect(query.ignored.length).toBeLessThanOrEqual(8)
      for (const message of ignoredMessages(query.ignored, 'sv')) expect(message.length).toBeLessThan(200)
      expect(query.municipality).toBeNull()
    }
  })

  it('turns the usable filters back into parameters, dropping what was ignored', () => {
    const query = parse('municipality=are&amenity=wifi&amenity=sauna&open=1&near=funasdalen&foo=1')
    expect(new URLSearchParams(queryString(query)).toString()).toBe('municipality=are&amenity=wifi&open=1&near=Fun%C3%A4sdalen')
    expect(queryString(parse('near=Atlantis'))).toEqual([])
  })

  it('gives one message per ignored part, in the page’s language', () => {
    const { ignored } = parse('municipality=stockholm&amenity=sauna')
    expect(ignoredMessages(ignored, 'sv')).toEqual([
      'Kommunen ”stockholm” finns inte i länet.',
      'Faciliteten ”sauna” känner vi inte till.',
    ])
    expect(ignoredMessages(ignored, 'en')[0]).toBe('There is no municipality “stockholm” in the county.')
  })
})

describe('applyHubFilters', () => {
  // Tuesday 24 November 2026, 10:00 in Stockholm.
  const now = new Date('2026-11-24T09:00:00Z')
  const names = (query: string) => applyHubFilters(hubs, parse(query), now).map((e) => e.hub.name)

  it('keeps every hub in the given order when nothing is filtered', () => {
    expect(names('')).toEqual(['Brunflo', 'Fjällhubben', 'House Be', 'Utan plats'])
  })

  it('narrows by municipality', () => {
    expect(names('municipality=are')).toEqual(['House Be', 'Utan plats'])
  })

  it('requires every selected amenity', () => {
    expect(names('amenity=wifi&amenity=quiet-room')).toEqual(['Fjällhubben', 'House Be'])
    expect(names('amenity=quiet-room&amenity=kitchen')).toEqual([])
  })

  it('"open now" keeps the hubs open at that moment, not those with unknown hours', () => {
    expect(names('open=1')).toEqual(['Brunflo', 'Fjällhubben', 'Utan plats'])
    expect(applyHubFilters(hubs, parse('open=1'), new Date('2026-11-28T12:00:00Z'))).toEqual([])
  })

  it('sorts by distance from a place, with the distance, and hubs without a position last', () => {
    const entries = applyHubFilters(hubs, parse('near=Funäsdalen'), now)
    expect(entries.map((e) => e.hub.name)).toEqual(['Fjällhubben', 'House Be', 'Brunflo', 'Utan plats'])
    expect(entries[0].distanceKm).toBeCloseTo(0, 5)
    expect(entries[1].distanceKm).toBeGreaterThan(50)
    expect(entries[3].distanceKm).toBeNull()
  })

  it('gives each entry its opening status', () => {
    const [brunflo, , houseBe] = applyHubFilters(hubs, parse(''), now)
    expect(brunflo.status.state).toBe('open')
    expect(houseBe.status.state).toBe('unknown')
  })
})
