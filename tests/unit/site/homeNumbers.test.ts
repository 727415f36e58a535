import { describe, expect, test } from 'vitest'
import { homeNumbers, stockholmMonth } from '../../../site/features/home/homeNumbers.ts'

describe('the home page numbers', () => {
  const now = new Date('2026-11-22T12:00:00Z')

  test('the month is Stockholm’s: midnight local time on the 1st', () => {
    expect(stockholmMonth(now)).toEqual({ from: new Date('2026-10-31T23:00:00Z'), to: new Date('2026-11-30T23:00:00Z') })
  })

  test('counts hubs, municipalities with at least one hub, and occasions starting this month', () => {
    const hubs = [{ municipality: { slug: 'ostersund' } }, { municipality: { slug: 'ostersund' } }, { municipality: { slug: 'are' } }, { municipality: null }]
    const events = [
      // Four Tuesdays from 3 November: 3, 10, 17 and 24 November.
      { start: '2026-11-03T09:00:00.000Z', end: '2026-11-03T10:00:00.000Z', recurrence: { frequency: 'weekly' as const } },
      { start: '2026-11-30T22:30:00.000Z', end: '2026-11-30T23:30:00.000Z' }, // 23:30 on 30 November in Stockholm
      { start: '2026-10-31T22:30:00.000Z', end: '2026-10-31T23:30:00.000Z' }, // 23:30 on 31 October
    ]
    expect(homeNumbers(hubs, 8, events, now)).toEqual({ hubs: 4, municipalitiesWithHubs: 2, municipalities: 8, eventsThisMonth: 5 })
  })
})
