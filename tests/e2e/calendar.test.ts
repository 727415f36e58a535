import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Event, Hub, Municipality } from '../../cms/payload-types.ts'
import { eventUid } from '../../cms/domain/calendar/eventCalendar.ts'
import { contentLines, parseCalendar, textOf } from '../helpers/ical.ts'

const siteUrl = inject('siteUrl')
const cmsUrl = inject('cmsUrl')
const adminEmail = inject('adminEmail')
const adminPassword = inject('adminPassword')

type SeededEvent = Event & { hub?: (Hub & { municipality: Municipality }) | null }

/** Every seeded event as the admin sees it, with hub and municipality, to know what each feed should hold. */
let all: SeededEvent[]
let publicEvents: SeededEvent[]
let cancelled: SeededEvent
let networkOnly: SeededEvent
let token: string

beforeAll(async () => {
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: adminEmail, password: adminPassword }),
  })
  token = ((await login.json()) as { token: string }).token
  const res = await fetch(`${cmsUrl}/api/events?depth=2&limit=1000&locale=sv`, { headers: { authorization: `JWT ${token}` } })
  all = ((await res.json()) as { docs: SeededEvent[] }).docs
  publicEvents = all.filter((e) => e.audience === 'public' && e._status === 'published')
  cancelled = all.find((e) => e.title === 'Öppet hus på biblioteket i Stugun')!
  networkOnly = all.find((e) => e.title.startsWith('Myndighetsnätverket'))!
  expect(cancelled?.status).toBe('cancelled')
  expect(networkOnly?.audience).toBe('network')
})

const get = (path: string, headers: Record<string, string> = {}) => fetch(siteUrl + path, { headers })

async function feed(path: string) {
  const res = await get(path)
  expect(res.status, path).toBe(200)
  expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
  const text = await res.text()
  return { res, text, parsed: parseCalendar(text) }
}

const uids = (events: { getFirstPropertyValue(name: string): unknown }[]) => events.map((e) => String(e.getFirstPropertyValue('uid'))).sort()
const expectedUids = (events: SeededEvent[]) => events.map((e) => eventUid(e.id)).sort()

describe('the calendar feeds', () => {
  it('/kalender.ics holds every public published event, in Stockholm time with a VTIMEZONE', async () => {
    const { parsed } = await feed('/kalender.ics')
    expect(uids(parsed.events)).toEqual(expectedUids(publicEvents))
    expect(parsed.calendar.getAllSubcomponents('vtimezone').map((z) => textOf(z, 'tzid'))).toEqual(['Europe/Stockholm'])
    for (const event of parsed.events) expect(event.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Stockholm')
  })

  it('/kalender.ics leaves out the authority network’s events', async () => {
    const { parsed } = await feed('/kalender.ics')
    const titles = parsed.events.map((e) => textOf(e, 'summary') ?? '')
    expect(titles.filter((t) => t.includes('Myndighetsnätverket'))).toEqual([])
    expect(uids(parsed.events)).not.toContain(eventUid(networkOnly.id))
  })

  it('a cancelled event stays in the feed with STATUS:CANCELLED', async () => {
    const { parsed } = await feed('/kalender.ics')
    const event = parsed.events.find((e) => textOf(e, 'uid') === eventUid(cancelled.id))!
    expect(textOf(event, 'status')).toBe('CANCELLED')
    expect(textOf(event, 'summary')).toContain('Öppet hus på biblioteket i Stugun')
    expect(event.getFirstPropertyValue('sequence')).toBe(cancelled.sequence ?? 0)
  })

  it('a hub’s feed holds exactly the public events at that hub, with its position', async () => {
    const hub = cancelled.hub!
    const { parsed } = await feed(`/hubbar/${hub.slug}/kalender.ics`)
    expect(uids(parsed.events)).toEqual(expectedUids(publicEvents.filter((e) => e.hub?.id === hub.id)))
    expect(parsed.events[0]!.getFirstPropertyValue('geo')).toEqual([hub.lat, hub.lng])
    expect(textOf(parsed.calendar, 'x-wr-calname')).toContain(hub.name)
  })

  it('a municipality’s feed holds exactly the public events at hubs in that municipality', async () => {
    const municipality = cancelled.hub!.municipality
    const { parsed } = await feed(`/kommuner/${municipality.slug}/kalender.ics`)
    const expected = publicEvents.filter((e) => e.hub?.municipality?.id === municipality.id)
    expect(expected.length).toBeGreaterThan(0)
    expect(uids(parsed.events)).toEqual(expectedUids(expected))
  })

  it('an event’s .ics holds that one event, offered as a download, with the page as URL', async () => {
    const { res, parsed } = await feed(`/evenemang/${cancelled.slug}.ics`)
    expect(uids(parsed.events)).toEqual([eventUid(cancelled.id)])
    expect(res.headers.get('content-disposition')).toContain(`${cancelled.slug}.ics`)
    expect(textOf(parsed.events[0]!, 'url')).toBe(`${siteUrl}/evenemang/${cancelled.slug}`)
  })

  it('English aliases answer with English calendar text', async () => {
    const { parsed } = await feed('/en/calendar.ics')
    expect(textOf(parsed.calendar, 'x-wr-calname')).toBe('Co-working Region: events')
    expect(uids(parsed.events)).toEqual(expectedUids(publicEvents))
    const one = await feed(`/en/events/${cancelled.slug}.ics`)
    expect(textOf(one.parsed.events[0]!, 'url')).toBe(`${siteUrl}/en/events/${cancelled.slug}`)
  })

  it('the network-only event’s .ics is 404, in both languages', async () => {
    expect((await get(`/evenemang/${networkOnly.slug}.ics`)).status).toBe(404)
    expect((await get(`/en/events/${networkOnly.slug}.ics`)).status).toBe(404)
  })

  it.each([
    '/hubbar/finns-inte/kalender.ics',
    '/kommuner/finns-inte/kalender.ics',
    '/evenemang/finns-inte.ics',
    '/hubbar/%3Cscript%3E/kalender.ics',
    '/evenemang/..%2F..%2Fetc.ics',
  ])('an unknown slug gives 404: %s', async (path) => {
    expect((await get(path)).status).toBe(404)
  })

  it('lines are folded at 75 octets', async () => {
    const { text } = await feed('/kalender.ics')
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    expect(contentLines(text)[0]).toBe('BEGIN:VCALENDAR')
  })
})

describe('conditional requests', () => {
  it.each(['/kalender.ics', `/hubbar/fjallhubben/kalender.ics`])('%s answers a matching If-None-Match with 304 and no body', async (path) => {
    const first = await get(path)
    const etag = first.headers.get('etag')
    // Weak: the site sends it gzipped or plain (site/server/compression.ts).
    expect(etag).toMatch(/^W\/".+"$/)
    const again = await get(path, { 'if-none-match': etag! })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(etag)
  })

  it('answers If-Modified-Since at Last-Modified with 304, and an older date with 200', async () => {
    const first = await get('/kalender.ics')
    const lastModified = first.headers.get('last-modified')
    expect(lastModified).toBeTruthy()
    const notModified = await get('/kalender.ics', { 'if-modified-since': lastModified! })
    expect(notModified.status).toBe(304)
    expect(await notModified.text()).toBe('')
    const older = new Date(Date.parse(lastModified!) - 60_000).toUTCString()
    expect((await get('/kalender.ics', { 'if-modified-since': older })).status).toBe(200)
  })

  it('answers a stale ETag with the full feed', async () => {
    const res = await get('/kalender.ics', { 'if-none-match': '"stale"' })
    expect(res.status).toBe(200)
    expect(parseCalendar(await res.text()).events.length).toBe(publicEvents.length)
  })
})

describe('calendar links and structured data on pages', () => {
  const html = async (path: string) => {
    const res = await get(path)
    expect(res.status, path).toBe(200)
    return res.text()
  }

  it('an event page links to its .ics and describes the event as schema.org JSON-LD', async () => {
    const page = await html(`/evenemang/${cancelled.slug}`)
    expect(page).toContain(`href="/evenemang/${cancelled.slug}.ics"`)
    const json = page.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)?.[1]
    const ld = JSON.parse(json!)
    expect(ld).toMatchObject({ '@type': 'Event', name: cancelled.title, eventStatus: 'https://schema.org/EventCancelled', inLanguage: 'sv' })
    expect(ld.startDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00$/)
    expect(ld.location).toMatchObject({ '@type': 'Place', geo: { latitude: cancelled.hub!.lat } })
  })

  it.each([
    ['/evenemang', '/kalender.ics'],
    ['/hubbar/fjallhubben', '/hubbar/fjallhubben/kalender.ics'],
    ['/kommuner/harjedalen', '/kommuner/harjedalen/kalender.ics'],
    ['/en/events', '/en/calendar.ics'],
  ])('%s offers a webcal subscription beside the download link', async (path, feedPath) => {
    const page = await html(path)
    const host = new URL(siteUrl).host
    expect(page).toContain(`href="webcal://${host}${feedPath}"`)
    expect(page).toContain(`href="${feedPath}"`)
    expect((await get(feedPath)).status).toBe(200)
  })
})

describe('changes reach the feeds', () => {
  const admin = (path: string, init: RequestInit = {}) =>
    fetch(`${cmsUrl}/api${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    })
  const created: number[] = []
  const create = async (data: Record<string, unknown>, draft = false): Promise<Event> => {
    const res = await admin(`/events${draft ? '?draft=true' : ''}`, {
      method: 'POST',
      body: JSON.stringify({
        start: '2031-10-25T08:00:00.000Z',
        end: '2031-10-25T10:00:00.000Z',
        venueKind: 'hub',
        hub: cancelled.hub!.id,
        organiser: 'Testarrangör "AB"; Östersund',
        type: 'meetup',
        audience: 'public',
        ...data,
      }),
    })
    expect(res.status, await res.clone().text()).toBe(201)
    const { doc } = (await res.json()) as { doc: Event }
    created.push(doc.id)
    return doc
  }

  afterAll(async () => {
    for (const id of created) await admin(`/events/${id}`, { method: 'DELETE' })
  })

  it('a draft is in no feed and its .ics is 404', async () => {
    const draft = await create({ title: 'Utkast som inte får synas', _status: 'draft' }, true)
    expect((await get(`/evenemang/${draft.slug}.ics`)).status).toBe(404)
    const { parsed } = await feed('/kalender.ics')
    expect(uids(parsed.events)).not.toContain(eventUid(draft.id))
  })

  it('a title with CR/LF, iCalendar text and markup stays one event with one SUMMARY, and the page stays intact', async () => {
    const title = 'Kväll\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil <script>alert(1)</script>, å; ä'
    const event = await create({ title, _status: 'published' })
    const { text, parsed } = await feed(`/hubbar/${cancelled.hub!.slug}/kalender.ics`)
    const ours = parsed.events.filter((e) => String(e.getFirstPropertyValue('uid')) === eventUid(event.id))
    expect(ours).toHaveLength(1)
    expect(parsed.events.filter((e) => String(e.getFirstPropertyValue('uid')) === 'evil')).toHaveLength(0)
    expect(ours[0]!.getAllProperties('summary')).toHaveLength(1)
    expect(textOf(ours[0]!, 'summary')).toContain('<script>alert(1)</script>, å; ä')
    expect(contentLines(text).filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(parsed.events.length)
    const page = await (await get(`/evenemang/${event.slug}`)).text()
    expect(page).not.toContain('<script>alert(1)</script>')
    const json = page.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)?.[1]
    expect(JSON.parse(json!).name).toBe(event.title)
  })

  it('editing an event keeps its UID, raises SEQUENCE and changes the ETag', async () => {
    const event = await create({ title: 'Höstträff', _status: 'published' })
    const before = await get(`/evenemang/${event.slug}.ics`)
    const etag = before.headers.get('etag')!
    const sequence = Number(parseCalendar(await before.text()).events[0]!.getFirstPropertyValue('sequence'))
    const res = await admin(`/events/${event.id}`, { method: 'PATCH', body: JSON.stringify({ title: 'Höstträff med soppa' }) })
    expect(res.status).toBe(200)
    const after = await get(`/evenemang/${event.slug}.ics`, { 'if-none-match': etag })
    expect(after.status).toBe(200)
    const changed = parseCalendar(await after.text()).events[0]!
    expect(textOf(changed, 'uid')).toBe(eventUid(event.id))
    expect(textOf(changed, 'summary')).toBe('Höstträff med soppa')
    expect(changed.getFirstPropertyValue('sequence')).toBeGreaterThan(sequence)
  })

  it('an event after the October change is in Stockholm winter time', async () => {
    // 2031-10-26 is the last Sunday of October; 08:00 UTC on the Saturday before is 10:00 summer time.
    const summer = await create({ title: 'Lördagsträff före omställningen', _status: 'published' })
    const winter = await create({ title: 'Måndagsträff efter omställningen', start: '2031-10-27T09:00:00.000Z', end: '2031-10-27T10:00:00.000Z', _status: 'published' })
    for (const [event, utc] of [[summer, '2031-10-25T08:00:00.000Z'], [winter, '2031-10-27T09:00:00.000Z']] as const) {
      const { parsed } = await feed(`/evenemang/${event.slug}.ics`)
      const start = parsed.events[0]!.getFirstPropertyValue('dtstart') as { hour: number; toJSDate(): Date }
      expect(start.hour).toBe(10)
      expect(start.toJSDate().toISOString()).toBe(utc)
    }
  })
})

describe('an organiser’s feed', () => {
  it('holds exactly the public events of that organiser, linked from each event page', async () => {
    const event = publicEvents.find((e) => e.organiser.startsWith('Region Jämtland Härjedalen'))!
    const page = await (await fetch(`${siteUrl}/evenemang/${event.slug}`)).text()
    const href = /href="(\/arrangorer\/[^"]+\/kalender\.ics)"/.exec(page)?.[1]
    expect(href).toBe('/arrangorer/region-jamtland-harjedalen-demo/kalender.ics')
    const res = await fetch(siteUrl + href)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/)
    const uids = parseCalendar(await res.text()).events.map((e) => textOf(e, 'uid'))
    const since = Date.now() - 30 * 86_400_000
    const expected = publicEvents.filter((e) => e.organiser === event.organiser && Date.parse(e.start) >= since).map((e) => eventUid(e.id))
    expect(uids.sort()).toEqual(expected.sort())
    const english = await fetch(`${siteUrl}/en/organisers/region-jamtland-harjedalen-demo/calendar.ics`)
    expect(english.status).toBe(200)
  })

  it('answers 404 for an organiser nobody is, and for a malformed name', async () => {
    expect((await fetch(`${siteUrl}/arrangorer/finns-inte/kalender.ics`)).status).toBe(404)
    expect((await fetch(`${siteUrl}/arrangorer/%3Cscript%3E/kalender.ics`)).status).toBe(404)
  })
})
