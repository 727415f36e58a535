/**
 * A gazetteer of Swedish localities: GeoNames' table of places with at least 500 inhabitants
 * (shipped as an npm package), filtered to one country, plus the few county places that
 * table lacks. Pure: the file is read elsewhere (site/features/hubs/swedishPlaces.ts).
 */

export interface Locality {
  name: string
  lat: number
  lng: number
  /** GeoNames' first-level code: the county ("07" is Jämtlands län). */
  admin1: string
  population: number
}

/** GeoNames' admin1 code for Jämtlands län, the portal's county. */
export const HOME_COUNTY = '07'
/** Shorter prefixes match too much to mean anything ("ha"). */
const MIN_PREFIX = 3

/**
 * County places visitors name that are under GeoNames' 500-inhabitant line or are parts of a
 * town there: approximate positions (public geography, to a kilometre or two).
 */
export const COUNTY_SUPPLEMENT: readonly Locality[] = [
  { name: 'Frösön', lat: 63.19, lng: 14.54, admin1: HOME_COUNTY, population: 0 },
  { name: 'Hallen', lat: 63.18, lng: 14.08, admin1: HOME_COUNTY, population: 0 },
]

/**
 * Post towns of the county's three-digit postcode areas that we can state for certain; any
 * other postcode gets "postcodes are not known" rather than a wrong place.
 */
export const POSTCODE_TOWNS: Readonly<Record<string, string>> = {
  '831': 'Östersund',
  '832': 'Frösön',
  '833': 'Strömsund',
  '834': 'Brunflo',
  '835': 'Krokom',
}

/** Case, accents and spacing do not matter: "froson" finds Frösön, "JARPEN" Järpen. */
export function placeKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/**
 * The lines of a GeoNames cities file (tab separated: 1 name, 4 latitude, 5 longitude,
 * 8 country, 10 admin1, 14 population) for one country.
 */
export function parseGeoNamesCities(text: string, country: string): Locality[] {
  const localities: Locality[] = []
  const marker = `\t${country}\t`
  for (const line of text.split('\n')) {
    if (!line.includes(marker)) continue
    const locality = parseGeoNamesLine(line, country)
    if (locality) localities.push(locality)
  }
  return localities
}

export function parseGeoNamesLine(line: string, country: string): Locality | null {
  const cells = line.split('\t')
  if (cells.length < 15 || cells[8] !== country) return null
  const lat = Number(cells[4])
  const lng = Number(cells[5])
  if (!cells[1] || !Number.isFinite(lat) || !Number.isFinite(lng)) return null
  return { name: cells[1], lat, lng, admin1: cells[10] ?? '', population: Number(cells[14]) || 0 }
}

export interface Gazetteer {
  /** The place a visitor means by a name or the start of one; null when none or too short. */
  find(text: string): Locality | null
  /** The place of exactly this name (accents and case aside), without guessing from a prefix. */
  exact(text: string): Locality | null
  size: number
}

/** The home county first, then the most populous: there are several Lit and Hallen in Sweden. */
function better(a: Locality, b: Locality): boolean {
  const aHome = a.admin1 === HOME_COUNTY
  const bHome = b.admin1 === HOME_COUNTY
  if (aHome !== bHome) return aHome
  return a.population > b.population
}

export function createGazetteer(localities: readonly Locality[], supplement: readonly Locality[] = COUNTY_SUPPLEMENT): Gazetteer {
  const byKey = new Map<string, Locality>()
  for (const locality of [...localities, ...supplement]) {
    const key = placeKey(locality.name)
    const known = byKey.get(key)
    if (key && (!known || better(locality, known))) byKey.set(key, locality)
  }
  const keys = [...byKey.keys()].sort()
  return {
    size: byKey.size,
    exact: (text) => byKey.get(placeKey(text)) ?? null,
    find(text) {
      const key = placeKey(text)
      if (!key) return null
      const exact = byKey.get(key)
      if (exact) return exact
      if (key.length < MIN_PREFIX) return null
      let best: Locality | null = null
      for (const candidate of keys) {
        if (!candidate.startsWith(key)) continue
        const locality = byKey.get(candidate)!
        if (!best || better(locality, best)) best = locality
      }
      return best
    },
  }
}

export type NearTextMeaning = { kind: 'place'; place: Locality } | { kind: 'postcode-unknown' } | { kind: 'address' } | null

/** "831 32", "SE-83132" or a postal line with its town, "837 31 Järpen". */
const POSTCODE = /^(?:se-?)?\s*(\d{3})\s?(\d{2})(?:\s+(\p{L}[\p{L}\s-]*))?$/iu
/** A street and a number ("Storgatan 12", "Prästgatan 4B"): letters, then a house number. */
const STREET_ADDRESS = /^\p{L}[\p{L}\s.'-]*\s\d+\s?\p{L}?(?:[,\s].*)?$/u

/**
 * What a "near" text means beyond coordinates: a place, a postcode (its post town), or a street
 * address, which is not understood. null when it is none of these.
 */
export function describeNearText(text: string, gazetteer: Gazetteer): NearTextMeaning {
  const value = text.trim()
  const postcode = POSTCODE.exec(value)
  if (postcode) {
    // The town written after the postcode says more than the postcode area's main town.
    const town = postcode[3] ?? POSTCODE_TOWNS[postcode[1]]
    const place = town ? gazetteer.find(town) : null
    return place ? { kind: 'place', place } : { kind: 'postcode-unknown' }
  }
  const place = gazetteer.find(value)
  if (place) return { kind: 'place', place }
  if (STREET_ADDRESS.test(value)) return { kind: 'address' }
  return null
}
