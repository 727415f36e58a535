import { describe, expect, test } from 'vitest'
import { icalRepeating, occurrences, seriesEnd, weekdayPosition, type Recurrence } from '../../../cms/domain/calendar/recurrence.ts'
import { DateTime } from 'luxon'

const ALL = [new Date(0), new Date('2100-01-01T00:00:00Z')] as const
const starts = (start: string, end: string, rule: Recurrence, limit = 50) => occurrences(start, end, rule, ...ALL, limit).map((o) => o.start)

describe('occurrences of a recurring event', () => {
  test('a single event is its one occurrence, and only when it overlaps the window', () => {
    expect(occurrences('2026-11-24T08:00:00.000Z', '2026-11-24T09:00:00.000Z', null, ...ALL)).toEqual([
      { start: '2026-11-24T08:00:00.000Z', end: '2026-11-24T09:00:00.000Z' },
    ])
    expect(occurrences('2026-11-24T08:00:00.000Z', '2026-11-24T09:00:00.000Z', { frequency: 'none' }, new Date('2026-11-24T09:00:00Z'), ALL[1])).toEqual([])
  })

  test('a weekly fika keeps 09:00 Stockholm time across the clock change', () => {
    // Tuesdays at 09:00: 08:00 UTC in winter, 07:00 UTC in summer (clocks go forward 29 March 2026).
    expect(starts('2026-03-17T08:00:00.000Z', '2026-03-17T09:00:00.000Z', { frequency: 'weekly', count: 4 })).toEqual([
      '2026-03-17T08:00:00.000Z',
      '2026-03-24T08:00:00.000Z',
      '2026-03-31T07:00:00.000Z',
      '2026-04-07T07:00:00.000Z',
    ])
  })

  test('every other week until a date, that date included', () => {
    expect(starts('2026-11-03T08:00:00.000Z', '2026-11-03T09:00:00.000Z', { frequency: 'weekly', interval: 2, until: '2026-12-15' })).toEqual([
      '2026-11-03T08:00:00.000Z',
      '2026-11-17T08:00:00.000Z',
      '2026-12-01T08:00:00.000Z',
      '2026-12-15T08:00:00.000Z',
    ])
  })

  test('exceptions skip a day but still count towards COUNT, as EXDATE does', () => {
    const rule: Recurrence = { frequency: 'weekly', count: 3, exceptions: [{ date: '2026-12-29' }] }
    expect(starts('2026-12-22T08:00:00.000Z', '2026-12-22T09:00:00.000Z', rule)).toEqual(['2026-12-22T08:00:00.000Z', '2027-01-05T08:00:00.000Z'])
  })

  test('an exception given as the admin date picker stores it (an instant) means that Stockholm day', () => {
    const rule: Recurrence = { frequency: 'weekly', count: 2, exceptions: [{ date: '2026-12-28T23:00:00.000Z' }] }
    expect(starts('2026-12-22T08:00:00.000Z', '2026-12-22T09:00:00.000Z', rule)).toEqual(['2026-12-22T08:00:00.000Z'])
  })

  test('a monthly meeting on the second Tuesday', () => {
    // 10 November 2026 is the second Tuesday.
    expect(starts('2026-11-10T12:00:00.000Z', '2026-11-10T14:00:00.000Z', { frequency: 'monthly', monthlyBy: 'weekday', count: 3 })).toEqual([
      '2026-11-10T12:00:00.000Z',
      '2026-12-08T12:00:00.000Z',
      '2027-01-12T12:00:00.000Z',
    ])
  })

  test('a fifth weekday means the last one of each month', () => {
    expect(weekdayPosition(DateTime.fromISO('2026-12-29'))).toBe(-1)
    expect(starts('2026-12-29T12:00:00.000Z', '2026-12-29T13:00:00.000Z', { frequency: 'monthly', count: 2 })).toEqual([
      '2026-12-29T12:00:00.000Z',
      '2027-01-26T12:00:00.000Z',
    ])
  })

  test('the same date each month skips months without it', () => {
    expect(starts('2027-01-31T09:00:00.000Z', '2027-01-31T10:00:00.000Z', { frequency: 'monthly', monthlyBy: 'date', count: 3 })).toEqual([
      '2027-01-31T09:00:00.000Z',
      '2027-03-31T08:00:00.000Z',
      '2027-05-31T08:00:00.000Z',
    ])
  })

  test('an open-ended rule stops at the window and the limit', () => {
    const from = new Date('2027-06-01T00:00:00Z')
    const found = occurrences('2026-11-03T08:00:00.000Z', '2026-11-03T09:00:00.000Z', { frequency: 'weekly' }, from, new Date('2027-07-01T00:00:00Z'))
    expect(found.map((o) => o.start)).toEqual(['2027-06-01T07:00:00.000Z', '2027-06-08T07:00:00.000Z', '2027-06-15T07:00:00.000Z', '2027-06-22T07:00:00.000Z', '2027-06-29T07:00:00.000Z'])
    expect(starts('2026-11-03T08:00:00.000Z', '2026-11-03T09:00:00.000Z', { frequency: 'weekly' }, 3)).toHaveLength(3)
  })

  test('the series ends with its last occurrence, or never', () => {
    expect(seriesEnd('2026-11-03T08:00:00.000Z', '2026-11-03T09:00:00.000Z', { frequency: 'weekly', count: 2 })).toBe('2026-11-10T09:00:00.000Z')
    expect(seriesEnd('2026-11-03T08:00:00.000Z', '2026-11-03T09:00:00.000Z', { frequency: 'weekly' })).toBeNull()
    expect(seriesEnd('2026-11-03T08:00:00.000Z', '2026-11-03T09:00:00.000Z', null)).toBe('2026-11-03T09:00:00.000Z')
  })
})

describe('the rule for iCalendar', () => {
  test('weekly with an end date and exceptions at the event’s local time', () => {
    const repeating = icalRepeating('2026-11-03T08:00:00.000Z', { frequency: 'weekly', interval: 2, until: '2026-12-15', exceptions: [{ date: '2026-12-01' }] })!
    expect(repeating.freq).toBe('WEEKLY')
    expect(repeating.interval).toBe(2)
    expect(repeating.until!.toISO()).toBe('2026-12-15T22:59:59.999Z')
    expect(repeating.exclude!.map((d) => d.toISO())).toEqual(['2026-12-01T09:00:00.000+01:00'])
  })

  test('monthly by weekday position, and by date', () => {
    expect(icalRepeating('2026-11-10T12:00:00.000Z', { frequency: 'monthly', count: 6 })).toMatchObject({ freq: 'MONTHLY', byDay: ['TU'], bySetPos: [2], count: 6 })
    expect(icalRepeating('2026-11-14T12:00:00.000Z', { frequency: 'monthly', monthlyBy: 'date' })).toMatchObject({ freq: 'MONTHLY', byMonthDay: [14] })
    expect(icalRepeating('2026-11-14T12:00:00.000Z', { frequency: 'none' })).toBeNull()
  })
})

describe('the rule in words', async () => {
  const { describeRecurrence, skippedDates } = await import('../../../site/features/events/recurrenceText.ts')

  test('weekly and every other week', () => {
    expect(describeRecurrence('2026-11-03T09:00:00.000Z', { frequency: 'weekly', count: 10 }, 'sv')).toBe('Varje vecka på tisdagar, 10 gånger')
    expect(describeRecurrence('2026-11-03T09:00:00.000Z', { frequency: 'weekly', count: 10 }, 'en')).toBe('Every week on Tuesdays, 10 times')
    expect(describeRecurrence('2026-11-03T09:00:00.000Z', { frequency: 'weekly', interval: 2, until: '2026-12-15T11:00:00.000Z' }, 'sv')).toBe(
      'Varannan vecka på tisdagar till och med 15 december 2026',
    )
  })

  test('monthly by weekday and by date', () => {
    expect(describeRecurrence('2026-11-10T12:00:00.000Z', { frequency: 'monthly' }, 'sv')).toBe('Den andra tisdagen varje månad')
    expect(describeRecurrence('2026-11-10T12:00:00.000Z', { frequency: 'monthly' }, 'en')).toBe('On the second Tuesday of every month')
    expect(describeRecurrence('2026-11-21T12:00:00.000Z', { frequency: 'monthly', monthlyBy: 'date' }, 'en')).toBe('On the 21st of every month')
    expect(describeRecurrence('2026-11-21T12:00:00.000Z', { frequency: 'monthly', monthlyBy: 'date' }, 'sv')).toBe('Den 21:a varje månad')
    expect(describeRecurrence('2026-11-21T12:00:00.000Z', { frequency: 'none' }, 'sv')).toBeNull()
  })

  test('skipped days still ahead', () => {
    const rule: Recurrence = { frequency: 'weekly', exceptions: [{ date: '2026-12-29' }, { date: '2026-11-01' }] }
    expect(skippedDates(rule, new Date('2026-11-22T12:00:00Z'))).toEqual(['2026-12-29'])
  })
})

describe('a recurring event in a feed, read back by ical.js', async () => {
  const { buildCalendar } = await import('../../../cms/domain/calendar/eventCalendar.ts')
  const { parseCalendar } = await import('../../helpers/ical.ts')
  const ICAL = (await import('ical.js')).default

  test('RRULE and EXDATE give Tuesdays at 09:00 Stockholm time across the clock change, minus the skipped day', () => {
    const text = buildCalendar(
      [
        {
          id: 7,
          title: 'Veckofika',
          summary: null,
          description: null,
          start: '2026-03-17T08:00:00.000Z',
          end: '2026-03-17T09:00:00.000Z',
          cancelled: false,
          sequence: 0,
          updatedAt: '2026-03-01T00:00:00.000Z',
          url: 'https://example.se/evenemang/veckofika',
          organiser: 'Hubben',
          place: null,
          recurrence: { frequency: 'weekly', count: 4, exceptions: [{ date: '2026-03-24' }] },
        },
      ],
      { locale: 'sv', noReplyEmail: 'noreply@example.se' },
    )
    expect(text).toMatch(/RRULE:FREQ=WEEKLY;COUNT=4/)
    expect(text).toMatch(/EXDATE;TZID=Europe\/Stockholm:20260324T090000/)
    const vevent = parseCalendar(text).events[0]
    const iterator = new ICAL.Event(vevent).iterator()
    const local: string[] = []
    for (let next = iterator.next(); next; next = iterator.next()) {
      local.push(DateTime.fromJSDate(next.toJSDate(), { zone: 'Europe/Stockholm' }).toFormat("yyyy-MM-dd'T'HH:mm"))
    }
    expect(local).toEqual(['2026-03-17T09:00', '2026-03-31T09:00', '2026-04-07T09:00'])
  })
})

describe('recurring events in lists', async () => {
  const { atNextOccurrence } = await import('../../../site/features/events/eventOccurrences.ts')

  test('a series is listed once, at its next occurrence, in date order; a finished one is dropped', () => {
    const now = new Date('2026-11-22T12:00:00Z')
    const listed = atNextOccurrence(
      [
        { title: 'weekly', start: '2026-11-03T09:00:00.000Z', end: '2026-11-03T10:00:00.000Z', recurrence: { frequency: 'weekly' as const } },
        { title: 'single', start: '2026-11-23T09:00:00.000Z', end: '2026-11-23T10:00:00.000Z', recurrence: null },
        { title: 'over', start: '2026-10-01T09:00:00.000Z', end: '2026-10-01T10:00:00.000Z', recurrence: { frequency: 'weekly' as const, count: 2 } },
      ],
      now,
    )
    expect(listed.map((e) => [e.title, e.start])).toEqual([
      ['single', '2026-11-23T09:00:00.000Z'],
      ['weekly', '2026-11-24T09:00:00.000Z'],
    ])
  })
})
