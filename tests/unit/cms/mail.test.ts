import { describe, expect, test } from 'vitest'
import { buildInvitation, type CalendarEvent } from '../../../cms/domain/calendar/eventCalendar.ts'
import { MAX_ATTEMPTS, nextAttempt, retryDelayMs } from '../../../cms/mail/backoff.ts'
import { formatEventTime, renderRegistrationMail, type RegistrationMail } from '../../../cms/mail/templates.ts'
import { contentLines, parseCalendar, textOf } from '../../helpers/ical.ts'

describe('retry back-off', () => {
  test('doubles from 30 seconds up to an hour', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000])
    expect(retryDelayMs(10)).toBe(3_600_000)
    expect(retryDelayMs(1000)).toBe(3_600_000)
  })

  test('gives up after the last attempt', () => {
    const now = new Date('2026-11-22T10:00:00Z')
    expect(nextAttempt(1, now)).toEqual(new Date('2026-11-22T10:00:30Z'))
    expect(nextAttempt(MAX_ATTEMPTS, now)).toBeNull()
  })
})

const mail = (overrides: Partial<RegistrationMail> = {}): RegistrationMail => ({
  kind: 'registration-confirm',
  locale: 'sv',
  name: 'Åsa',
  event: { title: 'Fika på Hubben', start: '2026-03-29T07:00:00Z', end: '2026-03-29T08:30:00Z', place: 'Hubben, Storgatan 1, Östersund', url: 'https://example.se/evenemang/fika' },
  manageUrl: 'https://example.se/anmalan/abc',
  ...overrides,
})

describe('registration mail', () => {
  test('states the time in Stockholm, on the day the clocks change', () => {
    // 29 March 2026: 07:00 UTC is 09:00 summer time in Stockholm.
    expect(formatEventTime('2026-03-29T07:00:00Z', '2026-03-29T08:30:00Z', 'sv')).toBe('söndag 29 mars 2026, 09:00–10:30')
    expect(formatEventTime('2026-03-29T07:00:00Z', '2026-03-29T08:30:00Z', 'en')).toBe('Sunday 29 March 2026, 09:00–10:30')
  })

  test('has a text and an HTML part with the link, in the chosen language', () => {
    const sv = renderRegistrationMail(mail())
    expect(sv.subject).toBe('Bekräfta din anmälan: Fika på Hubben')
    expect(sv.text).toContain('Bekräfta anmälan: https://example.se/anmalan/abc')
    expect(sv.html).toContain('href="https://example.se/anmalan/abc"')
    expect(sv.html).toContain('<html lang="sv">')
    const en = renderRegistrationMail(mail({ locale: 'en' }))
    expect(en.subject).toBe('Confirm your registration: Fika på Hubben')
    expect(en.text).toContain('valid for 48 hours')
  })

  test('a title with line breaks or markup cannot add headers or markup', () => {
    const rendered = renderRegistrationMail(mail({ name: '<img src=x onerror=alert(1)>', event: { ...mail().event, title: 'Fika\r\nBcc: victim@example.org <script>x</script>' } }))
    expect(rendered.subject).toBe('Bekräfta din anmälan: Fika Bcc: victim@example.org <script>x</script>')
    expect(rendered.subject).not.toMatch(/[\r\n]/)
    expect(rendered.html).not.toContain('<script>')
    expect(rendered.html).not.toContain('<img')
    expect(rendered.html).toContain('&lt;script&gt;')
  })

  test('a cancellation links to the event rather than the registration', () => {
    const rendered = renderRegistrationMail(mail({ kind: 'event-cancelled' }))
    expect(rendered.subject).toBe('Inställt: Fika på Hubben')
    expect(rendered.text).toContain('Till evenemanget: https://example.se/evenemang/fika')
  })
})

describe('calendar invitations', () => {
  const event: CalendarEvent = {
    id: 42,
    title: 'Fika; med, tecken',
    summary: null,
    description: null,
    start: '2026-10-25T07:00:00Z',
    end: '2026-10-25T08:00:00Z',
    cancelled: false,
    sequence: 3,
    updatedAt: '2026-10-01T12:00:00Z',
    url: 'https://example.se/evenemang/fika',
    organiser: 'Region "JH"',
    place: { kind: 'venue', name: 'Gamla Tingshuset' },
  }
  const options = { locale: 'sv' as const, noReplyEmail: 'noreply@example.se', attendee: { name: 'Åsa Öberg', email: 'asa@example.se' }, now: new Date('2026-10-20T09:00:00Z') }

  test('a REQUEST carries the attendee, the feed’s UID and SEQUENCE, and the send time as DTSTAMP', () => {
    const text = buildInvitation(event, { ...options, method: 'REQUEST' })!
    expect(contentLines(text)).toContain('METHOD:REQUEST')
    const vevent = parseCalendar(text).events[0]
    expect(textOf(vevent, 'uid')).toBe('event-42@co-working-region.jamtland')
    expect(textOf(vevent, 'sequence')).toBe('3')
    expect(textOf(vevent, 'status')).toBe('CONFIRMED')
    expect(textOf(vevent, 'summary')).toBe('Fika; med, tecken')
    expect(String(vevent.getFirstPropertyValue('attendee')).toLowerCase()).toBe('mailto:asa@example.se')
    expect(contentLines(text)).toContain('DTSTAMP:20261020T090000Z')
    // 25 October 2026 is the day summer time ends: 07:00 UTC is 08:00 in Stockholm.
    expect(contentLines(text)).toContain('DTSTART;TZID=Europe/Stockholm:20261025T080000')
  })

  test('a CANCEL marks the event cancelled', () => {
    const text = buildInvitation(event, { ...options, method: 'CANCEL' })!
    expect(contentLines(text)).toContain('METHOD:CANCEL')
    expect(textOf(parseCalendar(text).events[0], 'status')).toBe('CANCELLED')
  })
})
