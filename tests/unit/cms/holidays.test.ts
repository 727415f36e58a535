import { describe, expect, it } from 'vitest'
import { holidayOn, holidaysBetween, holidaysOfYear } from '../../../cms/domain/holidays.ts'
import type { OpeningInterval } from '../../../cms/domain/openingHours.ts'
import { holidayClosuresAhead, openingStatus, weekAhead, type OpeningScheduleInput } from '../../../cms/domain/openingSchedule.ts'

const days = (list: readonly OpeningInterval['day'][], opens: string, closes: string): OpeningInterval[] => list.map((day) => ({ day, opens, closes }))
const officeHours: OpeningScheduleInput = { openingHours: days(['mon', 'tue', 'wed', 'thu', 'fri'], '08:00', '17:00') }
const everyDay: OpeningScheduleInput = { openingHours: days(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], '08:00', '17:00') }

/** The status as plain UTC instants, so expectations say exactly which moment is meant. */
function status(schedule: OpeningScheduleInput, iso: string) {
  const s = openingStatus(schedule, new Date(iso))
  if (s.state === 'open') return { state: 'open', closesAt: s.closesAt?.toUTC().toISO() ?? null }
  if (s.state === 'closed') return { state: 'closed', opensAt: s.opensAt?.toUTC().toISO() ?? null }
  return s
}

describe('Swedish holidays and eves that close hubs', () => {
  it('knows 2027’s, Easter-dependent ones included, with names in both languages', () => {
    expect(holidaysOfYear(2027).map((h) => `${h.date} ${h.sv}`)).toEqual([
      '2027-01-01 Nyårsdagen',
      '2027-01-06 Trettondedag jul',
      '2027-03-26 Långfredagen',
      '2027-03-28 Påskdagen',
      '2027-03-29 Annandag påsk',
      '2027-05-01 Första maj',
      '2027-05-06 Kristi himmelsfärdsdag',
      '2027-05-16 Pingstdagen',
      '2027-06-06 Nationaldagen',
      '2027-06-25 Midsommarafton',
      '2027-06-26 Midsommardagen',
      '2027-11-06 Alla helgons dag',
      '2027-12-24 Julafton',
      '2027-12-25 Juldagen',
      '2027-12-26 Annandag jul',
      '2027-12-31 Nyårsafton',
    ])
    expect(holidayOn('2027-03-26')).toEqual({ date: '2027-03-26', sv: 'Långfredagen', en: 'Good Friday' })
    expect(holidayOn('2027-06-25')?.en).toBe('Midsummer Eve')
  })

  it('leaves out the half-day eves and the days that are only observed', () => {
    // Trettondagsafton, valborgsmässoafton, allhelgonaafton; påskafton, annandag pingst, Lucia.
    for (const date of ['2027-01-05', '2027-04-30', '2027-11-05', '2027-03-27', '2027-05-17', '2027-12-13']) expect(holidayOn(date)).toBeNull()
  })

  it('gives the holidays of a range across a new year', () => {
    expect(holidaysBetween('2026-12-24', '2027-01-06').map((h) => h.date)).toEqual([
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2026-12-31',
      '2027-01-01',
      '2027-01-06',
    ])
  })
})

describe('a hub on a holiday', () => {
  it('is closed on Good Friday and Easter Monday and opens again on Tuesday', () => {
    // Friday 26 March 2027, 10:00 in Stockholm (UTC+1).
    expect(status(officeHours, '2027-03-26T09:00:00Z')).toEqual({ state: 'closed', opensAt: '2027-03-30T06:00:00.000Z' })
    // Monday 29 March 2027 is summer time already (UTC+2).
    expect(status(officeHours, '2027-03-29T08:00:00Z').state).toBe('closed')
  })

  it('closes on the evening before a holiday at its usual time, not later', () => {
    // Thursday 25 March 2027, 16:00: closes at 17:00 and opens again on Tuesday.
    expect(status(officeHours, '2027-03-25T15:00:00Z')).toEqual({ state: 'open', closesAt: '2027-03-25T16:00:00.000Z' })
  })

  it.each([
    ['Ascension Day', '2027-05-06T08:00:00Z'],
    ['Midsummer Eve', '2027-06-25T08:00:00Z'],
    ['Midsummer Day', '2027-06-26T08:00:00Z'],
    ['All Saints’ Day', '2027-11-06T09:00:00Z'],
    ['Christmas Eve', '2027-12-24T09:00:00Z'],
  ])('is closed on %s even when it opens every day of the week', (_name, at) => {
    expect(status(everyDay, at).state).toBe('closed')
  })

  it('is open as usual on a half-day eve (Walpurgis Night) unless it says otherwise', () => {
    expect(status(officeHours, '2027-04-30T08:00:00Z').state).toBe('open')
  })

  it('opens with the hours of its own exception for the day, which override the holiday', () => {
    const openOnGoodFriday = { ...officeHours, openingExceptions: [{ date: '2027-03-26', closed: false, opens: '10:00', closes: '14:00' }] }
    expect(status(openOnGoodFriday, '2027-03-26T10:00:00Z')).toEqual({ state: 'open', closesAt: '2027-03-26T13:00:00.000Z' })
    // A date field's value: local midnight in Stockholm, stored in UTC.
    const stored = { ...everyDay, openingExceptions: [{ date: '2027-12-23T23:00:00.000Z', closed: false, opens: '09:00', closes: '12:00' }] }
    expect(status(stored, '2027-12-24T09:00:00Z')).toEqual({ state: 'open', closesAt: '2027-12-24T11:00:00.000Z' })
  })

  it('an exception that closes a holiday keeps it closed, with the exception’s note in the week', () => {
    const week = weekAhead({ ...officeHours, openingExceptions: [{ date: '2027-12-24', closed: true, note: 'Julstängt' }] }, new Date('2027-12-20T09:00:00Z'))
    expect(week[4]).toMatchObject({ date: '2027-12-24', intervals: [], exception: { note: 'Julstängt' }, holiday: null })
  })

  it('shows the holiday on its day in the week ahead', () => {
    const week = weekAhead(officeHours, new Date('2027-03-22T09:00:00Z'))
    expect(week.map((d) => [d.date, d.intervals.length, d.holiday?.sv ?? null])).toEqual([
      ['2027-03-22', 1, null],
      ['2027-03-23', 1, null],
      ['2027-03-24', 1, null],
      ['2027-03-25', 1, null],
      ['2027-03-26', 0, 'Långfredagen'],
      ['2027-03-27', 0, null],
      ['2027-03-28', 0, 'Påskdagen'],
    ])
  })
})

describe('the holidays ahead that close a hub', () => {
  it('are the next three days it would otherwise be open, within 60 days', () => {
    // From Monday 15 March 2027: Good Friday, Easter Monday, then Första maj is a Saturday
    // (closed anyway), so Ascension Day; Easter Sunday is a Sunday.
    const ahead = holidayClosuresAhead(officeHours, new Date('2027-03-15T09:00:00Z'))
    expect(ahead.map((c) => [c.date, c.holiday.en])).toEqual([
      ['2027-03-26', 'Good Friday'],
      ['2027-03-29', 'Easter Monday'],
      ['2027-05-06', 'Ascension Day'],
    ])
  })

  it('leave out a holiday the hub has its own exception for, and days further than asked', () => {
    const openOnGoodFriday = { ...officeHours, openingExceptions: [{ date: '2027-03-26', closed: false, opens: '10:00', closes: '14:00' }] }
    const ahead = holidayClosuresAhead(openOnGoodFriday, new Date('2027-03-15T09:00:00Z'), { withinDays: 30 })
    expect(ahead.map((c) => c.date)).toEqual(['2027-03-29'])
    // From the day after Easter Monday (the week table shows the days before it) to 14 May.
    expect(holidayClosuresAhead(officeHours, new Date('2027-03-15T09:00:00Z'), { fromDay: 15 }).map((c) => c.date)).toEqual(['2027-05-06'])
  })

  it('are none for a hub without weekly hours', () => {
    expect(holidayClosuresAhead({ openingHours: [] }, new Date('2027-03-15T09:00:00Z'))).toEqual([])
  })
})
