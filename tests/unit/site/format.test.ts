import { describe, expect, it } from 'vitest'
import { formatCoordinates, formatDistanceKm, formatEventTime, formatNumber, formatPriceSek, formatTime, stockholmDay } from '../../../site/lib/format.ts'

// Intl separates numbers from units with no-break spaces; compare with plain spaces.
const plain = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, ' ') ?? null

describe('formatTime', () => {
  it('shows a UTC instant in Swedish winter time (UTC+1)', () => {
    expect(formatTime('2026-01-15T08:00:00Z', 'sv')).toBe('09:00')
  })

  it('shows a UTC instant in Swedish summer time (UTC+2)', () => {
    expect(formatTime('2026-07-01T08:00:00Z', 'en')).toBe('10:00')
  })

  it('uses the 24-hour clock in English too', () => {
    expect(formatTime('2026-07-01T13:30:00Z', 'en')).toBe('15:30')
  })
})

describe('stockholmDay', () => {
  it('puts a late-evening UTC instant on the next day in Stockholm', () => {
    expect(stockholmDay('2026-03-09T23:30:00Z')).toBe('2026-03-10')
  })
})

describe('formatEventTime', () => {
  it('gives the day once and both times when the event starts and ends on the same day', () => {
    expect(formatEventTime('2026-11-24T08:30:00Z', '2026-11-24T10:00:00Z', 'sv')).toBe('tisdag 24 november 2026, 09:30–11:00')
  })

  it('writes the day in English on English pages', () => {
    expect(formatEventTime('2026-11-24T08:30:00Z', '2026-11-24T10:00:00Z', 'en')).toMatch(/^Tuesday,? 24 November 2026, 09:30–11:00$/)
  })

  it('gives both dates when the event runs over several days', () => {
    const text = formatEventTime('2026-07-01T08:30:00Z', '2026-07-02T10:00:00Z', 'sv')
    expect(text).toContain('1 juli 2026 10:30')
    expect(text).toContain('2 juli 2026 12:00')
  })

  it('compares days in Stockholm, not UTC', () => {
    // 22:00-23:30 UTC on 9 March is 23:00 on the 9th to 00:30 on the 10th in Stockholm.
    expect(formatEventTime('2026-03-09T22:00:00Z', '2026-03-09T23:30:00Z', 'sv')).toContain('10 mars')
  })

  it('shows only the start when there is no end', () => {
    expect(formatEventTime('2026-11-24T08:30:00Z', null, 'sv')).toBe('tisdag 24 november 2026, 09:30')
  })
})

describe('formatPriceSek', () => {
  it('writes kronor the Swedish way', () => {
    expect(plain(formatPriceSek(250, 'sv', 'Gratis'))).toBe('250 kr')
  })

  it('writes the currency code in English', () => {
    expect(plain(formatPriceSek(250, 'en', 'Free'))).toBe('SEK 250')
  })

  it('says free for a price of zero', () => {
    expect(formatPriceSek(0, 'sv', 'Gratis')).toBe('Gratis')
  })

  it('keeps öre when the price has them', () => {
    expect(plain(formatPriceSek(99.5, 'sv', 'Gratis'))).toBe('99,50 kr')
  })

  it('gives nothing when no price is set', () => {
    expect(formatPriceSek(null, 'sv', 'Gratis')).toBeNull()
    expect(formatPriceSek(undefined, 'en', 'Free')).toBeNull()
  })
})

describe('formatNumber', () => {
  it('groups thousands as each language does', () => {
    expect(plain(formatNumber(3113, 'sv'))).toBe('3 113')
    expect(formatNumber(3113, 'en')).toBe('3,113')
  })

  it('gives an empty string for a missing number', () => {
    expect(formatNumber(null, 'sv')).toBe('')
  })
})

describe('formatCoordinates', () => {
  it('rounds to five decimals with a dot, latitude first', () => {
    expect(formatCoordinates(63.168, 15.601)).toBe('63.16800, 15.60100')
  })
})

describe('formatDistanceKm', () => {
  it('shows one decimal under 10 km, in the language’s decimal style', () => {
    expect(formatDistanceKm(3.456, 'sv')).toBe('3,5')
    expect(formatDistanceKm(3.456, 'en')).toBe('3.5')
  })

  it('rounds longer distances to whole kilometres', () => {
    expect(formatDistanceKm(123.6, 'sv')).toBe('124')
  })
})
