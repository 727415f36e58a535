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
})
