import { describe, expect, it } from 'vitest'
import { upcomingExceptions, weeklyHours } from '../../../site/lib/weeklyHours.ts'

describe('weeklyHours', () => {
  it('gives one row per weekday, Monday first, closed days empty', () => {
    const week = weeklyHours([{ day: 'wed', opens: '08:00', closes: '16:00' }])
    expect(week.map((row) => row.day)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])
    expect(week[2].intervals).toEqual(['08:00–16:00'])
    expect(week[0].intervals).toEqual([])
  })

  it('lists a day with a lunch break as two intervals in time order', () => {
    const week = weeklyHours([
      { day: 'mon', opens: '13:00', closes: '17:00' },
      { day: 'mon', opens: '08:00', closes: '12:00' },
    ])
    expect(week[0].intervals).toEqual(['08:00–12:00', '13:00–17:00'])
  })

  it('shows a midnight closing time as 24:00', () => {
    expect(weeklyHours([{ day: 'fri', opens: '18:00', closes: '00:00' }])[4].intervals).toEqual(['18:00–24:00'])
  })

  it('treats missing hours as closed every day', () => {
    expect(weeklyHours(null).every((row) => row.intervals.length === 0)).toBe(true)
  })
})

describe('upcomingExceptions', () => {
  const now = new Date('2026-12-20T10:00:00Z')

  it('keeps today and later, earliest first, and drops past dates', () => {
    const list = upcomingExceptions(
      [
        { date: '2026-12-31T12:00:00Z', closed: true },
        { date: '2026-12-19T12:00:00Z', closed: true },
        { date: '2026-12-24T12:00:00Z', closed: true },
        { date: '2026-12-20T12:00:00Z', closed: true },
      ],
      now,
    )
    expect(list.map((e) => e.date.slice(0, 10))).toEqual(['2026-12-20', '2026-12-24', '2026-12-31'])
  })

  it('judges "today" in Stockholm, where a date stored as local midnight is the previous day in UTC', () => {
    expect(upcomingExceptions([{ date: '2026-12-19T23:00:00Z' }], now)).toHaveLength(1)
  })
})
