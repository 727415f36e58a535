import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { distanceKm } from '../../../cms/domain/geo.ts'
import {
  calculateCommute,
  COMMUTE_ASSUMPTIONS,
  compareCommute,
  DESTINATION,
  goalContribution,
  nearestHub,
  parseCommuteQuery,
  roadKm,
} from '../../../site/features/hubs/commute.ts'
import { commuteErrorMessages, goalSentence } from '../../../site/features/hubs/commuteText.ts'
import { buildPlaces, SEAT_POSITIONS } from '../../../site/features/hubs/places.ts'

const facts = JSON.parse(readFileSync(new URL('../../../seed/facts/jamtland.json', import.meta.url), 'utf8'))

const hubs = [
  { slug: 'stuguns-bibliotek', locality: 'Stugun', lat: 63.168, lng: 15.601 },
  { slug: 'brunflo', locality: 'Brunflo', lat: 63.075, lng: 14.826 },
  { slug: 'samverket', locality: 'Östersund', lat: 63.176, lng: 14.636 },
  { slug: 'fjallhubben', locality: 'Funäsdalen', lat: 62.543, lng: 12.547 },
  { slug: 'utan-plats', locality: 'Ingenstans', lat: null, lng: null },
]
const municipalities = [
  { name: 'Ragunda', seat: 'Hammarstrand', code: '2303' },
  { name: 'Östersund', seat: 'Östersund', code: '2380' },
]
const places = buildPlaces({ hubs, municipalities })
const hammarstrand = places.get('hammarstrand')!

describe('road distance', () => {
  it('is the straight-line distance times the stated detour factor', () => {
    const a = { lat: 63.105, lng: 16.345 }
    expect(roadKm(a, DESTINATION)).toBeCloseTo(distanceKm(a, DESTINATION) * 1.2, 9)
  })

  it('uses a detour factor within 0.05 of the mean road/straight-line ratio in the region’s facts', () => {
    const ratios = facts.municipalities
      .filter((m: { roadKmToOstersund: number }) => m.roadKmToOstersund > 0)
      .map((m: { code: string; roadKmToOstersund: number }) => m.roadKmToOstersund / distanceKm(SEAT_POSITIONS[m.code], DESTINATION))
    expect(ratios).toHaveLength(7)
    const mean = ratios.reduce((a: number, b: number) => a + b, 0) / ratios.length
    expect(Math.abs(mean - COMMUTE_ASSUMPTIONS.detourFactor)).toBeLessThan(0.05)
  })
})

describe('nearestHub', () => {
  it('finds the hub with a position closest to home and skips hubs without one', () => {
    expect(nearestHub(hammarstrand, hubs)?.hub.slug).toBe('stuguns-bibliotek')
    expect(nearestHub(hammarstrand, [hubs[4]])).toBeNull()
  })
})

describe('compareCommute', () => {
  it('gives weekly km and hours saved and yearly kg CO2 saved from the stated assumptions', () => {
    const result = compareCommute(hammarstrand, hubs, 5)!
    expect(result.hub.slug).toBe('stuguns-bibliotek')
    const toOstersund = distanceKm(hammarstrand, DESTINATION) * 1.2
    const toHub = distanceKm(hammarstrand, { lat: 63.168, lng: 15.601 }) * 1.2
    expect(result.kmToDestination).toBeCloseTo(toOstersund, 9)
    expect(result.kmToHub).toBeCloseTo(toHub, 9)
    // Round trips on five days.
    expect(result.weeklyKmByCar).toBeCloseTo(10 * toOstersund, 9)
    expect(result.weeklyKmSaved).toBeCloseTo(10 * (toOstersund - toHub), 9)
    expect(result.weeklyHoursSaved).toBeCloseTo((10 * (toOstersund - toHub)) / 70, 9)
    // 45 working weeks at 132.6 g/km.
    expect(result.yearlyKgSaved).toBeCloseTo((10 * (toOstersund - toHub) * 45 * 132.6) / 1000, 9)
    expect(result.reductionShare).toBeCloseTo((toOstersund - toHub) / toOstersund, 9)
  })

  it('Hammarstrand to Östersund is about 104 km by road; five days a week at Stugun save about 580 km a week and 3.5 tonnes a year', () => {
    const result = compareCommute(hammarstrand, hubs, 5)!
    expect(result.kmToDestination).toBeGreaterThan(100)
    expect(result.kmToDestination).toBeLessThan(108)
    expect(result.weeklyKmSaved).toBeGreaterThan(560)
    expect(result.weeklyKmSaved).toBeLessThan(600)
    expect(result.yearlyKgSaved).toBeGreaterThan(3300)
    expect(result.yearlyKgSaved).toBeLessThan(3600)
  })

  it('scales with the number of days a week', () => {
    const five = compareCommute(hammarstrand, hubs, 5)!
    const two = compareCommute(hammarstrand, hubs, 2)!
    expect(two.weeklyKmSaved).toBeCloseTo((five.weeklyKmSaved * 2) / 5, 9)
    expect(two.yearlyKgSaved).toBeCloseTo((five.yearlyKgSaved * 2) / 5, 9)
    expect(two.reductionShare).toBeCloseTo(five.reductionShare, 9)
  })

  it('saves nothing, never a negative amount, when no hub is closer than Östersund', () => {
    const home = { name: 'Funäsdalen', lat: 62.543, lng: 12.547 }
    const result = compareCommute(home, [{ lat: 60.0, lng: 10.0 }], 5)!
    expect(result.weeklyKmSaved).toBe(0)
    expect(result.yearlyKgSaved).toBe(0)
    expect(result.reductionShare).toBe(0)
  })

  it('saves nothing for a home in Östersund itself', () => {
    const result = compareCommute(places.get('ostersund')!, hubs, 5)!
    expect(result.hub.slug).toBe('samverket')
    expect(result.yearlyKgByCar).toBe(0)
    expect(result.reductionShare).toBe(0)
  })

  it('is null when no hub has a position', () => {
    expect(compareCommute(hammarstrand, [hubs[4]], 5)).toBeNull()
  })
})

describe('goalContribution', () => {
  it('compounds 10 % a year: from 2026 the goal asks for about 34 % less by 2030', () => {
    const g = goalContribution(0.5, 2026)
    expect(g.yearsLeft).toBe(4)
    expect(g.goalShare).toBeCloseTo(1 - 0.9 ** 4, 9)
    expect(g.meetsGoal).toBe(true)
    // 0.9^n = 0.5 → n ≈ 6.58 years.
    expect(g.equivalentYears).toBeCloseTo(Math.log(0.5) / Math.log(0.9), 9)
  })

  it('a small cut does not meet the goal, a full cut is worth any number of years', () => {
    expect(goalContribution(0.2, 2026).meetsGoal).toBe(false)
    expect(goalContribution(1, 2026).equivalentYears).toBe(Infinity)
    expect(goalContribution(0, 2026).meetsGoal).toBe(false)
  })

  it('asks for nothing more once the target year has come', () => {
    expect(goalContribution(0.3, 2031)).toMatchObject({ yearsLeft: 0, goalShare: 0 })
  })

  it('says it in plain words in both languages', () => {
    const g = goalContribution(0.5, 2026)
    expect(goalSentence(g, 0.5, 'sv')).toBe(
      'Regionens mål är 10 procent mindre koldioxid varje år fram till 2030. För din pendling betyder det ungefär 34\u00a0% mindre till 2030 (4 år till med 10 procent om året). Att arbeta på hubben minskar pendlingens utsläpp med 50\u00a0%, lika mycket som 6 år i målets takt. Ditt val räcker alltså för din del av målet.',
    )
    expect(goalSentence(g, 0.5, 'en')).toContain('cuts the commute’s emissions by 50%, as much as 6 years at the goal’s pace')
    expect(goalSentence(goalContribution(0.05, 2026), 0.05, 'en')).toContain('less than one year’s cut')
  })
})

describe('parseCommuteQuery', () => {
  const parse = (query: string) => parseCommuteQuery(new URLSearchParams(query), places)

  it('is not submitted, and has no errors, without the calculator’s parameters', () => {
    expect(parse('')).toMatchObject({ submitted: false, home: null, daysPerWeek: 5, errors: [] })
  })

  it('finds a known place whatever its case and accents, and echoes its proper name', () => {
    const q = parse('home=HAMMARSTRAND&days=3')
    expect(q.home).toMatchObject({ name: 'Hammarstrand' })
    expect(q.homeText).toBe('Hammarstrand')
    expect(q.daysPerWeek).toBe(3)
    expect(q.errors).toEqual([])
    expect(parse('home=ostersund').home?.name).toBe('Östersund')
  })

  it('takes coordinates as the directory does', () => {
    expect(parse('home=63.1%2C+16.3').home).toMatchObject({ lat: 63.1, lng: 16.3 })
  })

  it.each([
    ['home=', 'home-missing'],
    ['home=Atlantis', 'home-unknown'],
    ['home=63.1%2C+999', 'coordinates-range'],
    ['home=1.2.3%2C+4', 'coordinates-invalid'],
    [`home=${'x'.repeat(101)}`, 'home-too-long'],
    ['home=Brunflo&days=7', 'days'],
    ['home=Brunflo&days=two', 'days'],
  ])('%s is refused as %s', (query, kind) => {
    const q = parse(query)
    expect(q.submitted).toBe(true)
    expect(q.errors.map((e) => e.kind)).toEqual([kind])
  })

  it('names the unusable value in a localised message, shortened and without control characters', () => {
    const q = parse(`home=${encodeURIComponent('Atlantis\u0000' + 'y'.repeat(80))}`)
    const [sv] = commuteErrorMessages(q.errors, 'sv')
    expect(sv).toMatch(/^Platsen ”Atlantis y+…” hittar vi inte/)
    expect(commuteErrorMessages(parse('home=Brunflo&days=9').errors, 'en')).toEqual([
      '“9” is not a number of days we can use. Choose 1 to 5 days a week.',
    ])
  })
})

describe('calculateCommute', () => {
  const sources = { hubs, municipalities }

  it('compares from the home in the form, with the days asked for', () => {
    const result = calculateCommute(new URLSearchParams('home=Hammarstrand&days=2'), sources)
    expect(result.query.errors).toEqual([])
    expect(result.comparison).toMatchObject({ hub: { slug: 'stuguns-bibliotek' }, daysPerWeek: 2 })
  })

  it('offers every place with a position in Swedish alphabetical order, Östersund last', () => {
    const { placeNames } = calculateCommute(new URLSearchParams(), sources)
    // A hub without a position gives no place.
    expect(placeNames).toEqual(['Brunflo', 'Funäsdalen', 'Hammarstrand', 'Ragunda', 'Stugun', 'Östersund'])
    expect(placeNames.at(-1)).toBe('Östersund')
  })

  it('compares nothing when the form has a problem, or was not sent', () => {
    expect(calculateCommute(new URLSearchParams('home=Hammarstrand&days=0'), sources).comparison).toBeNull()
    expect(calculateCommute(new URLSearchParams(), sources).comparison).toBeNull()
  })
})
