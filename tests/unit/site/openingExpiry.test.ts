import { describe, expect, test } from 'vitest'
import { nextOpeningChange } from '../../../site/features/hubs/openingExpiry.ts'

describe('when an open-now page goes out of date', () => {
  // Monday 23 November 2026, 07:30 in Stockholm (06:30 UTC).
  const now = new Date('2026-11-23T06:30:00Z')
  const weekdays = (opens: string, closes: string) =>
    (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, opens, closes }))

  test('the soonest opening or closing among the hubs shown', () => {
    const opensAtEight = { openingHours: weekdays('08:00', '16:00') }
    const openUntilNine = { openingHours: weekdays('07:00', '09:00') }
    expect(nextOpeningChange([opensAtEight], now)).toBe(Date.parse('2026-11-23T07:00:00Z'))
    expect(nextOpeningChange([opensAtEight, openUntilNine], now)).toBe(Date.parse('2026-11-23T07:00:00Z'))
    expect(nextOpeningChange([openUntilNine], now)).toBe(Date.parse('2026-11-23T08:00:00Z'))
  })

  test('no hours, no change to wait for', () => {
    expect(nextOpeningChange([{}], now)).toBeNull()
    expect(nextOpeningChange([], now)).toBeNull()
  })

  test('a holiday is a change too: a hub open round the clock closes at the midnight it begins', () => {
    const always = { openingHours: (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((day) => ({ day, opens: '00:00', closes: '00:00' })) }
    // Thursday 23 December 2027, 12:00 in Stockholm: Christmas Eve begins at 23:00 UTC.
    expect(nextOpeningChange([always], new Date('2027-12-23T11:00:00Z'))).toBe(Date.parse('2027-12-23T23:00:00Z'))
  })

  test('the words "today" and "tomorrow" change at midnight, so the page goes out of date then at the latest', () => {
    // Thursday 25 March 2027, 20:00 in Stockholm: closed through Easter, opens on Tuesday, but
    // "opens Tuesday 08:00" is said differently after midnight.
    const officeHours = { openingHours: weekdays('08:00', '17:00') }
    expect(nextOpeningChange([officeHours], new Date('2027-03-25T19:00:00Z'))).toBe(Date.parse('2027-03-25T23:00:00Z'))
  })
})
