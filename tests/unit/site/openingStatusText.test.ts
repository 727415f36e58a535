import { describe, expect, it } from 'vitest'
import { openingStatus, type OpeningScheduleInput } from '../../../cms/domain/openingSchedule.ts'
import { openingStatusText } from '../../../site/features/hubs/openingStatusText.ts'

const schedule: OpeningScheduleInput = {
  openingHours: [
    ...(['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, opens: '08:00', closes: '17:00' })),
    { day: 'fri', opens: '18:00', closes: '00:00' },
  ],
  openingExceptions: [{ date: '2026-12-24', closed: true }, { date: '2026-12-25', closed: true }],
}

function text(iso: string, locale: 'sv' | 'en' = 'sv') {
  const now = new Date(iso)
  return openingStatusText(openingStatus(schedule, now), now, locale).text
}

describe('openingStatusText', () => {
  it('says when an open hub closes today', () => {
    expect(text('2026-11-24T09:00:00Z')).toBe('Öppet nu, stänger 17:00')
    expect(text('2026-11-24T09:00:00Z', 'en')).toBe('Open now, closes 17:00')
  })

  it('says a closed hub opens later today', () => {
    expect(text('2026-11-24T06:00:00Z')).toBe('Stängt, öppnar 08:00')
  })

  it('says "tomorrow" for the next day', () => {
    expect(text('2026-11-24T18:00:00Z')).toBe('Stängt, öppnar i morgon 08:00')
    expect(text('2026-11-24T18:00:00Z', 'en')).toBe('Closed, opens tomorrow 08:00')
  })

  it('names the weekday within the coming week', () => {
    // Saturday 28 November: next opening is Monday.
    expect(text('2026-11-28T12:00:00Z')).toBe('Stängt, öppnar måndag 08:00')
    expect(text('2026-11-28T12:00:00Z', 'en')).toBe('Closed, opens Monday 08:00')
  })

  it('says "at midnight" for an interval that closes at 00:00', () => {
    expect(text('2026-11-27T20:00:00Z')).toBe('Öppet nu, stänger vid midnatt')
    expect(text('2026-11-27T20:00:00Z', 'en')).toBe('Open now, closes at midnight')
  })

  it('names the weekday after a holiday closure', () => {
    // Thursday 24 December: closed, and Friday 25 too; the next opening is Monday 28.
    expect(text('2026-12-24T10:00:00Z')).toBe('Stängt, öppnar måndag 08:00')
  })

  it('does not claim a hub without hours is closed', () => {
    const now = new Date('2026-11-24T09:00:00Z')
    expect(openingStatusText(openingStatus({}, now), now, 'sv')).toEqual({ state: 'unknown', label: 'Öppettider saknas', text: 'Öppettider saknas' })
  })
})
