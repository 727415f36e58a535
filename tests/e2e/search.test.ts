import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { axeViolations, describeViolations, launchBrowser, recordForeignRequests } from '../helpers/browser.ts'

const siteUrl = inject('siteUrl')
const api = (qs: string) => fetch(`${siteUrl}/api/search?${qs}`)

describe('GET /api/search', () => {
  it('finds a seeded hub typed without Swedish letters, in the contract’s JSON shape', async () => {
    const res = await api('q=fjallhubben')
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body).toMatchObject({ engine: 'postgres', hits: expect.any(Array), facets: expect.any(Object), tookMs: expect.any(Number) })
    expect(body.hits[0]).toMatchObject({ type: 'hub', slug: 'fjallhubben', title: 'Fjällhubben', url: '/hubbar/fjallhubben' })
  })

  it('answers in English with English URLs', async () => {
    const body = await (await api('q=fjallhubben&locale=en')).json()
    expect(body.hits[0]).toMatchObject({ url: '/en/hubs/fjallhubben' })
  })

  it('never returns events for the authority network', async () => {
    const body = await (await api('q=myndighetsnatverket&type=event')).json()
    expect(body.hits).toEqual([])
  })

  it('sorts hubs near Funäsdalen by distance', async () => {
    const body = await (await api('type=hub&lat=62.543&lng=12.547&radiusKm=150')).json()
    expect(body.hits[0]).toMatchObject({ slug: 'fjallhubben' })
    expect(body.hits[0].distanceKm).toBeLessThan(1)
  })

  it.each([
    ['radiusKm=0&lat=63&lng=14', /Radien/],
    ['radiusKm=100000&lat=63&lng=14', /Radien/],
    ['lat=200&lng=14', /lat/],
    ['amenity=jacuzzi', /facilitet/],
  ])('refuses %s with 400 and a Swedish message', async (qs, message) => {
    const res = await api(qs)
    expect(res.status).toBe(400)
    expect((await res.json()).error).toMatch(message)
  })

  it.each([
    'q=' + 'x'.repeat(10_000),
    'q=%22unbalanced',
    'q=municipality%20%3D%20x%20OR%201%3D1',
    'page=99999',
    'municipality=finns-inte',
  ])('answers junk such as %s with 200 and sensible results', async (qs) => {
    const res = await api(qs.slice(0, 12_000))
    expect(res.status).toBe(200)
    expect(Array.isArray((await res.json()).hits)).toBe(true)
  })
})

describe('the search page', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it.each([
    ['/sok?q=fika', 'sv'],
    ['/en/search?q=fika', 'en'],
    ['/sok?q=ostersund&type=hub&amenity=wifi', 'sv'],
    ['/sok?q=xyzzyqq', 'sv'],
    ['/sok?lat=200&lng=14&radiusKm=0', 'sv'],
  ])('%s answers 200, passes axe-core and loads nothing from other hosts', async (path, lang) => {
    const page = await browser.newPage()
    const foreign = recordForeignRequests(page, siteUrl)
    const response = await page.goto(siteUrl + path)
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe(lang)
    expect(describeViolations(await axeViolations(page))).toEqual([])
    expect(foreign).toEqual([])
    await page.close()
  })

  it('is reached from the search box in the header, by keyboard, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(siteUrl + '/hubbar')
    await page.locator('#site-search').focus()
    await page.keyboard.type('fjallhubben')
    await page.keyboard.press('Enter')
    await page.waitForURL('**/sok?q=fjallhubben')
    const first = page.locator('main .results a').first()
    expect(await first.innerText()).toBe('Fjällhubben')
    expect(await page.locator('main .snippet mark').count()).toBeGreaterThan(0)
    await context.close()
  })

  it('names parameters it could not use instead of failing', async () => {
    const page = await browser.newPage()
    await page.goto(siteUrl + '/sok?q=fika&lat=200&lng=14')
    expect(await page.locator('main .notice').innerText()).toMatch(/lat/)
    expect(await page.locator('main .results a').count()).toBeGreaterThan(0)
    await page.close()
  })
})
