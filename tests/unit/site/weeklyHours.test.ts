import { describe, expect, it } from 'vitest'
import { intervalsText, upcomingExceptions } from '../../../site/features/hubs/weeklyHours.ts'

describe('intervalsText', () => {
  it('joins a day with a lunch break', () => {
    expect(intervalsText([{ opens: '08:00', closes: '12:00' }, { opens: '13:00', closes: '17:00' }], 'Stängt')).toBe('08:00–12:00, 13:00–17:00')
  })

  it('shows a midnight closing time as 24:00', () => {
    expect(intervalsText([{ opens: '18:00', closes: '00:00' }], 'Stängt')).toBe('18:00–24:00')
  })

  it('says closed for a day without intervals', () => {
    expect(intervalsText([], 'Closed')).toBe('Closed')
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
