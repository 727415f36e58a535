import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { compareCommute } from '../../site/features/hubs/commute.ts'
import { formatAmount } from '../../site/features/hubs/commuteText.ts'
import { SEAT_POSITIONS } from '../../site/features/hubs/places.ts'
import { axeViolations, describeViolations, recordForeignRequests, useBrowser } from '../helpers/browser.ts'

const siteUrl = inject('siteUrl')
const browser = useBrowser()

async function open(path: string): Promise<{ page: Page; status: number; foreign: string[] }> {
  const page = await browser.newPage()
  const foreign = recordForeignRequests(page, siteUrl)
  const response = await page.goto(siteUrl + path, { waitUntil: 'load' })
  return { page, status: response?.status() ?? 0, foreign }
}

/** The hub names in the result list, in the order shown. */
const hubNames = (page: Page) => page.locator('main .card__title').allInnerTexts()

describe('hub directory filters', () => {
  it('narrows the list by municipality', async () => {
    const { page, status } = await open('/hubbar?municipality=krokom')
    expect(status).toBe(200)
    expect((await hubNames(page)).sort()).toEqual(['Kluksgården', 'Ås/Torsta'])
    expect(await page.locator('#results-heading').innerText()).toBe('2 hubbar')
    expect(await page.locator('#filter-municipality').inputValue()).toBe('krokom')
    await page.close()
  })

  it('the language switch keeps the usable filters', async () => {
    const { page } = await open('/hubbar?municipality=krokom&amenity=sauna')
    expect(await page.locator('.language-switch a').getAttribute('href')).toBe('/en/hubs?municipality=krokom')
    await page.close()
  })

  it('requires every selected amenity', async () => {
    const { page: all } = await open('/hubbar?amenity=wifi')
    const withWifi = await hubNames(all)
    await all.close()
    const { page } = await open('/hubbar?amenity=wifi&amenity=ev-charging')
    const both = await hubNames(page)
    expect(both.length).toBeGreaterThan(0)
    expect(both.length).toBeLessThan(withWifi.length)
    expect(await page.locator('#filter-amenity-ev-charging').isChecked()).toBe(true)
    await page.close()
  })

  it('sorts by distance from a place and shows the distance', async () => {
    const { page } = await open('/hubbar?near=Fun%C3%A4sdalen')
    const names = await hubNames(page)
    expect(names[0]).toBe('Fjällhubben')
    expect(names).toHaveLength(11)
    const firstCard = page.locator('main .card').first()
    expect(await firstCard.locator('.distance').innerText()).toMatch(/^0 km från Funäsdalen$/)
    expect(await page.locator('main').innerText()).toContain('Sorterade efter avstånd från Funäsdalen')
    await page.close()
  })

  it('takes coordinates in English too', async () => {
    const { page } = await open('/en/hubs?near=63.176%2C+14.636')
    expect((await hubNames(page))[0]).toBe('Samverket')
    expect(await page.locator('main .card').first().locator('.distance').innerText()).toMatch(/km from/)
    await page.close()
  })

  it('each card shows municipality, open-now state, desks and day-pass price', async () => {
    const { page } = await open('/hubbar')
    const card = page.locator('main .card').filter({ hasText: 'Fjällhubben' })
    const text = await card.innerText()
    expect(text).toContain('Härjedalen')
    expect(text).toMatch(/Öppet nu|Stängt/)
    expect(text).toContain('Arbetsplatser')
    expect(text).toContain('Dagskort')
    await page.close()
  })

  it.each([
    ['/hubbar?municipality=stockholm', 'stockholm'],
    ['/hubbar?amenity=sauna', 'sauna'],
    ['/hubbar?near=63.18%2C+999', '63.18, 999'],
    ['/hubbar?near=abc%2C+1.2.3', 'abc, 1.2.3'],
    ['/hubbar?near=Atlantis', 'Atlantis'],
    ['/en/hubs?near=91%2C+14', '91, 14'],
  ])('%s answers 200 and says what was ignored', async (path, value) => {
    const { page, status } = await open(path)
    expect(status).toBe(200)
    const notice = await page.locator('main .notice').innerText()
    expect(notice).toContain(value)
    expect(await hubNames(page)).toHaveLength(11)
    await page.close()
  })

  it('10 KB of junk in the query string answers 200 with a message, never 500', async () => {
    const junk = Array.from({ length: 10_240 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 94))).join('')
    for (const query of [encodeURIComponent(junk), `near=${encodeURIComponent(junk)}`, 'near=%00&municipality=%00%0A', 'amenity=x&'.repeat(1000)]) {
      const res = await fetch(`${siteUrl}/hubbar?${query}`)
      expect(res.status, query.slice(0, 40)).toBe(200)
      const html = await res.text()
      expect(html).toContain('En del av sökningen kunde inte användas')
      expect(html.length).toBeLessThan(200_000)
    }
  })

  it('a query string that is not valid percent-encoding answers 400, never 500', async () => {
    // @astrojs/node's standalone server refuses it before the page runs; its body is a short English text.
    const res = await fetch(`${siteUrl}/hubbar?%E0%A4%A&near=%ZZ`)
    expect(res.status).toBe(400)
  })

  it('the filtered page passes axe-core and loads nothing from other hosts', async () => {
    for (const path of ['/hubbar?municipality=are&amenity=wifi&open=1&near=J%C3%A4rpen', '/en/hubs?municipality=nowhere&near=Atlantis']) {
      const { page, foreign } = await open(path)
      expect(describeViolations(await axeViolations(page)), path).toEqual([])
      expect(foreign).toEqual([])
      await page.close()
    }
  })
})

describe('hub directory by keyboard', () => {
  /** Presses Tab until `selector` has focus; fails if it is not reached. */
  async function tabTo(page: Page, selector: string, max = 60) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab')
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
    }
    throw new Error(`Tab never reached ${selector}`)
  }

  it('tabs through the filters, submits with Enter and reaches a hub', async () => {
    const { page } = await open('/hubbar')
    await tabTo(page, '#filter-municipality')
    await tabTo(page, '#filter-near', 3)
    await page.keyboard.type('Funäsdalen')
    await tabTo(page, '#filter-amenity-wifi', 10)
    await page.keyboard.press('Space')
    await tabTo(page, '#filter-open', 20)
    await tabTo(page, 'form button[type="submit"]', 3)
    await page.keyboard.press('Enter')
    await page.waitForURL(/near=/)
    const url = new URL(page.url())
    expect(url.searchParams.get('near')).toBe('Funäsdalen')
    expect(url.searchParams.getAll('amenity')).toEqual(['wifi'])
    expect((await hubNames(page))[0]).toBe('Fjällhubben')

    await tabTo(page, 'main a[href="/hubbar/fjallhubben"]', 80)
    await page.keyboard.press('Enter')
    await page.waitForURL('**/hubbar/fjallhubben')
    expect(await page.locator('h1').innerText()).toContain('Fjällhubben')
    await page.close()
  })

  it('Enter in the place field submits the form', async () => {
    const { page } = await open('/en/hubs')
    await tabTo(page, '#filter-near')
    await page.keyboard.type('Brunflo')
    await page.keyboard.press('Enter')
    await page.waitForURL(/near=Brunflo/)
    expect((await hubNames(page))[0]).toBe('Brunflo')
    await page.close()
  })
})

describe('hub page', () => {
  it('shows the coming week with today marked, open-now state and three nearby hubs with distances', async () => {
    const { page } = await open('/hubbar/fjallhubben')
    expect(await page.locator('.hours-table tbody tr').count()).toBe(7)
    expect(await page.locator('.hours-table tr[aria-current="date"]').count()).toBe(1)
    expect(await page.locator('.hours-table tbody tr').first().getAttribute('aria-current')).toBe('date')
    expect(await page.locator('main .hub-status').innerText()).toMatch(/^(Öppet nu|Stängt)/)
    const nearby = page.locator('section[aria-labelledby="nearby"] li')
    expect(await nearby.count()).toBe(3)
    expect(await nearby.first().innerText()).toMatch(/House Be.*\d+ km bort/)
    await page.close()
  })

  it('carries a schema.org Place as JSON-LD with address, position and opening hours', async () => {
    const { page } = await open('/en/hubs/fjallhubben')
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
    expect(scripts).toHaveLength(1)
    const place = JSON.parse(scripts[0])
    expect(place).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Place',
      name: 'Fjällhubben',
      address: { '@type': 'PostalAddress', addressLocality: 'Funäsdalen' },
      geo: { '@type': 'GeoCoordinates', latitude: 62.543, longitude: 12.547 },
    })
    expect(place.url).toMatch(/\/en\/hubs\/fjallhubben$/)
    expect(place.openingHoursSpecification.length).toBeGreaterThan(0)
    await page.close()
  })
})

describe('open data', () => {
  it('serves every published hub as RFC 7946 GeoJSON, longitude first, within Jämtland', async () => {
    const res = await fetch(`${siteUrl}/oppna-data/hubbar.geojson`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/geo\+json/)
    const collection = await res.json()
    expect(collection.type).toBe('FeatureCollection')
    expect(collection.features).toHaveLength(11)
    for (const feature of collection.features) {
      expect(feature.type).toBe('Feature')
      expect(feature.geometry.type).toBe('Point')
      const [lng, lat] = feature.geometry.coordinates
      expect(lng, feature.properties.name).toBeGreaterThanOrEqual(11)
      expect(lng, feature.properties.name).toBeLessThanOrEqual(17)
      expect(lat, feature.properties.name).toBeGreaterThanOrEqual(61.5)
      expect(lat, feature.properties.name).toBeLessThanOrEqual(65.5)
    }
    const fjallhubben = collection.features.find((f: { properties: { slug: string } }) => f.properties.slug === 'fjallhubben')
    expect(fjallhubben.properties).toMatchObject({ name: 'Fjällhubben', municipality: 'Härjedalen', locality: 'Funäsdalen' })
    expect(fjallhubben.properties.url).toMatch(/\/hubbar\/fjallhubben$/)
  })

  it('answers a repeated request with 304 when nothing changed', async () => {
    const first = await fetch(`${siteUrl}/oppna-data/hubbar.geojson`)
    const etag = first.headers.get('etag')
    expect(etag).toBeTruthy()
    const second = await fetch(`${siteUrl}/oppna-data/hubbar.geojson`, { headers: { 'If-None-Match': etag! } })
    expect(second.status).toBe(304)
  })

  it('the open-data page links the dataset, states the licence and is linked from the footer', async () => {
    const { page } = await open('/en/open-data')
    expect(await page.locator('main a[href="/oppna-data/hubbar.geojson"]').count()).toBe(1)
    expect(await page.locator('main').innerText()).toContain('CC0')
    expect(await page.locator('footer a[href="/en/open-data"]').count()).toBe(1)
    await page.close()
  })
})

describe('crawlers and sharing', () => {
  it('robots.txt allows everything and points to the sitemap', async () => {
    const res = await fetch(`${siteUrl}/robots.txt`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/)
    const text = await res.text()
    expect(text).toContain('User-agent: *')
    expect(text).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m)
  })

  it('sitemap.xml lists public pages in both languages with hreflang alternates', async () => {
    const res = await fetch(`${siteUrl}/sitemap.xml`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/xml/)
    const xml = await res.text()
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
    for (const path of ['/', '/en', '/hubbar', '/en/hubs', '/hubbar/fjallhubben', '/en/hubs/fjallhubben', '/kommuner/harjedalen', '/oppna-data', '/en/open-data']) {
      expect(locs).toContain(path)
    }
    expect(locs.filter((p) => p.startsWith('/hubbar/'))).toHaveLength(11)
    expect(xml).toMatch(/<xhtml:link rel="alternate" hreflang="en" href="[^"]+\/en\/hubs\/fjallhubben"\/>/)
  })

  it('pages carry canonical, hreflang and Open Graph tags', async () => {
    const { page } = await open('/en/hubs/fjallhubben')
    const meta = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content')
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/en\/hubs\/fjallhubben$/)
    expect(await page.locator('link[rel="alternate"][hreflang="sv"]').getAttribute('href')).toMatch(/\/hubbar\/fjallhubben$/)
    expect(await meta('og:title')).toBe('Fjällhubben')
    expect(await meta('og:description')).toBeTruthy()
    expect(await meta('og:type')).toBe('website')
    expect(await meta('og:url')).toMatch(/^https?:\/\/.+\/en\/hubs\/fjallhubben$/)
    expect(await meta('og:locale')).toBe('en_GB')
    await page.close()
  })
})

describe('commute and climate calculator', () => {
  const facts = JSON.parse(readFileSync(new URL('../../seed/facts/jamtland.json', import.meta.url), 'utf8'))
  const seededHubs = [...facts.pilotHubs2022_2023.hubs, ...facts.pilotHubs2022_2023.alsoInOstersund].map(
    (h: { name: string; lat: number; lon: number }) => ({ name: h.name, lat: h.lat, lng: h.lon }),
  )
  const hammarstrand = { name: 'Hammarstrand', ...SEAT_POSITIONS['2303'] }

  /** A page with JavaScript switched off: the calculator must work as a plain form. */
  async function openWithoutScript(path: string) {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const foreign = recordForeignRequests(page, siteUrl)
    const response = await page.goto(siteUrl + path, { waitUntil: 'load' })
    return { page, context, foreign, status: response?.status() ?? 0 }
  }

  const figure = (page: Page, name: string) => page.locator(`section.commute .commute-figure[data-figure="${name}"]`).innerText()

  it.each([
    ['sv', '/hubbar/stuguns-bibliotek', 'Räkna', /132,6 gram koldioxid per kilometer/, /Regionens mål är 10 procent mindre koldioxid varje år fram till 2030/],
    ['en', '/en/hubs/stuguns-bibliotek', 'Calculate', /132\.6 grams of carbon dioxide per kilometre/, /The region’s goal is 10 per cent less carbon dioxide every year until 2030/],
  ])('in %s, a plain form submit without JavaScript gives km, hours and kg CO2 saved, the emission factor and the goal', async (locale, path, submit, factor, goal) => {
    const { page, context, foreign } = await openWithoutScript(path)
    await page.locator('#commute-home').fill('hammarstrand')
    await page.locator('#commute-days').selectOption('5')
    await page.getByRole('button', { name: submit }).click()
    await page.waitForURL(/home=hammarstrand/)
    const url = new URL(page.url())
    expect(url.pathname).toBe(path)
    expect(url.searchParams.get('days')).toBe('5')
    expect(url.hash).toBe('#commute')

    const expected = compareCommute(hammarstrand, seededHubs, 5)!
    expect(expected.hub.name).toBe('Stuguns bibliotek')
    const l = locale as 'sv' | 'en'
    const section = page.locator('section.commute')
    expect(await section.locator('.commute-result h3').first().innerText()).toMatch(/Hammarstrand$/)
    expect(await section.locator('.commute-figures a').innerText()).toBe('Stuguns bibliotek')
    expect(await figure(page, 'km')).toBe(`${formatAmount(expected.weeklyKmSaved, l)} km`)
    expect(await figure(page, 'hours')).toContain(formatAmount(expected.weeklyHoursSaved, l))
    expect(await figure(page, 'co2')).toBe(`${formatAmount(expected.yearlyKgSaved, l)} kg`)
    const text = await section.innerText()
    expect(text).toMatch(factor)
    expect(text).toMatch(/Trafikverket/)
    expect(text).toMatch(/1[.,]2/)
    expect(text).toMatch(/70 km\/h/)
    expect(text).toMatch(goal)
    // The form shows what was asked, so the visitor can change it.
    expect(await page.locator('#commute-home').inputValue()).toBe('Hammarstrand')
    expect(foreign).toEqual([])
    await context.close()
  })

  it('on another hub’s page, names the nearest hub and says how far this one is', async () => {
    const { page, status } = await open('/en/hubs/brunflo?home=Hammarstrand&days=2')
    expect(status).toBe(200)
    const text = await page.locator('section.commute').innerText()
    expect(text).toContain('Stuguns bibliotek')
    expect(text).toContain('Brunflo, the hub on this page, is about')
    expect(text).toContain('Based on 2 days a week.')
    // The language switch keeps the calculation.
    expect(await page.locator('.language-switch a').getAttribute('href')).toBe('/hubbar/brunflo?home=Hammarstrand&days=2#commute')
    await page.close()
  })

  it.each([
    ['an unknown place', '/hubbar/brunflo?home=Atlantis&days=5', 'Platsen ”Atlantis” hittar vi inte'],
    ['nine days a week', '/hubbar/brunflo?home=Brunflo&days=9', '”9” är inget antal dagar'],
    ['no place', '/hubbar/brunflo?home=&days=5', 'Skriv var du bor'],
    ['coordinates off the globe', '/en/hubs/brunflo?home=63.1%2C+999', 'The coordinates “63.1, 999” are off the globe'],
    ['10 KB of place and NUL days', `/en/hubs/brunflo?home=${'x'.repeat(10_240)}&days=${'%00'.repeat(50)}`, 'The place is too long'],
  ])('%s answers 400 with a clear message in the page’s language, never 500', async (_case, path, message) => {
    const { page, status } = await open(path)
    expect(status).toBe(400)
    expect(await page.locator('section.commute .notice').innerText()).toContain(message)
    // The title says so first, and the message links to the field to correct.
    expect(await page.title()).toMatch(/^(Fel i beräkningen|Error in the calculation): Brunflo/)
    const href = await page.locator('section.commute .notice a').first().getAttribute('href')
    expect(await page.locator(href!).count()).toBe(1)
    expect(await page.locator('section.commute .commute-result').count()).toBe(0)
    expect(await page.locator('h1').innerText()).toBe('Brunflo')
    await page.close()
  })

  it('the directory’s “near a place” results compare the commute from that place, linking to the calculator', async () => {
    const { page } = await open('/hubbar?near=Hammarstrand')
    const expected = compareCommute(hammarstrand, seededHubs, 5)!
    expect(await figure(page, 'co2')).toBe(`${formatAmount(expected.yearlyKgSaved, 'sv')} kg`)
    expect(await page.locator('section.commute a[href^="/hubbar/stuguns-bibliotek?"]').getAttribute('href')).toBe(
      '/hubbar/stuguns-bibliotek?home=Hammarstrand&days=5#commute',
    )
    const { page: plain } = await open('/hubbar')
    expect(await plain.locator('section.commute').count()).toBe(0)
    await page.close()
    await plain.close()
  })

  it.each(['/hubbar/stuguns-bibliotek?home=Hammarstrand&days=5', '/en/hubs/brunflo?home=Hammarstrand&days=3', '/en/hubs/brunflo?home=Atlantis', '/en/hubs?near=Hammarstrand'])(
    '%s passes axe-core and loads nothing from other hosts',
    async (path) => {
      const { page, foreign } = await open(path)
      expect(describeViolations(await axeViolations(page)), path).toEqual([])
      expect(foreign).toEqual([])
      await page.close()
    },
  )
})

describe('municipality commuting chart', () => {
  it.each([
    ['/kommuner/ragunda', 'Offentliganställda som bor i Ragunda och arbetar i Östersund 2018, per arbetsgivare', 'Regionen 2, Kommunerna 11, Staten 19; totalt 32.'],
    ['/en/municipalities/ragunda', 'Public-sector employees living in Ragunda and working in Östersund in 2018, by employer', 'Region 2, Municipalities 11, State 19; total 32.'],
  ])('%s draws an SVG bar chart with an accessible name and description beside the table', async (path, name, description) => {
    const { page, foreign } = await open(path)
    const chart = page.locator('.commuters svg[role="img"]')
    expect(await chart.count()).toBe(1)
    expect(await page.getByRole('img', { name }).count()).toBe(1)
    expect(await chart.locator('desc').textContent()).toContain(description)
    expect(await chart.locator('rect').count()).toBe(3)
    // The largest value, the state's 19, has the longest bar.
    const widths = await chart.locator('rect').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))))
    expect(Math.max(...widths)).toBe(widths[2])
    expect(widths[0] / widths[2]).toBeCloseTo(2 / 19, 5)
    // The text alternative stays beside it.
    expect(await page.locator('.commuters table td').allInnerTexts()).toEqual(['2', '11', '19', '32'])
    expect(describeViolations(await axeViolations(page))).toEqual([])
    expect(foreign).toEqual([])
    await page.close()
  })
})
