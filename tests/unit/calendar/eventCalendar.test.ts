import type ICAL from 'ical.js'
import { describe, expect, test } from 'vitest'
import { buildCalendar, buildCalendarDirect, buildInvitation, calendarName, eventUid, type CalendarEvent, type CalendarOptions } from '../../../cms/domain/calendar/eventCalendar.ts'
import { contentLines, parseCalendar, textOf } from '../../helpers/ical.ts'

const options: CalendarOptions = { locale: 'sv', noReplyEmail: 'noreply@example.org' }

let nextId = 1
function calendarEvent(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  const id = nextId++
  return {
    id,
    title: `Förmiddagsfika ${id}`,
    summary: 'Ta en paus med andra som arbetar på hubben.',
    description: null,
    start: '2026-06-10T08:00:00.000Z',
    end: '2026-06-10T09:00:00.000Z',
    cancelled: false,
    sequence: 0,
    updatedAt: '2026-05-01T12:34:56.000Z',
    url: `https://portal.example.org/evenemang/fika-${id}`,
    organiser: 'Fjällhubben',
    place: { kind: 'hub', name: 'Fjällhubben', address: 'Storgatan 1, Funäsdalen', lat: 62.5431, lng: 12.5489 },
    ...overrides,
  }
}

function onlyEvent(event: CalendarEvent, opts: CalendarOptions = options): ICAL.Component {
  const { events } = parseCalendar(buildCalendar([event], opts))
  expect(events).toHaveLength(1)
  return events[0]!
}

/** DTSTART or DTEND as written (local wall clock) plus the instant it denotes. */
function timeOf(event: ICAL.Component, property: 'dtstart' | 'dtend') {
  const prop = event.getFirstProperty(property)!
  const time = prop.getFirstValue() as ICAL.Time
  return {
    tzid: prop.getParameter('tzid'),
    local: `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`,
    utc: time.toJSDate().toISOString(),
  }
}

describe('times in Stockholm local time', () => {
  test.each([
    ['the last Saturday before the October change, summer time', '2026-10-24T08:00:00.000Z', '10:00'],
    ['the Monday after the October change, winter time', '2026-10-26T09:00:00.000Z', '10:00'],
    ['the Saturday before the March change, winter time', '2027-03-27T09:00:00.000Z', '10:00'],
    ['the Monday after the March change, summer time', '2027-03-29T08:00:00.000Z', '10:00'],
  ])('an event on %s keeps its local hour with TZID=Europe/Stockholm and the right instant', (_when, startUtc, local) => {
    const end = new Date(Date.parse(startUtc) + 60 * 60 * 1000).toISOString()
    const event = onlyEvent(calendarEvent({ start: startUtc, end }))
    const start = timeOf(event, 'dtstart')
    expect(start).toEqual({ tzid: 'Europe/Stockholm', local, utc: startUtc })
    expect(timeOf(event, 'dtend').utc).toBe(end)
  })

  test('an evening event across the October change keeps both local times and lasts one hour longer', () => {
    // 22:00 CEST on 24 October to 04:00 CET on 25 October: seven hours, not six.
    const event = onlyEvent(calendarEvent({ start: '2026-10-24T20:00:00.000Z', end: '2026-10-25T03:00:00.000Z' }))
    expect(timeOf(event, 'dtstart').local).toBe('22:00')
    expect(timeOf(event, 'dtend').local).toBe('04:00')
    expect(timeOf(event, 'dtend').utc).toBe('2026-10-25T03:00:00.000Z')
  })

  test('the calendar carries a VTIMEZONE for Europe/Stockholm with both offsets', () => {
    const { calendar } = parseCalendar(buildCalendar([calendarEvent()], options))
    const zones = calendar.getAllSubcomponents('vtimezone')
    expect(zones.map((zone) => textOf(zone, 'tzid'))).toEqual(['Europe/Stockholm'])
    const offsets = zones[0]!.getAllSubcomponents().map((part) => String(part.getFirstPropertyValue('tzoffsetto')))
    expect(offsets.sort()).toEqual(['+01:00', '+02:00'])
  })

  test('DTSTAMP is in UTC and is when the event was last changed', () => {
    const text = buildCalendar([calendarEvent({ updatedAt: '2026-05-01T12:34:56.000Z' })], options)
    expect(contentLines(text)).toContain('DTSTAMP:20260501T123456Z')
    expect(contentLines(text)).toContain('LAST-MODIFIED:20260501T123456Z')
  })
})

describe('identity and changes', () => {
  test('the UID comes from the id alone, so renaming an event keeps it', () => {
    const before = onlyEvent(calendarEvent({ id: 42, title: 'Fika' }))
    const after = onlyEvent(calendarEvent({ id: 42, title: 'Fika med semlor' }))
    expect(textOf(before, 'uid')).toBe(eventUid(42))
    expect(textOf(after, 'uid')).toBe(textOf(before, 'uid'))
  })

  test('the UID does not depend on the language of the feed', () => {
    expect(textOf(onlyEvent(calendarEvent({ id: 7 }), { ...options, locale: 'en' }), 'uid')).toBe(eventUid(7))
  })

  test('SEQUENCE is the event’s sequence', () => {
    expect(onlyEvent(calendarEvent({ sequence: 5 })).getFirstPropertyValue('sequence')).toBe(5)
  })

  test('a scheduled event is CONFIRMED', () => {
    expect(textOf(onlyEvent(calendarEvent()), 'status')).toBe('CONFIRMED')
  })

  test('a cancelled event stays with STATUS:CANCELLED and says so in its title', () => {
    const event = onlyEvent(calendarEvent({ title: 'Öppet hus', cancelled: true }))
    expect(textOf(event, 'status')).toBe('CANCELLED')
    expect(textOf(event, 'summary')).toBe('Inställt: Öppet hus')
  })

  test('the same input gives the same bytes, so an ETag from the body is stable', () => {
    const events = [calendarEvent({ id: 1000 }), calendarEvent({ id: 1001 })]
    expect(buildCalendar(events, options)).toBe(buildCalendar(events, options))
  })
})

describe('what an event says', () => {
  test('a hub event has the hub and address as LOCATION and the hub’s position as GEO', () => {
    const event = onlyEvent(calendarEvent())
    expect(textOf(event, 'location')).toBe('Fjällhubben, Storgatan 1, Funäsdalen')
    expect(event.getFirstPropertyValue('geo')).toEqual([62.5431, 12.5489])
  })

  test('a venue event has the venue as LOCATION and no GEO', () => {
    const event = onlyEvent(calendarEvent({ place: { kind: 'venue', name: 'Regionens hus, Östersund' } }))
    expect(textOf(event, 'location')).toBe('Regionens hus, Östersund')
    expect(event.getFirstProperty('geo')).toBeNull()
  })

  test('an online event has its link as LOCATION', () => {
    const event = onlyEvent(calendarEvent({ place: { kind: 'online', url: 'https://example.org/mote' } }))
    expect(textOf(event, 'location')).toBe('https://example.org/mote')
  })

  test('URL is the absolute address of the event page', () => {
    const event = onlyEvent(calendarEvent({ url: 'https://portal.example.org/evenemang/fika' }))
    expect(textOf(event, 'url')).toBe('https://portal.example.org/evenemang/fika')
  })

  test('DESCRIPTION is the summary followed by the description, as plain text', () => {
    const event = onlyEvent(calendarEvent({ summary: 'Kort.', description: 'Första stycket.\n\nAndra stycket.' }))
    expect(textOf(event, 'description')).toBe('Kort.\n\nFörsta stycket.\n\nAndra stycket.')
  })

  test('a description that already opens with the summary does not repeat it', () => {
    const event = onlyEvent(calendarEvent({ summary: 'Kort.', description: 'Kort.\n\nMer om det.' }))
    expect(textOf(event, 'description')).toBe('Kort.\n\nMer om det.')
  })

  test('ORGANIZER names the organiser and uses the no-reply address when there is no public one', () => {
    const organizer = onlyEvent(calendarEvent({ organiser: 'Region Jämtland Härjedalen' })).getFirstProperty('organizer')!
    expect(organizer.getParameter('cn')).toBe('Region Jämtland Härjedalen')
    expect(organizer.getFirstValue()).toBe('mailto:noreply@example.org')
  })

  test('ORGANIZER uses the organiser’s public address when there is one', () => {
    const organizer = onlyEvent(calendarEvent({ organiserEmail: 'hubb@example.org' })).getFirstProperty('organizer')!
    expect(organizer.getFirstValue()).toBe('mailto:hubb@example.org')
  })

  test('the calendar is named in the feed’s language, with its scope', () => {
    const sv = parseCalendar(buildCalendar([], { ...options, scope: 'Fjällhubben' })).calendar
    const en = parseCalendar(buildCalendar([], { ...options, locale: 'en' })).calendar
    expect(textOf(sv, 'x-wr-calname')).toBe(calendarName('sv', 'Fjällhubben'))
    expect(textOf(sv, 'x-wr-calname')).toContain('evenemang – Fjällhubben')
    expect(textOf(en, 'x-wr-calname')).toBe('Co-working Region: events')
    expect(textOf(en, 'x-wr-caldesc')).toContain('Jämtland County')
  })

  test('an event with an unreadable time is left out rather than breaking the feed', () => {
    const { events } = parseCalendar(buildCalendar([calendarEvent({ start: 'not a date' }), calendarEvent()], options))
    expect(events).toHaveLength(1)
  })
})

describe('escaping and folding', () => {
  test('commas, semicolons, backslashes and Swedish characters come back unchanged', () => {
    const title = 'Fika, bullar; kaffe \\ te – åäö ÅÄÖ'
    const event = onlyEvent(calendarEvent({ title, organiser: 'Hönsgården; Ås, Torsta' }))
    expect(textOf(event, 'summary')).toBe(title)
    expect(event.getFirstProperty('organizer')!.getParameter('cn')).toBe('Hönsgården; Ås, Torsta')
  })

  test('every line is at most 75 octets and no line break splits a UTF-8 character', () => {
    const title = 'Åäö '.repeat(60)
    const text = buildCalendar([calendarEvent({ title, description: 'Ö'.repeat(200) })], options)
    const bytes = Buffer.from(text, 'utf8')
    const lines = text.split('\r\n')
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    // A split character would not survive decoding: the round trip would differ.
    expect(bytes.toString('utf8')).toBe(text)
    expect(text).not.toContain('\uFFFD')
    expect(textOf(onlyEvent(calendarEvent({ title })), 'summary')).toBe(title.trim())
  })

  test('CR/LF and iCalendar control text in a title cannot add events or properties', () => {
    const title = 'Fika\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:Injected\nSTATUS:CANCELLED'
    const text = buildCalendar([calendarEvent({ title, description: 'rad\r\nATTACH:http://evil.example\rX-EVIL:1' })], options)
    const { events } = parseCalendar(text)
    expect(events).toHaveLength(1)
    const event = events[0]!
    expect(event.getAllProperties('uid')).toHaveLength(1)
    expect(event.getAllProperties('summary')).toHaveLength(1)
    expect(event.getAllProperties('status')).toHaveLength(1)
    expect(textOf(event, 'status')).toBe('CONFIRMED')
    expect(event.getFirstProperty('attach')).toBeNull()
    expect(event.getFirstProperty('x-evil')).toBeNull()
    expect(textOf(event, 'summary')).toBe('Fika END:VEVENT BEGIN:VEVENT UID:evil SUMMARY:Injected STATUS:CANCELLED')
    expect(textOf(event, 'description')).toContain('rad\nATTACH:http://evil.example\nX-EVIL:1')
    expect(contentLines(text).filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1)
  })

  test('control characters that iCalendar text may not hold are dropped', () => {
    expect(textOf(onlyEvent(calendarEvent({ title: 'Fi\u0000ka\u0007' })), 'summary')).toBe('Fika')
  })

  test('a double quote in the organiser cannot break out of the CN parameter', () => {
    const organizer = onlyEvent(calendarEvent({ organiser: 'Föreningen "Hubben":mailto:x@evil' })).getFirstProperty('organizer')!
    expect(organizer.getFirstValue()).toBe('mailto:noreply@example.org')
    expect(organizer.getParameter('cn')).toBe("Föreningen 'Hubben':mailto:x@evil")
  })
})

describe('built from remembered events', () => {
  const mixed = () => [
    calendarEvent(),
    calendarEvent({ cancelled: true, sequence: 3 }),
    calendarEvent({ title: 'Ö'.repeat(80) + ', med; kommatecken\noch rader', description: 'Lång text '.repeat(30) }),
    calendarEvent({ start: 'not a time' }),
    calendarEvent({ place: { kind: 'online', url: 'https://meet.example.org/x' }, recurrence: { frequency: 'weekly', interval: 1, count: 4 } } as Partial<CalendarEvent>),
    calendarEvent({ place: null }),
  ]

  test('gives the same bytes as ical-generator writing the whole feed at once, the first time and again', () => {
    const events = mixed()
    const direct = buildCalendarDirect(events, options)
    expect(buildCalendar(events, options)).toBe(direct)
    expect(buildCalendar(events, options)).toBe(direct)
    expect(buildCalendar(events, { ...options, locale: 'en' })).toBe(buildCalendarDirect(events, { ...options, locale: 'en' }))
  })

  test('a changed event is written anew, the others as before', () => {
    const events = mixed()
    buildCalendar(events, options)
    const changed = events.map((e, i) => (i === 0 ? { ...e, title: 'Nytt namn', sequence: 1 } : e))
    const feed = buildCalendar(changed, options)
    expect(feed).toBe(buildCalendarDirect(changed, options))
    expect(feed).toContain('SUMMARY:Nytt namn')
    expect(feed).not.toContain(`SUMMARY:${events[0].title}`)
  })

  test('an empty feed and a feed whose only event cannot be read are both a valid empty calendar', () => {
    expect(buildCalendar([], options)).toBe(buildCalendarDirect([], options))
    const unreadable = [calendarEvent({ end: 'never' })]
    expect(buildCalendar(unreadable, options)).toBe(buildCalendarDirect(unreadable, options))
    expect(parseCalendar(buildCalendar(unreadable, options)).events).toHaveLength(0)
  })
})

describe('the document’s shape (RFC 5545, 3.4 and 3.6)', () => {
  /** The calendar's own property names in order, and where its first component begins. */
  function shape(text: string) {
    const lines = contentLines(text)
    let depth = 0
    let firstComponent = -1
    const properties: Array<[name: string, at: number]> = []
    lines.forEach((line, at) => {
      if (line.startsWith('BEGIN:')) {
        depth++
        if (depth === 2 && firstComponent === -1) firstComponent = at
      } else if (line.startsWith('END:')) depth--
      else if (depth === 1) properties.push([line.split(/[:;]/)[0], at])
    })
    return { firstComponent, properties }
  }

  const documents = () => ({
    feed: buildCalendar([calendarEvent(), calendarEvent()], options),
    'empty feed': buildCalendar([], options),
    invitation: buildInvitation(calendarEvent(), { ...options, method: 'REQUEST', attendee: { name: 'Anna', email: 'anna@example.org' }, now: new Date('2026-05-02T10:00:00Z') })!,
  })

  test('every calendar property comes before the first component', () => {
    for (const [name, text] of Object.entries(documents())) {
      const { firstComponent, properties } = shape(text)
      const names = properties.map(([property]) => property)
      expect(names, name).toEqual(expect.arrayContaining(['VERSION', 'PRODID', 'REFRESH-INTERVAL', 'X-PUBLISHED-TTL', 'X-WR-TIMEZONE']))
      if (firstComponent !== -1) for (const [property, at] of properties) expect(at, `${name}: ${property}`).toBeLessThan(firstComponent)
    }
  })

  test('the last line, END:VCALENDAR, ends with CRLF like every other line', () => {
    for (const [name, text] of Object.entries(documents())) expect(text.endsWith('\r\nEND:VCALENDAR\r\n'), name).toBe(true)
  })

  test('a feed built from remembered events keeps that shape', () => {
    const events = [calendarEvent(), calendarEvent()]
    buildCalendar(events, options)
    expect(buildCalendar(events, options)).toBe(buildCalendarDirect(events, options))
    expect(shape(buildCalendar(events, options)).properties.at(-1)![1]).toBeLessThan(shape(buildCalendar(events, options)).firstComponent)
  })
})
