import { describe, expect, it } from 'vitest'
import { noReplyAddress } from '../../../cms/domain/mail/address.ts'
import { calendarResponse, feedSince, toCalendarEvent } from '../../../site/features/calendar/calendarFeed.ts'
import type { FeedEvent } from '../../../site/lib/cms.ts'
import { parseCalendar } from '../../helpers/ical.ts'

const hub = { id: 3, name: 'Fjällhubben', slug: 'fjallhubben', address: { street: 'Storgatan 1', postalCode: '840 95', locality: 'Funäsdalen' }, lat: 62.54, lng: 12.55 }

function feedEvent(overrides: Partial<FeedEvent> = {}): FeedEvent {
  return {
    id: 11,
    title: 'Fika',
    slug: 'fika',
    summary: 'Kaffe och bulle.',
    description: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Välkommen!', version: 1 }], version: 1 }], direction: null, format: '', indent: 0, version: 1 } },
    start: '2026-12-01T09:00:00.000Z',
    end: '2026-12-01T10:00:00.000Z',
    status: 'scheduled',
    sequence: 2,
    updatedAt: '2026-11-20T08:00:00.000Z',
    venueKind: 'hub',
    venueName: null,
    onlineUrl: null,
    organiser: 'Fjällhubben',
    hub,
    ...overrides,
  }
}

describe('toCalendarEvent', () => {
  it('takes the hub’s name, address and position as the place', () => {
    expect(toCalendarEvent(feedEvent(), 'https://portal.example.org', 'sv').place).toEqual({
      kind: 'hub',
      name: 'Fjällhubben',
      address: 'Storgatan 1, 840 95 Funäsdalen',
      lat: 62.54,
      lng: 12.55,
    })
  })

  it('links to the event page in the feed’s language on the given origin', () => {
    expect(toCalendarEvent(feedEvent(), 'https://portal.example.org', 'sv').url).toBe('https://portal.example.org/evenemang/fika')
    expect(toCalendarEvent(feedEvent(), 'https://portal.example.org', 'en').url).toBe('https://portal.example.org/en/events/fika')
  })

  it('turns the rich-text description into plain text', () => {
    expect(toCalendarEvent(feedEvent(), 'https://x.example', 'sv').description).toBe('Välkommen!')
  })

  it('does not hand out the link of a cancelled online meeting', () => {
    const online = feedEvent({ venueKind: 'online', hub: null, onlineUrl: 'https://example.org/mote' })
    expect(toCalendarEvent(online, 'https://x.example', 'sv').place).toEqual({ kind: 'online', url: 'https://example.org/mote' })
    expect(toCalendarEvent({ ...online, status: 'cancelled' }, 'https://x.example', 'sv').place).toBeNull()
  })

  it('has no place for a hub event whose hub the public cannot see', () => {
    expect(toCalendarEvent(feedEvent({ hub: 3 }), 'https://x.example', 'sv').place).toBeNull()
  })
})

describe('noReplyAddress', () => {
  it('takes the address out of MAIL_FROM in either form', () => {
    expect(noReplyAddress('Co-working Region <info@example.org>')).toBe('info@example.org')
    expect(noReplyAddress('info@example.org')).toBe('info@example.org')
  })

  it('falls back to a no-reply address when MAIL_FROM is missing or unusable', () => {
    expect(noReplyAddress(undefined)).toBe('noreply@coworking-region.invalid')
    expect(noReplyAddress('not an address')).toBe('noreply@coworking-region.invalid')
  })
})

describe('feedSince', () => {
  it('keeps thirty days of past events', () => {
    expect(feedSince(new Date('2026-03-31T12:00:00Z')).toISOString()).toBe('2026-03-01T12:00:00.000Z')
  })
})

describe('calendarResponse', () => {
  const request = (headers: Record<string, string> = {}) => new Request('https://portal.example.org/kalender.ics', { headers })
  const respond = (headers?: Record<string, string>) =>
    calendarResponse({ request: request(headers), events: [feedEvent()], origin: 'https://portal.example.org', locale: 'sv' })

  it('answers 200 with iCalendar text and validators', async () => {
    const res = respond()
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(res.headers.get('etag')).toMatch(/^".+"$/)
    expect(res.headers.get('last-modified')).toBe('Fri, 20 Nov 2026 08:00:00 GMT')
    expect(res.headers.get('cache-control')).toContain('max-age')
    expect(parseCalendar(await res.text()).events).toHaveLength(1)
  })

  it('answers 304 with no body to a matching If-None-Match, keeping the validators', async () => {
    const etag = respond().headers.get('etag')!
    const res = respond({ 'if-none-match': etag })
    expect(res.status).toBe(304)
    expect(res.headers.get('etag')).toBe(etag)
    expect(await res.text()).toBe('')
  })

  it('answers 304 to an If-Modified-Since at Last-Modified', () => {
    expect(respond({ 'if-modified-since': 'Fri, 20 Nov 2026 08:00:00 GMT' }).status).toBe(304)
  })

  it('offers a one-event download as a file', () => {
    const res = calendarResponse({ request: request(), events: [feedEvent()], origin: 'https://x.example', locale: 'sv', downloadName: 'fika.ics' })
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="fika.ics"')
  })
})
