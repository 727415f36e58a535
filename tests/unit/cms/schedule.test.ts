import { describe, expect, test } from 'vitest'
import { endsAfterStart, missingVenueField, timeOrPlaceChanged } from '../../../cms/collections/Events/schedule.ts'

describe('endsAfterStart', () => {
  test('accepts an end after the start', () => {
    expect(endsAfterStart('2031-03-10T08:00:00.000Z', '2031-03-10T10:00:00.000Z')).toBe(true)
  })

  test('accepts Date objects as well as strings', () => {
    expect(endsAfterStart(new Date('2031-03-10T08:00:00Z'), new Date('2031-03-10T08:01:00Z'))).toBe(true)
  })

  test('refuses an end before the start', () => {
    expect(endsAfterStart('2031-03-10T10:00:00.000Z', '2031-03-10T08:00:00.000Z')).toBe(false)
  })

  test('refuses an end equal to the start', () => {
    expect(endsAfterStart('2031-03-10T10:00:00.000Z', '2031-03-10T10:00:00.000Z')).toBe(false)
  })

  test('compares instants, not clock readings in different offsets', () => {
    // 10:30 in Stockholm (UTC+1) is 09:30 UTC, which is after 09:00 UTC.
    expect(endsAfterStart('2031-03-10T09:00:00Z', '2031-03-10T10:30:00+01:00')).toBe(true)
  })

  test('refuses a missing or unreadable time', () => {
    expect(endsAfterStart(undefined, '2031-03-10T10:00:00Z')).toBe(false)
    expect(endsAfterStart('2031-03-10T10:00:00Z', 'imorgon')).toBe(false)
  })
})

describe('missingVenueField', () => {
  test('needs a hub for an event at a hub', () => {
    expect(missingVenueField({ venueKind: 'hub' })).toBe('hub')
    expect(missingVenueField({ venueKind: 'hub', hub: '' })).toBe('hub')
    expect(missingVenueField({ venueKind: 'hub', hub: 12 })).toBeNull()
  })

  test('treats an event without a venue kind as being at a hub', () => {
    expect(missingVenueField({})).toBe('hub')
    expect(missingVenueField({ venueKind: null, hub: 3 })).toBeNull()
  })

  test('needs a venue name for an event elsewhere', () => {
    expect(missingVenueField({ venueKind: 'venue', hub: 3 })).toBe('venueName')
    expect(missingVenueField({ venueKind: 'venue', venueName: 'Storsjöteatern, Östersund' })).toBeNull()
  })

  test('needs a link for an online event', () => {
    expect(missingVenueField({ venueKind: 'online' })).toBe('onlineUrl')
    expect(missingVenueField({ venueKind: 'online', onlineUrl: 'https://meet.example.se/natverk' })).toBeNull()
  })

  test('asks for a hub when the venue kind is unknown', () => {
    expect(missingVenueField({ venueKind: 'moon', venueName: 'Tranquility Base' })).toBe('hub')
  })
})

describe('timeOrPlaceChanged', () => {
  const before = { start: '2031-03-10T08:00:00.000Z', end: '2031-03-10T10:00:00.000Z', venueKind: 'hub', venueName: null, onlineUrl: null, hub: 4, title: 'Fika' }

  test('a new title, or the same instant as a Date, or a hub populated as an object, is no change', () => {
    expect(timeOrPlaceChanged(before, { ...before, title: 'Morgonfika' })).toBe(false)
    expect(timeOrPlaceChanged(before, { ...before, start: new Date('2031-03-10T08:00:00Z') })).toBe(false)
    expect(timeOrPlaceChanged(before, { ...before, hub: { id: 4, name: 'Hubben' } })).toBe(false)
    expect(timeOrPlaceChanged({ ...before, onlineUrl: undefined }, before)).toBe(false)
  })

  test('a new start or end, another hub, another kind of venue or a new link is a change', () => {
    expect(timeOrPlaceChanged(before, { ...before, start: '2031-03-10T09:00:00.000Z' })).toBe(true)
    expect(timeOrPlaceChanged(before, { ...before, end: new Date('2031-03-10T11:00:00Z') })).toBe(true)
    expect(timeOrPlaceChanged(before, { ...before, hub: { id: 5 } })).toBe(true)
    expect(timeOrPlaceChanged(before, { ...before, venueKind: 'online', onlineUrl: 'https://meet.example.se/x' })).toBe(true)
  })
})
