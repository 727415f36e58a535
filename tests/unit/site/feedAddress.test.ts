import { describe, expect, it } from 'vitest'
import { feedForFilters, feedName, feedScope, subscriptionLinks } from '../../../site/features/calendar/feedAddress.ts'
import { parseEventFilters } from '../../../site/features/events/eventFilters.ts'

const filtersOf = (qs: string) => parseEventFilters(new URLSearchParams(qs)).filters

describe('the feed for a filtered event list', () => {
  it('is the county feed without filters, also for the archive', () => {
    expect(feedForFilters(filtersOf(''), 'sv')).toBe('/kalender.ics')
    expect(feedForFilters(filtersOf('past=1'), 'en')).toBe('/en/calendar.ics')
  })

  it('is the municipality’s or the hub’s own feed when that is the only filter', () => {
    expect(feedForFilters(filtersOf('municipality=krokom'), 'sv')).toBe('/kommuner/krokom/kalender.ics')
    expect(feedForFilters(filtersOf('municipality=krokom&past=1'), 'en')).toBe('/en/municipalities/krokom/calendar.ics')
    expect(feedForFilters(filtersOf('hub=fjallhubben'), 'sv')).toBe('/hubbar/fjallhubben/kalender.ics')
  })

  it('is the county feed with every other filter as a normalised query', () => {
    expect(feedForFilters(filtersOf('type=workshop'), 'sv')).toBe('/kalender.ics?type=workshop')
    // One order whatever the list's address had, no archive switch, nothing the parser dropped.
    expect(feedForFilters(filtersOf('to=2026-12-31&type=fika&utm_source=x&past=1&municipality=krokom&from=2026-12-01&hub=%3Cx%3E'), 'sv')).toBe(
      '/kalender.ics?municipality=krokom&type=fika&from=2026-12-01&to=2026-12-31',
    )
    expect(feedForFilters(filtersOf('municipality=krokom&hub=kluksgarden'), 'en')).toBe('/en/calendar.ics?municipality=krokom&hub=kluksgarden')
  })

  it('is named after its filters, in the feed’s language', () => {
    expect(feedScope({}, 'sv')).toBeNull()
    expect(feedScope({ municipality: 'Krokom', type: 'workshop', from: '2026-12-01', to: '2026-12-31' }, 'sv')).toBe('Krokom, Workshop, från 2026-12-01, till och med 2026-12-31')
    expect(feedScope({ hub: 'Fjällhubben', to: '2026-12-31' }, 'en')).toBe('Fjällhubben, until 2026-12-31')
    expect(feedName('sv', 'Krokom')).toBe('Co-working Region: evenemang – Krokom')
  })
})

describe('subscription links', () => {
  const feed = '/kalender.ics?municipality=krokom&type=fika'
  const links = subscriptionLinks(feed, new URL('https://portal.example.se'), 'Co-working Region: evenemang – Krokom, Fika')

  it('give the feed’s absolute address, and the same on webcal for Apple Calendar', () => {
    expect(links.https).toBe('https://portal.example.se/kalender.ics?municipality=krokom&type=fika')
    expect(links.webcal).toBe('webcal://portal.example.se/kalender.ics?municipality=krokom&type=fika')
    expect(subscriptionLinks('/kalender.ics', 'http://127.0.0.1:4321', 'x').webcal).toBe('webcal://127.0.0.1:4321/kalender.ics')
  })

  it('hand Google the webcal address as cid, whole', () => {
    const google = new URL(links.google)
    expect(google.origin + google.pathname).toBe('https://calendar.google.com/calendar/render')
    expect(google.searchParams.get('cid')).toBe(links.webcal)
    expect([...google.searchParams.keys()]).toEqual(['cid'])
  })

  it('hand Outlook the https address and the calendar’s name', () => {
    const outlook = new URL(links.outlook)
    expect(outlook.origin + outlook.pathname).toBe('https://outlook.live.com/calendar/0/addfromweb')
    expect(outlook.searchParams.get('url')).toBe(links.https)
    expect(outlook.searchParams.get('name')).toBe('Co-working Region: evenemang – Krokom, Fika')
  })
})
