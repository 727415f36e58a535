/**
 * Commute and climate: commuting by car to Östersund every working day, compared with working
 * at the nearest hub. Pure, so every figure is unit tested; every assumption is a named
 * constant, and the page states each one.
 */
import { distanceKm } from '../../../cms/domain/geo.ts'
import { buildPlaces, parseCoordinates, placeKey, SEAT_POSITIONS, type Place, type Position } from './places.ts'

export const COMMUTE_ASSUMPTIONS = {
  /**
   * Grams of CO2 per km: the average certified tailpipe emissions of all cars in traffic in
   * Sweden in 2022 (NEDC test cycle, electric cars counted as zero), 132.6 g/km, from the
   * national indicator "Genomsnittliga koldioxidutsläpp hos fordon" (SCB, with Trafikverket's
   * model for cars without a value). A petrol or diesel car alone emits more, so savings are
   * on the low side.
   */
  emissionGramsPerKm: 132.6,
  emissionYear: 2022,
  /**
   * Road distance as straight-line distance times this. 1.2 is the mean ratio of the road
   * distances in the region's facts to the straight-line distances of the seven municipal seats
   * outside Östersund (a unit test checks it).
   */
  detourFactor: 1.2,
  /** Average door-to-door speed by car on the county's roads, km/h. */
  speedKmh: 70,
  /** 52 weeks less about five weeks of holiday and two of public holidays. */
  workingWeeksPerYear: 45,
  defaultDaysPerWeek: 5,
} as const

/** The region's climate goal: 10 % less CO2 every year until 2030 (the region's reports). */
export const REGION_GOAL = { reductionPerYear: 0.1, targetYear: 2030 } as const

/** Where the commute goes: Östersund, the county seat, at its centre. */
export const DESTINATION: Place = { name: 'Östersund', ...SEAT_POSITIONS['2380'] }

/** Estimated road distance, one way. */
export function roadKm(a: Position, b: Position): number {
  return distanceKm(a, b) * COMMUTE_ASSUMPTIONS.detourFactor
}

export interface CommuteHub {
  lat: number | null
  lng: number | null
}

export interface CommuteComparison<H> {
  home: Place
  /** The hub nearest to home. */
  hub: H
  daysPerWeek: number
  /** One way, by road (estimated). */
  kmToDestination: number
  kmToHub: number
  /** Round trips, every working day of a week. */
  weeklyKmByCar: number
  weeklyKmSaved: number
  weeklyHoursSaved: number
  yearlyKgByCar: number
  yearlyKgSaved: number
  /** The share of the commute's CO2 that working at the hub avoids, 0 to 1. */
  reductionShare: number
}

/** The hub with a position nearest to `home`, or null when none has one. */
export function nearestHub<H extends CommuteHub>(home: Position, hubs: ReadonlyArray<H>): { hub: H; km: number } | null {
  let best: { hub: H; km: number } | null = null
  for (const hub of hubs) {
    if (hub.lat == null || hub.lng == null) continue
    const km = roadKm(home, { lat: hub.lat, lng: hub.lng })
    if (!best || km < best.km) best = { hub, km }
  }
  return best
}

const kg = (km: number) => (km * COMMUTE_ASSUMPTIONS.emissionGramsPerKm) / 1000

/**
 * Driving to Östersund and back on `daysPerWeek` days, against driving to the nearest hub and
 * back instead (by car too, so the saving is not overstated). Never negative: a hub farther
 * away than Östersund saves nothing. Null when no hub has a position.
 */
export function compareCommute<H extends CommuteHub>(
  home: Place,
  hubs: ReadonlyArray<H>,
  daysPerWeek: number = COMMUTE_ASSUMPTIONS.defaultDaysPerWeek,
  destination: Position = DESTINATION,
): CommuteComparison<H> | null {
  const nearest = nearestHub(home, hubs)
  if (!nearest) return null
  const kmToDestination = roadKm(home, destination)
  const weeklyKmByCar = 2 * kmToDestination * daysPerWeek
  const weeklyKmSaved = Math.max(0, weeklyKmByCar - 2 * nearest.km * daysPerWeek)
  const yearlyKgByCar = kg(weeklyKmByCar * COMMUTE_ASSUMPTIONS.workingWeeksPerYear)
  const yearlyKgSaved = kg(weeklyKmSaved * COMMUTE_ASSUMPTIONS.workingWeeksPerYear)
  return {
    home,
    hub: nearest.hub,
    daysPerWeek,
    kmToDestination,
    kmToHub: nearest.km,
    weeklyKmByCar,
    weeklyKmSaved,
    weeklyHoursSaved: weeklyKmSaved / COMMUTE_ASSUMPTIONS.speedKmh,
    yearlyKgByCar,
    yearlyKgSaved,
    reductionShare: yearlyKgByCar > 0 ? yearlyKgSaved / yearlyKgByCar : 0,
  }
}

export interface GoalContribution {
  /** Whole years from `year` to the target year. */
  yearsLeft: number
  /** How much less CO2 the goal asks for by the target year, compounded: 1 − 0.9^yearsLeft. */
  goalShare: number
  /** Whether this one choice cuts the commute's CO2 by at least that much. */
  meetsGoal: boolean
  /** How many years at the goal's pace the same cut would take; Infinity for a cut of 100 %. */
  equivalentYears: number
}

/** What one person's choice means beside the region's goal of 10 % less CO2 a year. */
export function goalContribution(reductionShare: number, year: number): GoalContribution {
  const yearsLeft = Math.max(0, REGION_GOAL.targetYear - year)
  const goalShare = 1 - (1 - REGION_GOAL.reductionPerYear) ** yearsLeft
  const share = Math.min(1, Math.max(0, reductionShare))
  const equivalentYears = share >= 1 ? Infinity : Math.log(1 - share) / Math.log(1 - REGION_GOAL.reductionPerYear)
  return { yearsLeft, goalShare, meetsGoal: share > 0 && share >= goalShare, equivalentYears }
}

/** The calculator's query parameters; the same names in both languages. */
export const COMMUTE_PARAMS = { home: 'home', days: 'days' } as const
export const DAYS_PER_WEEK = [1, 2, 3, 4, 5] as const
const MAX_HOME_LENGTH = 100

export type CommuteErrorKind = 'home-missing' | 'home-unknown' | 'home-too-long' | 'coordinates-invalid' | 'coordinates-range' | 'days'

export interface CommuteError {
  kind: CommuteErrorKind
  field: keyof typeof COMMUTE_PARAMS
  /** The offending value, shortened for display. */
  value: string
}

export interface CommuteQuery {
  /** True once the form has been sent: only then is a missing home an error. */
  submitted: boolean
  /** What the visitor typed (a found place's proper name), echoed back into the form. */
  homeText: string
  home: Place | null
  daysPerWeek: number
  errors: CommuteError[]
}

function display(value: string): string {
  const clean = value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim()
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean
}

/**
 * Reads the calculator's form from a query string, never throwing. A home is a place the site
 * knows (a hub's locality, a municipality or its seat) or coordinates, as in the directory.
 */
export function parseCommuteQuery(params: URLSearchParams, places: ReadonlyMap<string, Place>): CommuteQuery {
  const rawHome = params.get(COMMUTE_PARAMS.home)
  const rawDays = params.get(COMMUTE_PARAMS.days)
  const query: CommuteQuery = {
    submitted: rawHome !== null || rawDays !== null,
    homeText: '',
    home: null,
    daysPerWeek: COMMUTE_ASSUMPTIONS.defaultDaysPerWeek,
    errors: [],
  }
  const fail = (kind: CommuteErrorKind, field: CommuteError['field'], value: string) => query.errors.push({ kind, field, value: display(value) })

  const home = (rawHome ?? '').trim()
  if (home.length > MAX_HOME_LENGTH) {
    fail('home-too-long', 'home', '')
  } else if (home === '') {
    if (query.submitted) fail('home-missing', 'home', '')
  } else {
    query.homeText = home
    const coordinates = parseCoordinates(home)
    if (coordinates?.kind === 'coordinates') {
      query.home = { name: `${coordinates.position.lat}, ${coordinates.position.lng}`, ...coordinates.position }
    } else if (coordinates?.kind === 'invalid') {
      fail('coordinates-invalid', 'home', home)
    } else if (coordinates?.kind === 'out-of-range') {
      fail('coordinates-range', 'home', home)
    } else {
      const place = places.get(placeKey(home))
      if (place) {
        query.home = place
        query.homeText = place.name
      } else {
        fail('home-unknown', 'home', home)
      }
    }
  }

  if (rawDays !== null && rawDays.trim() !== '') {
    const days = rawDays.trim()
    if (/^[1-5]$/.test(days)) query.daysPerWeek = Number(days)
    else fail('days', 'days', days)
  }
  return query
}

export interface CommuteSources<H extends CommuteHub> {
  hubs: ReadonlyArray<H & { locality: string | null }>
  municipalities: ReadonlyArray<{ name: string; seat: string | null; code: string | null }>
}

export interface CommuteCalculation<H> {
  query: CommuteQuery
  /** Set when the form was sent with a usable home. */
  comparison: CommuteComparison<H> | null
  /** Every place name the form accepts, for its suggestions list. */
  placeNames: string[]
}

/** The calculator on a page: read the form, find the places, compare. */
export function calculateCommute<H extends CommuteHub>(params: URLSearchParams, sources: CommuteSources<H>): CommuteCalculation<H> {
  const places = buildPlaces(sources)
  const query = parseCommuteQuery(params, places)
  const comparison = query.home && query.errors.length === 0 ? compareCommute(query.home, sources.hubs, query.daysPerWeek) : null
  const placeNames = [...places.values()].map((p) => p.name).sort((a, b) => a.localeCompare(b, 'sv'))
  return { query, comparison, placeNames }
}
