import { describe, expect, test } from 'vitest'
import { atOccurrence, calendarPlaces, chooseOccurrence, occurrenceOn, parseOccurrence, upcomingOccurrences } from '../../../cms/domain/registration/occurrence.ts'
import { registrationRefusal } from '../../../cms/domain/registration/rules.ts'

// Tuesdays 10:00–11:00 Stockholm time from 3 November 2026 (CET, UTC+1).
const weekly = { id: 7, start: '2026-11-03T09:00:00.000Z', end: '2026-11-03T10:00:00.000Z', recurrence: { frequency: 'weekly' as const } }
const single = { id: 8, start: '2026-12-10T09:00:00.000Z', end: '2026-12-10T10:00:00.000Z', recurrence: null }
const now = new Date('2026-12-04T12:00:00Z')

describe('which occurrence a registration is for', () => {
  test('a visitor names it by Stockholm date or instant; anything else is not a date', () => {
    expect(parseOccurrence('2026-12-08')).toBe('2026-12-08')
    expect(parseOccurrence('2026-12-07T23:30:00.000Z')).toBe('2026-12-08')
    expect(parseOccurrence('')).toBeNull()
    expect(parseOccurrence(undefined)).toBeNull()
    for (const bad of ['8 dec', '2026-13-45', "2026-12-08'; --", 'x'.repeat(100), 42]) expect(parseOccurrence(bad), String(bad)).toBeUndefined()
  })

  test('the coming occurrences of a series carry their dates; a single event has one, with none', () => {
    expect(upcomingOccurrences(weekly, now, 2)).toEqual([
      { start: '2026-12-08T09:00:00.000Z', end: '2026-12-08T10:00:00.000Z', date: '2026-12-08' },
      { start: '2026-12-15T09:00:00.000Z', end: '2026-12-15T10:00:00.000Z', date: '2026-12-15' },
    ])
    expect(upcomingOccurrences(single, now)).toEqual([{ start: single.start, end: single.end, date: null }])
  })

  test('the next occurrence by default, a named one when the series meets then, refused otherwise', () => {
    expect(chooseOccurrence(weekly, null, now)).toMatchObject({ ok: true, occurrence: { date: '2026-12-08' } })
    expect(chooseOccurrence(weekly, '2026-12-15', now)).toMatchObject({ ok: true, occurrence: { start: '2026-12-15T09:00:00.000Z' } })
    expect(chooseOccurrence(weekly, '2026-12-16', now)).toEqual({ ok: false, problem: 'occurrenceUnknown' })
    expect(chooseOccurrence(weekly, '2026-12-01', now)).toEqual({ ok: false, problem: 'past' })
    expect(chooseOccurrence(weekly, 'soon', now)).toEqual({ ok: false, problem: 'occurrenceUnknown' })
    expect(chooseOccurrence(single, null, now)).toMatchObject({ ok: true, occurrence: { date: null } })
    expect(chooseOccurrence(single, '2026-12-10', now)).toMatchObject({ ok: true, occurrence: { date: null } })
    expect(chooseOccurrence(single, '2026-12-11', now)).toEqual({ ok: false, problem: 'occurrenceUnknown' })
  })

  test('keeps the wall-clock hour across the clock change, and skips the days the series skips', () => {
    const summer = { ...weekly, start: '2027-03-23T09:00:00.000Z', end: '2027-03-23T10:00:00.000Z', recurrence: { frequency: 'weekly' as const, exceptions: [{ date: '2027-04-06' }] } }
    expect(occurrenceOn(summer, '2027-03-30')?.start).toBe('2027-03-30T08:00:00.000Z')
    expect(occurrenceOn(summer, '2027-04-06')).toBeNull()
  })

  test('a recurring event whose first occurrence is past is still open for registration', () => {
    const event = { ...weekly, registrationRequired: true, status: 'scheduled', audience: 'public' }
    expect(registrationRefusal(event, now, { network: false, council: false })).toBeNull()
    expect(registrationRefusal({ ...event, recurrence: { frequency: 'weekly' as const, count: 3 } }, now, { network: false, council: false })).toBe('past')
  })

  test('the event at an occurrence is that one meeting, and a calendar holds one entry per place', () => {
    expect(atOccurrence(weekly, '2026-12-15')).toMatchObject({ start: '2026-12-15T09:00:00.000Z', end: '2026-12-15T10:00:00.000Z', recurrence: null, occurrence: '2026-12-15' })
    expect(atOccurrence(single, null)).toBe(single)
    const places = calendarPlaces([weekly, single], [{ event: 8 }, { event: 7, occurrence: '2026-12-15' }, { event: 7, occurrence: '2026-12-08' }, { event: 7, occurrence: '2026-12-08' }])
    expect(places.map((p) => [p.id, p.start])).toEqual([
      [7, '2026-12-08T09:00:00.000Z'],
      [8, '2026-12-10T09:00:00.000Z'],
      [7, '2026-12-15T09:00:00.000Z'],
    ])
  })
})
