import { describe, expect, it } from 'vitest'
import type { Event } from '../../../cms/payload-types.ts'
import type { EventPageData } from '../../../site/lib/cms.ts'
import { eventJsonLd, jsonLdScript, stockholmIso } from '../../../site/features/events/eventJsonLd.ts'

const hub = { name: 'Fjällhubben', slug: 'fjallhubben', street: 'Storgatan 1', postalCode: '840 95', locality: 'Funäsdalen', lat: 62.54, lng: 12.55 }

function pageData(overrides: Partial<Event> = {}, withHub = true): EventPageData {
  const event = {
    id: 1,
    title: 'Fika',
    slug: 'fika',
    summary: 'Kaffe och bulle.',
    start: '2026-10-24T08:00:00.000Z',
    end: '2026-10-26T09:00:00.000Z',
    start_tz: 'Europe/Stockholm',
    end_tz: 'Europe/Stockholm',
    venueKind: 'hub',
    organiser: 'Fjällhubben',
    type: 'fika',
    audience: 'public',
    status: 'scheduled',
    updatedAt: '2026-10-01T00:00:00.000Z',
    createdAt: '2026-10-01T00:00:00.000Z',
    ...overrides,
  } as Event
  return { event, hub: withHub ? hub : null }
}

const url = 'https://portal.example.org/evenemang/fika'

describe('eventJsonLd', () => {
  it('gives start and end in Stockholm time with the offset of each date', () => {
    const ld = eventJsonLd(pageData(), url, 'sv')
    expect(ld.startDate).toBe('2026-10-24T10:00:00+02:00')
    expect(ld.endDate).toBe('2026-10-26T10:00:00+01:00')
  })

  it('describes a hub event as an offline event at a Place with address and position', () => {
    const ld = eventJsonLd(pageData(), url, 'sv')
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Fika',
      url,
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Fjällhubben',
        address: { '@type': 'PostalAddress', streetAddress: 'Storgatan 1', postalCode: '840 95', addressLocality: 'Funäsdalen', addressCountry: 'SE' },
        geo: { '@type': 'GeoCoordinates', latitude: 62.54, longitude: 12.55 },
      },
      organizer: { '@type': 'Organization', name: 'Fjällhubben' },
      inLanguage: 'sv',
    })
    expect(ld).not.toHaveProperty('offers')
  })

  it('marks a cancelled event as EventCancelled', () => {
    expect(eventJsonLd(pageData({ status: 'cancelled' }), url, 'en').eventStatus).toBe('https://schema.org/EventCancelled')
  })

  it('describes an online event with a VirtualLocation', () => {
    const ld = eventJsonLd(pageData({ venueKind: 'online', onlineUrl: 'https://example.org/mote' }, false), url, 'sv')
    expect(ld.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode')
    expect(ld.location).toEqual({ '@type': 'VirtualLocation', url: 'https://example.org/mote' })
  })

  it('describes a hub event with an online link as mixed attendance', () => {
    const ld = eventJsonLd(pageData({ onlineUrl: 'https://example.org/mote' }), url, 'sv')
    expect(ld.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode')
    expect(ld.location).toHaveLength(2)
  })

  it('offers a priced event in SEK', () => {
    expect(eventJsonLd(pageData({ priceSek: 150 }), url, 'sv').offers).toMatchObject({ '@type': 'Offer', price: 150, priceCurrency: 'SEK' })
  })
})

describe('eventJsonLd for a recurring event', () => {
  // Weekly on Tuesdays 09:00–10:00 Stockholm time from 3 November 2026, ten times in all.
  const series = { start: '2026-11-03T08:00:00.000Z', end: '2026-11-03T09:00:00.000Z', recurrence: { frequency: 'weekly', count: 10 } } as Partial<Event>

  it('gives a running series’ next occasion, not its first, as start and end', () => {
    const ld = eventJsonLd(pageData(series), url, 'sv', new Date('2026-12-04T12:00:00.000Z'))
    expect(ld.startDate).toBe('2026-12-08T09:00:00+01:00')
    expect(ld.endDate).toBe('2026-12-08T10:00:00+01:00')
  })

  it('gives the occasion under way while it lasts, and a series that is over its last occasion', () => {
    expect(eventJsonLd(pageData(series), url, 'sv', new Date('2026-12-08T08:30:00.000Z')).startDate).toBe('2026-12-08T09:00:00+01:00')
    expect(eventJsonLd(pageData(series), url, 'sv', new Date('2027-03-01T12:00:00.000Z')).startDate).toBe('2027-01-05T09:00:00+01:00')
  })

  it('leaves a single event at its own date, past or not', () => {
    expect(eventJsonLd(pageData(), url, 'sv', new Date('2027-03-01T12:00:00.000Z')).startDate).toBe('2026-10-24T10:00:00+02:00')
  })
})

describe('stockholmIso', () => {
  it('gives null for an unreadable date', () => {
    expect(stockholmIso('nope')).toBeNull()
  })
})

describe('jsonLdScript', () => {
  it('escapes < so a title cannot close the script element', () => {
    const out = jsonLdScript({ name: '</script><script>alert(1)</script>' })
    expect(out).not.toContain('<')
    expect(JSON.parse(out)).toEqual({ name: '</script><script>alert(1)</script>' })
  })
})
