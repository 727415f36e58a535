/**
 * Places a visitor can sort the hub directory by: hub localities, municipality names and
 * their seats, or plain coordinates. Pure, so the matching is unit tested without a server.
 */
import { placeKey } from '../../../cms/domain/gazetteer.ts'
import { isLatitude, isLongitude } from '../../../cms/domain/geo.ts'

export interface Position {
  lat: number
  lng: number
}

export interface Place extends Position {
  name: string
}

/**
 * Approximate positions of the municipal seats (public geography, to about a kilometre), by
 * Statistics Sweden's municipality code. The content model has no position for a
 * municipality, and a municipality's name stands for its seat.
 */
export const SEAT_POSITIONS: Record<string, Position> = {
  '2326': { lat: 62.767, lng: 14.433 }, // Svenstavik
  '2305': { lat: 62.75, lng: 15.417 }, // Bräcke
  '2361': { lat: 62.034, lng: 14.357 }, // Sveg
  '2309': { lat: 63.327, lng: 14.456 }, // Krokom
  '2303': { lat: 63.105, lng: 16.345 }, // Hammarstrand
  '2313': { lat: 63.853, lng: 15.557 }, // Strömsund
  '2321': { lat: 63.347, lng: 13.47 }, // Järpen
  '2380': { lat: 63.176, lng: 14.636 }, // Östersund
}

export interface PlaceSources {
  hubs: ReadonlyArray<{ locality: string | null; lat: number | null; lng: number | null }>
  municipalities: ReadonlyArray<{ name: string; seat: string | null; code: string | null }>
}

/** Case, accents and spacing do not matter: "funasdalen" finds Funäsdalen (the gazetteer's key). */
export { placeKey }

/**
 * Every named place, keyed by placeKey. A hub's own locality wins over a municipality of the
 * same name ("Åre" the village, not Järpen, the seat of Åre municipality).
 */
export function buildPlaces(sources: PlaceSources): Map<string, Place> {
  const places = new Map<string, Place>()
  const add = (name: string | null, position: Position | null | undefined) => {
    if (!name || !position || !isLatitude(position.lat) || !isLongitude(position.lng)) return
    const key = placeKey(name)
    if (key && !places.has(key)) places.set(key, { name, lat: position.lat, lng: position.lng })
  }
  for (const hub of sources.hubs) add(hub.locality, hub.lat != null && hub.lng != null ? { lat: hub.lat, lng: hub.lng } : null)
  for (const m of sources.municipalities) {
    const seat = m.code ? SEAT_POSITIONS[m.code] : undefined
    add(m.seat, seat)
    add(m.name, seat)
  }
  return places
}

export type CoordinatesResult = { kind: 'coordinates'; position: Position } | { kind: 'invalid' | 'out-of-range' } | null

const NUMBER = String.raw`[+-]?\d+(?:\.\d+)?`
const COMMA_NUMBER = String.raw`[+-]?\d+(?:,\d+)?`
const DOT_PAIR = new RegExp(`^(${NUMBER})\\s*[,;\\s]\\s*(${NUMBER})$`)
// Swedish decimal commas: "63,18 14,64" or "63,18; 14,64".
const COMMA_PAIR = new RegExp(`^(${COMMA_NUMBER})\\s*[;\\s]\\s*(${COMMA_NUMBER})$`)
/** Text made only of what coordinates are written with, so a failed parse means bad coordinates. */
const LOOKS_NUMERIC = /^[\d\s.,;+-]+$/

/**
 * "63.18, 14.64" (latitude first, as people write them) as a position; null when the text is
 * not an attempt at coordinates, so it can be looked up as a place name instead.
 */
export function parseCoordinates(text: string): CoordinatesResult {
  const value = text.trim()
  if (!/\d/.test(value) || !LOOKS_NUMERIC.test(value)) return null
  const match = DOT_PAIR.exec(value) ?? COMMA_PAIR.exec(value)
  if (!match) return { kind: 'invalid' }
  const [lat, lng] = [match[1], match[2]].map((n) => Number(n.replace(',', '.')))
  if (!isLatitude(lat) || !isLongitude(lng)) return { kind: 'out-of-range' }
  return { kind: 'coordinates', position: { lat, lng } }
}
