import { describe, expect, it } from 'vitest'
import type { OpeningInterval } from '../../../cms/domain/openingHours.ts'
import { exceptionDay, openingStatus, weekAhead, type OpeningScheduleInput } from '../../../cms/domain/openingSchedule.ts'

const weekdays = (opens: string, closes: string): OpeningInterval[] =>
  (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, opens, closes }))

const officeHours: OpeningScheduleInput = { openingHours: weekdays('08:00', '17:00') }

/** The status as plain UTC instants, so expectations say exactly which moment is meant. */
function status(schedule: OpeningScheduleInput, iso: string) {
  const s = openingStatus(schedule, new Date(iso))
  if (s.state === 'open') return { state: 'open', closesAt: s.closesAt?.toUTC().toISO() ?? null }
  if (s.state === 'closed') return { state: 'closed', opensAt: s.opensAt?.toUTC().toISO() ?? null }
  return s
}

describe('openingStatus', () => {
  it('is open during weekly hours and says when it closes', () => {
    // Tuesday 24 November 2026, 10:00 in Stockholm (UTC+1).
    expect(status(officeHours, '2026-11-24T09:00:00Z')).toEqual({ state: 'open', closesAt: '2026-11-24T16:00:00.000Z' })
  })

  it('is closed before opening and opens later the same day', () => {
    expect(status(officeHours, '2026-11-24T06:30:00Z')).toEqual({ state: 'closed', opensAt: '2026-11-24T07:00:00.000Z' })
  })

  it('is closed at the closing minute itself', () => {
    expect(status(officeHours, '2026-11-24T16:00:00Z').state).toBe('closed')
  })

  it('skips the weekend: closed on Saturday, opens Monday 08:00', () => {
    expect(status(officeHours, '2026-11-28T12:00:00Z')).toEqual({ state: 'closed', opensAt: '2026-11-30T07:00:00.000Z' })
  })

  it('judges the day in Stockholm, not UTC: 23:30 UTC on Monday is already Tuesday', () => {
    const tuesdayOnly: OpeningScheduleInput = { openingHours: [{ day: 'tue', opens: '00:00', closes: '02:00' }] }
    expect(status(tuesdayOnly, '2026-11-23T23:30:00Z').state).toBe('open')
  })

  it('says unknown, not closed, when no weekly hours are given', () => {
    expect(status({ openingHours: [] }, '2026-11-24T09:00:00Z')).toEqual({ state: 'unknown' })
    expect(status({}, '2026-11-24T09:00:00Z')).toEqual({ state: 'unknown' })
  })

  it('says closed with no next opening when every day ahead is an exception', () => {
    const closedDays = Array.from({ length: 40 }, (_, i) => ({
      date: new Date(Date.UTC(2026, 11, 1 + i)).toISOString().slice(0, 10),
      closed: true,
    }))
    expect(status({ ...officeHours, openingExceptions: closedDays }, '2026-12-01T09:00:00Z')).toEqual({ state: 'closed', opensAt: null })
  })
})

describe('midnight', () => {
  const lateFriday: OpeningScheduleInput = { openingHours: [{ day: 'fri', opens: '18:00', closes: '00:00' }] }

  it('an interval closing at 00:00 is open until midnight that ends the day', () => {
    // Friday 27 November 2026, 23:59 in Stockholm.
    expect(status(lateFriday, '2026-11-27T22:59:00Z')).toEqual({ state: 'open', closesAt: '2026-11-27T23:00:00.000Z' })
    expect(status(lateFriday, '2026-11-27T23:00:00Z').state).toBe('closed')
  })

  it('joins an interval to midnight with one from midnight the next day, so it closes once', () => {
    const overnight: OpeningScheduleInput = {
      openingHours: [...lateFriday.openingHours!, { day: 'sat', opens: '00:00', closes: '02:00' }],
    }
    expect(status(overnight, '2026-11-27T22:30:00Z')).toEqual({ state: 'open', closesAt: '2026-11-28T01:00:00.000Z' })
  })

  it('a hub open round the clock every day reports no closing time', () => {
    const always: OpeningScheduleInput = { openingHours: (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((day) => ({ day, opens: '00:00', closes: '00:00' })) }
    expect(status(always, '2026-11-24T09:00:00Z')).toEqual({ state: 'open', closesAt: null })
  })
})

describe('daylight saving time', () => {
  it('opens at 08:00 local on the Monday after the spring change: 06:00 UTC, not 07:00', () => {
    // Sunday 29 March 2026 is the last Sunday of March: clocks go from 02:00 to 03:00.
    expect(status(officeHours, '2026-03-29T10:00:00Z')).toEqual({ state: 'closed', opensAt: '2026-03-30T06:00:00.000Z' })
  })

  it('on the short spring Sunday an interval across the change lasts an hour less', () => {
    const night: OpeningScheduleInput = { openingHours: [{ day: 'sun', opens: '01:00', closes: '04:00' }] }
    // 01:30 CET is open and closes at 04:00 CEST, which is 02:00 UTC: two real hours after 00:00 UTC.
    expect(status(night, '2026-03-29T00:30:00Z')).toEqual({ state: 'open', closesAt: '2026-03-29T02:00:00.000Z' })
    expect(status(night, '2026-03-29T01:30:00Z').state).toBe('open')
  })

  it('an opening time skipped by the spring change starts when the clock resumes', () => {
    const skipped: OpeningScheduleInput = { openingHours: [{ day: 'sun', opens: '02:30', closes: '05:00' }] }
    expect(status(skipped, '2026-03-28T22:00:00Z')).toEqual({ state: 'closed', opensAt: '2026-03-29T01:30:00.000Z' })
  })

  it('opens at 08:00 local on the Monday after the autumn change: 07:00 UTC, not 06:00', () => {
    // Sunday 25 October 2026 is the last Sunday of October: clocks go from 03:00 back to 02:00.
    expect(status(officeHours, '2026-10-25T10:00:00Z')).toEqual({ state: 'closed', opensAt: '2026-10-26T07:00:00.000Z' })
  })

  it('a whole-day interval on the long autumn Sunday lasts 25 hours and covers both 02:30s', () => {
    const sunday: OpeningScheduleInput = { openingHours: [{ day: 'sun', opens: '00:00', closes: '00:00' }] }
    expect(status(sunday, '2026-10-25T00:30:00Z')).toEqual({ state: 'open', closesAt: '2026-10-25T23:00:00.000Z' })
    expect(status(sunday, '2026-10-25T01:30:00Z').state).toBe('open')
    expect(status(sunday, '2026-10-25T23:00:00Z').state).toBe('closed')
  })

  it('on the long autumn Friday evening a midnight closing is still local midnight', () => {
    const lateFriday: OpeningScheduleInput = { openingHours: [{ day: 'fri', opens: '18:00', closes: '00:00' }] }
    // Friday 23 October 2026 is still summer time (UTC+2).
    expect(status(lateFriday, '2026-10-23T20:00:00Z')).toEqual({ state: 'open', closesAt: '2026-10-23T22:00:00.000Z' })
  })
})

describe('exceptions', () => {
  const withChristmas: OpeningScheduleInput = {
    ...officeHours,
    openingExceptions: [
      { date: '2026-12-24T00:00:00.000Z', closed: true, note: 'Julafton' },
      { date: '2026-12-25', closed: true, note: 'Juldagen' },
      // A date field's value for local midnight in Stockholm is the previous day in UTC.
      { date: '2026-12-27T23:00:00.000Z', closed: false, opens: '10:00', closes: '14:00', note: 'Mellandagar' },
    ],
  }

  it('a holiday on a weekday is closed all day', () => {
    expect(status(withChristmas, '2026-12-24T10:00:00Z').state).toBe('closed')
  })

  it('after a holiday closure the next opening skips the closed days and the weekend', () => {
    // Thursday 24 and Friday 25 closed, then Saturday and Sunday; Monday 28 has special hours from 10:00.
    expect(status(withChristmas, '2026-12-24T10:00:00Z')).toEqual({ state: 'closed', opensAt: '2026-12-28T09:00:00.000Z' })
  })

  it('special hours replace the weekly hours for that day', () => {
    expect(status(withChristmas, '2026-12-28T08:00:00Z').state).toBe('closed')
    expect(status(withChristmas, '2026-12-28T12:00:00Z')).toEqual({ state: 'open', closesAt: '2026-12-28T13:00:00.000Z' })
  })

  it('special hours on a day that is normally closed open it', () => {
    const saturdayMarket = { ...officeHours, openingExceptions: [{ date: '2026-11-28', closed: false, opens: '10:00', closes: '13:00' }] }
    expect(status(saturdayMarket, '2026-11-28T10:00:00Z')).toEqual({ state: 'open', closesAt: '2026-11-28T12:00:00.000Z' })
  })

  it('an exception marked open but without valid times counts as closed', () => {
    const broken = { ...officeHours, openingExceptions: [{ date: '2026-11-24', closed: false, opens: '10:00', closes: null }] }
    expect(status(broken, '2026-11-24T12:00:00Z').state).toBe('closed')
  })
})

describe('weekAhead', () => {
  const schedule: OpeningScheduleInput = {
    openingHours: [...weekdays('08:00', '17:00'), { day: 'mon', opens: '18:00', closes: '00:00' }, { day: 'mon', opens: '06:00', closes: '07:00' }],
    openingExceptions: [{ date: '2026-12-24', closed: true, note: 'Julafton' }],
  }

  it('lists seven days from today in Stockholm with today marked', () => {
    // 23:30 UTC on Sunday 20 December is already Monday 21 December in Stockholm.
    const week = weekAhead(schedule, new Date('2026-12-20T23:30:00Z'))
    expect(week.map((d) => d.date)).toEqual(['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25', '2026-12-26', '2026-12-27'])
    expect(week.map((d) => d.day)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])
    expect(week.map((d) => d.today)).toEqual([true, false, false, false, false, false, false])
  })

  it('orders a day’s intervals and applies exceptions', () => {
    const week = weekAhead(schedule, new Date('2026-12-21T09:00:00Z'))
    expect(week[0].intervals).toEqual([
      { opens: '06:00', closes: '07:00' },
      { opens: '08:00', closes: '17:00' },
      { opens: '18:00', closes: '00:00' },
    ])
    expect(week[3]).toMatchObject({ date: '2026-12-24', intervals: [], exception: { note: 'Julafton' } })
    expect(week[5].intervals).toEqual([])
  })
})

describe('exceptionDay', () => {
  it.each([
    ['2026-12-24', '2026-12-24'],
    ['2026-12-24T00:00:00.000Z', '2026-12-24'],
    ['2026-12-23T23:00:00.000Z', '2026-12-24'],
    ['2026-06-05T22:00:00.000Z', '2026-06-06'],
    ['2026-12-24T12:00:00.000Z', '2026-12-24'],
  ])('reads %s as the Stockholm day %s', (stored, day) => {
    expect(exceptionDay(stored)).toBe(day)
  })

  it('gives null for a value that is not a date', () => {
    expect(exceptionDay('julafton')).toBeNull()
    expect(exceptionDay('2026-13-45')).toBeNull()
  })
})
