import { DateTime } from 'luxon'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Event, Hub, Municipality } from '../../cms/payload-types.ts'
import { eventUid } from '../../cms/domain/calendar/eventCalendar.ts'
import { axeViolations, describeViolations, launchBrowser } from '../helpers/browser.ts'
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

describe('subscribing follows the filtered list, and a running series is shown at its next date', () => {
  let browser: Browser
  const created: number[] = []
  const admin = (path: string, init: RequestInit = {}) =>
    fetch(`${cmsUrl}/api${path}`, { ...init, headers: { 'content-type': 'application/json', authorization: `JWT ${token}` } })
  let krokomHub: Hub
  let otherHub: Hub
  /** A weekly series of 14 that began 34 days ago: five occasions are over, nine to come. */
  let series: Event
  let seriesFirst: DateTime

  const create = async (data: Record<string, unknown>): Promise<Event> => {
    const res = await admin('/events', {
      method: 'POST',
      body: JSON.stringify({ venueKind: 'hub', organiser: 'Testarrangör', type: 'meetup', audience: 'public', _status: 'published', ...data }),
    })
    expect(res.status, await res.clone().text()).toBe(201)
    const { doc } = (await res.json()) as { doc: Event }
    created.push(doc.id)
    return doc
  }
  const inDays = (days: number, hour = 9) => {
    const start = DateTime.now().setZone('Europe/Stockholm').plus({ days }).set({ hour, minute: 0, second: 0, millisecond: 0 })
    return { start: start.toUTC().toISO(), end: start.plus({ hours: 1 }).toUTC().toISO() }
  }

  beforeAll(async () => {
    browser = await launchBrowser()
    const hubs = ((await (await admin('/hubs?depth=1&limit=100')).json()) as { docs: (Hub & { municipality: Municipality })[] }).docs
    krokomHub = hubs.find((h) => h.municipality.slug === 'krokom')!
    otherHub = hubs.find((h) => h.municipality.slug !== 'krokom')!
    expect(krokomHub && otherHub).toBeTruthy()
    await create({ title: 'Workshop i Krokom för prenumeranter', hub: krokomHub.id, type: 'workshop', ...inDays(10) })
    await create({ title: 'Fika i Krokom för prenumeranter', hub: krokomHub.id, type: 'fika', ...inDays(11) })
    await create({ title: 'Workshop utanför Krokom', hub: otherHub.id, type: 'workshop', ...inDays(12) })
    seriesFirst = DateTime.now().setZone('Europe/Stockholm').minus({ days: 34 }).set({ hour: 9, minute: 0, second: 0, millisecond: 0 })
    series = await create({
      title: 'Veckoträff som pågår i Krokom',
      hub: krokomHub.id,
      start: seriesFirst.toUTC().toISO(),
      end: seriesFirst.plus({ hours: 1 }).toUTC().toISO(),
      recurrence: { frequency: 'weekly', count: 14 },
    })
  })

  afterAll(async () => {
    for (const id of created) await admin(`/events/${id}`, { method: 'DELETE' })
    await browser?.close()
  })

  /** The events a list page shows, as their page addresses. */
  const listed = (page: Page) => page.locator('main .event-item__title a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href).sort())
  /** The events of a feed that are still to come (a running series included), as their page addresses. */
  const upcomingIn = (text: string) =>
    parseCalendar(text)
      .events.filter((e) => e.hasProperty('rrule') || (e.getFirstPropertyValue('dtstart') as { toJSDate(): Date }).toJSDate().getTime() >= Date.now())
      .map((e) => textOf(e, 'url')!)
      .sort()

  async function followSubscription(page: Page, name: string): Promise<{ feed: string; text: string }> {
    const webcal = await page.getByRole('link', { name }).getAttribute('href')
    expect(webcal).toMatch(/^webcal:\/\//)
    const address = webcal!.replace(/^webcal:/, new URL(siteUrl).protocol)
    // The field beside the links gives the same address to copy.
    expect(await page.locator('.calendar-address input').inputValue()).toBe(address)
    const res = await fetch(address)
    expect(res.status, address).toBe(200)
    return { feed: address.slice(siteUrl.length), text: await res.text() }
  }

  it('filtering /evenemang to Krokom and following "Prenumerera" gives a feed of just the listed events', async () => {
    const page = await browser.newPage()
    await page.goto(siteUrl + '/evenemang')
    await page.locator('#ev-municipality').selectOption('krokom')
    await Promise.all([page.waitForURL(/municipality=krokom/), page.locator('.search-form button[type=submit]').click()])
    const shown = await listed(page)
    expect(shown.length).toBeGreaterThanOrEqual(3)
    const { feed, text } = await followSubscription(page, 'Prenumerera i Apple Kalender')
    expect(feed).toBe('/kommuner/krokom/kalender.ics')
    expect(upcomingIn(text)).toEqual(shown)
    expect(text).not.toContain('Workshop utanför Krokom')
    await page.close()
  })

  it('a filter without a feed of its own (type and municipality) gets the county feed with that filter, holding exactly the list', async () => {
    const page = await browser.newPage()
    await page.goto(siteUrl + '/evenemang?type=workshop&municipality=krokom&utm_source=x')
    const shown = await listed(page)
    expect(shown.length).toBeGreaterThanOrEqual(1)
    const { feed, text } = await followSubscription(page, 'Prenumerera i Apple Kalender')
    expect(feed).toBe('/kalender.ics?municipality=krokom&type=workshop')
    expect(upcomingIn(text)).toEqual(shown)
    expect(textOf(parseCalendar(text).calendar, 'x-wr-calname')).toBe('Co-working Region: evenemang – Krokom, Workshop')
    // Google and Outlook get the same feed by its absolute address.
    const google = new URL((await page.getByRole('link', { name: 'Prenumerera i Google Kalender' }).getAttribute('href'))!)
    expect(google.searchParams.get('cid')).toBe(`webcal://${new URL(siteUrl).host}${feed}`)
    const outlook = new URL((await page.getByRole('link', { name: 'Prenumerera i Outlook' }).getAttribute('href'))!)
    expect(outlook.searchParams.get('url')).toBe(siteUrl + feed)
    expect(outlook.searchParams.get('name')).toBe('Co-working Region: evenemang – Krokom, Workshop')
    await page.close()
  })

  it('the filtered county feed ignores what the list ignores, and answers conditional requests', async () => {
    const plain = await (await get('/kalender.ics')).text()
    expect(await (await get('/kalender.ics?municipality=finns-inte&type=%3Cscript%3E&foo=1')).text()).toBe(plain)
    const first = await get('/kalender.ics?type=workshop&municipality=krokom')
    const etag = first.headers.get('etag')!
    expect(etag).not.toBe((await get('/kalender.ics')).headers.get('etag'))
    // The same filters written in another order are the same feed.
    const again = await get('/kalender.ics?municipality=krokom&type=workshop', { 'if-none-match': etag })
    expect(again.status).toBe(304)
    const english = await (await get('/en/events?municipality=krokom')).text()
    expect(english).toContain(`href="webcal://${new URL(siteUrl).host}/en/municipalities/krokom/calendar.ics"`)
  })

  it('a series that began weeks ago tells search engines its next date, and its page says how many more dates follow', async () => {
    const page = await browser.newPage()
    await page.goto(`${siteUrl}/evenemang/${series.slug}`)
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
    const next = seriesFirst.plus({ weeks: 5 })
    expect(ld.startDate).toBe(next.toISO({ suppressMilliseconds: true }))
    expect(ld.endDate).toBe(next.plus({ hours: 1 }).toISO({ suppressMilliseconds: true }))
    expect(await page.locator('ul.occasions').first().locator('li').count()).toBe(6)
    const more = page.locator('details.occasions-more')
    expect(await more.locator('summary').innerText()).toBe('och 3 datum till')
    await more.locator('summary').click()
    expect(await more.locator('li').count()).toBe(3)
    expect(describeViolations(await axeViolations(page))).toEqual([])
    await page.close()
  })

  it('an event page offers Google, Outlook, Apple, the event’s own file and an address to copy', async () => {
    const context = await browser.newContext()
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl })
    const page = await context.newPage()
    await page.goto(`${siteUrl}/en/events/${series.slug}`)
    const feed = `/en/events/${series.slug}.ics`
    expect(await page.getByRole('link', { name: 'Subscribe in Apple Calendar' }).getAttribute('href')).toBe(`webcal://${new URL(siteUrl).host}${feed}`)
    expect(new URL((await page.getByRole('link', { name: 'Subscribe in Google Calendar' }).getAttribute('href'))!).searchParams.get('cid')).toBe(
      `webcal://${new URL(siteUrl).host}${feed}`,
    )
    expect(new URL((await page.getByRole('link', { name: 'Subscribe in Outlook' }).getAttribute('href'))!).searchParams.get('url')).toBe(siteUrl + feed)
    expect(await page.getByRole('link', { name: 'Add to your calendar (.ics)' }).getAttribute('href')).toBe(feed)
    const field = page.getByLabel('The calendar’s address, for other calendar apps')
    expect(await field.inputValue()).toBe(siteUrl + feed)
    await page.getByRole('button', { name: 'Copy the address' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'copied' }).count()).toBe(1)
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(siteUrl + feed)
    expect(describeViolations(await axeViolations(page))).toEqual([])
    await context.close()
  })

  it('without JavaScript the address is there to select, and no dead copy button shows', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${siteUrl}/evenemang/${series.slug}`)
    expect(await page.locator('.calendar-address input').inputValue()).toBe(`${siteUrl}/evenemang/${series.slug}.ics`)
    expect(await page.getByRole('button', { name: 'Kopiera adressen' }).count()).toBe(0)
    await context.close()
  })
})
