import { describe, expect, it } from 'vitest'
import { createGazetteer, describeNearText, parseGeoNamesCities, type Locality } from '../../../cms/domain/gazetteer.ts'
import { swedishGazetteer } from '../../../site/features/hubs/swedishPlaces.ts'
import { parseHubQuery } from '../../../site/features/hubs/hubFilters.ts'

const vocabulary = (lookup?: Awaited<ReturnType<typeof swedishGazetteer>>) => ({
  municipalitySlugs: [],
  amenityKeys: [],
  places: new Map(),
  gazetteer: lookup ?? null,
})

describe('the shipped gazetteer of Swedish localities', () => {
  it('knows the villages the issue names, with or without accents', async () => {
    const gazetteer = await swedishGazetteer()
    for (const name of ['Hallen', 'Frösön', 'Duved', 'Lit', 'Hammerdal', 'Järpen', 'Östersund']) {
      const found = gazetteer.find(name)
      expect(found?.name, name).toBe(name)
      // Every one of them is in Jämtland: roughly 61.5–65 N, 12–17 E.
      expect(found!.lat).toBeGreaterThan(61.5)
      expect(found!.lat).toBeLessThan(65)
      expect(found!.lng).toBeGreaterThan(12)
      expect(found!.lng).toBeLessThan(17)
    }
    expect(gazetteer.find('froson')?.name).toBe('Frösön')
    expect(gazetteer.find('JARPEN')?.name).toBe('Järpen')
    expect(gazetteer.find('  ostersund ')?.name).toBe('Östersund')
  })

  it('finds a place by an unambiguous prefix, else the most populous', async () => {
    const gazetteer = await swedishGazetteer()
    expect(gazetteer.find('hammer')?.name).toBe('Hammerdal')
    // Hammerdal and Hammarstrand both start so: the larger wins.
    expect(gazetteer.find('hamm')?.name).toBe('Hammarstrand')
    expect(gazetteer.find('Östers')?.name).toBe('Östersund')
    expect(gazetteer.find('ha')).toBeNull()
  })

  it('keeps only the Swedish subset in memory', async () => {
    const gazetteer = await swedishGazetteer()
    expect(gazetteer.size).toBeGreaterThan(1000)
    expect(gazetteer.size).toBeLessThan(3000)
    expect(gazetteer.find('Oslo')).toBeNull()
  })

  it('maps a Jämtland postcode to its post town instead of reading it as coordinates', async () => {
    const gazetteer = await swedishGazetteer()
    expect(describeNearText('831 32', gazetteer)).toMatchObject({ kind: 'place', place: { name: 'Östersund' } })
    expect(describeNearText('83132', gazetteer)).toMatchObject({ kind: 'place', place: { name: 'Östersund' } })
    expect(describeNearText('111 22', gazetteer)).toEqual({ kind: 'postcode-unknown' })
    expect(describeNearText('837 31 Järpen', gazetteer)).toMatchObject({ kind: 'place', place: { name: 'Järpen' } })
    expect(describeNearText('SE-832 51 Frösön', gazetteer)).toMatchObject({ kind: 'place', place: { name: 'Frösön' } })
    expect(describeNearText('Storgatan 12', gazetteer)).toEqual({ kind: 'address' })
    expect(describeNearText('Hallen', gazetteer)).toMatchObject({ kind: 'place', place: { name: 'Hallen' } })
    expect(describeNearText('Atlantis', gazetteer)).toBeNull()
  })

  it('sorts the directory near a village it did not know before', async () => {
    const gazetteer = await swedishGazetteer()
    for (const near of ['Hallen', 'Frösön', 'duved', 'Lit', 'Hammerdal', '831 32']) {
      const query = parseHubQuery(new URLSearchParams({ near }), vocabulary(gazetteer))
      expect(query.ignored, near).toEqual([])
      expect(query.near, near).not.toBeNull()
    }
    const address = parseHubQuery(new URLSearchParams({ near: 'Storgatan 12' }), vocabulary(gazetteer))
    expect(address.ignored.map((i) => i.kind)).toEqual(['address'])
    const unknown = parseHubQuery(new URLSearchParams({ near: '111 22' }), vocabulary(gazetteer))
    expect(unknown.ignored.map((i) => i.kind)).toEqual(['postcode'])
  })
})

describe('an ambiguous name', () => {
  const line = (id: number, name: string, lat: number, lng: number, country: string, admin1: string, population: number) =>
    [id, name, name, '', lat, lng, 'P', 'PPL', country, '', admin1, '', '', '', population, '', '', 'Europe/Stockholm', '2020-01-01'].join('\t')
  const text = [
    line(1, 'Lit', 57.0, 15.0, 'SE', '09', 5000),
    line(2, 'Lit', 63.32, 14.85, 'SE', '07', 1100),
    line(3, 'Hallsberg', 59.07, 15.11, 'SE', '15', 7000),
    line(4, 'Hallstavik', 60.05, 18.6, 'SE', '26', 4500),
    line(5, 'Oslo', 59.9, 10.7, 'NO', '12', 600000),
  ].join('\n')
  const localities: Locality[] = parseGeoNamesCities(text, 'SE')

  it('keeps one country only', () => {
    expect(localities.map((l) => l.name)).toEqual(['Lit', 'Lit', 'Hallsberg', 'Hallstavik'])
  })

  it('prefers the one in Jämtlands län, then the most populous', () => {
    const gazetteer = createGazetteer(localities)
    expect(gazetteer.find('lit')).toMatchObject({ lat: 63.32 })
    expect(gazetteer.find('halls')?.name).toBe('Hallsberg')
  })
})
