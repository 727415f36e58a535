import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { axeViolations, describeViolations, launchBrowser, recordCspViolations, recordForeignRequests } from '../helpers/browser.ts'

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
    ['type=user', /Typen/],
    ['eventType=constructor', /typ av evenemang/],
    ["municipality=x'%20OR%201%3D1", /Okänd kommun/],
  ])('refuses the unknown filter %s with 400 and a Swedish message', async (qs, message) => {
    const res = await api(qs)
    expect(res.status).toBe(400)
    expect((await res.json()).error).toMatch(message)
  })

  it('gives the 400 message in English when asked in English', async () => {
    const res = await api('radiusKm=0&lat=63&lng=14&locale=en')
    expect(res.status).toBe(400)
    expect((await res.json()).error).toMatch(/^The radius must be above 0/)
  })

  it.each(['', 'q=', 'q=%20%20'])('lists everything public for an empty query (%s)', async (qs) => {
    const res = await api(qs)
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.total).toBeGreaterThan(10)
    expect(body.facets.type.hub).toBeGreaterThan(0)
  })

  it('treats filter syntax typed as text as words, so it narrows rather than widens', async () => {
    const all = (await (await api('')).json()).total
    const body = await (await api('q=municipality%20%3D%20x%20OR%201%3D1')).json()
    expect(body.total).toBeLessThan(all)
    expect(body.total).toBe(0)
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

  it.each([
    ['/sok', 'sv', /^\d+ träff(ar)? på ”fjallhub”$/, '/hubbar/fjallhubben'],
    ['/en/search', 'en', /^\d+ results? for “fjallhub”$/, '/en/hubs/fjallhubben'],
  ])('%s updates results as you type, announces the count and keeps the address in step (%s)', async (path, _lang, heading, href) => {
    const page = await browser.newPage()
    const cspViolations = await recordCspViolations(page)
    const foreign = recordForeignRequests(page, siteUrl)
    await page.goto(siteUrl + path)
    // A marker that a page load would wipe: the results must come without one.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true))
    const apiCalls: string[] = []
    page.on('request', (r) => {
      if (r.url().includes('/api/search')) apiCalls.push(r.url())
    })
    await page.locator('#q').focus()
    await page.keyboard.type('fjallhub', { delay: 20 })
    await page.waitForURL(`**${path}?q=fjallhub`)
    const live = page.locator('#results-heading')
    expect(await live.getAttribute('aria-live')).toBe('polite')
    await expect.poll(() => live.innerText()).toMatch(heading)
    expect(await page.locator('#search-hits .results a').first().getAttribute('href')).toBe(href)
    expect(await page.locator('#search-hits .snippet mark').count()).toBeGreaterThan(0)
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true)
    // The debounce and cancellation keep this to a handful of requests for eight keystrokes.
    expect(apiCalls.length).toBeLessThan(8)
    expect(apiCalls.every((u) => u.includes(`locale=${_lang}`))).toBe(true)

    // A filter applies at once, with counts redrawn, and ends up in the address as well.
    await page.locator('input[name="type"][value="hub"]').check()
    await page.waitForURL(`**${path}?q=fjallhub&type=hub`)
    await expect.poll(() => page.locator('#search-hits .result-group').count()).toBe(1)

    // A bookmark of the address shows the same results, rendered by the server.
    const again = await browser.newPage()
    await again.goto(page.url())
    expect(await again.locator('#search-hits .results a').first().getAttribute('href')).toBe(href)
    await again.close()

    expect(describeViolations(await axeViolations(page))).toEqual([])
    expect(await cspViolations()).toEqual([])
    expect(foreign).toEqual([])
    await page.close()
  })

  it('says so as you type when nothing matches', async () => {
    const page = await browser.newPage()
    await page.goto(siteUrl + '/sok?q=fika')
    await page.locator('#q').fill('xyzzyqq')
    await expect.poll(() => page.locator('#results-heading').innerText()).toBe('0 träffar på ”xyzzyqq”')
    expect(await page.locator('#search-hits').innerText()).toMatch(/^Inga träffar/)
    expect(await page.locator('#search-hits .results').count()).toBe(0)
    expect(page.url()).toBe(`${siteUrl}/sok?q=xyzzyqq`)
    await page.close()
  })

  it('works as a plain form with JavaScript off: typing alone changes nothing, submitting searches', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(siteUrl + '/en/search')
    await page.locator('#q').fill('fjallhubben')
    await page.locator('input[name="type"][value="hub"]').check()
    await page.waitForTimeout(400)
    expect(page.url()).toBe(`${siteUrl}/en/search`)
    await page.locator('form.search-form button[type="submit"]').first().click()
    await page.waitForURL('**/en/search?q=fjallhubben&type=hub**')
    expect(await page.locator('#results-heading').innerText()).toMatch(/^\d+ results? for “fjallhubben”$/)
    expect(await page.locator('#search-hits .results a').first().getAttribute('href')).toBe('/en/hubs/fjallhubben')
    await context.close()
  })

  it('offers the nearest title when nothing matches', async () => {
    const page = await browser.newPage()
    await page.goto(siteUrl + '/sok?q=fjallhubbbben+qwx')
    const suggestion = page.locator('#search-hits a')
    expect(await suggestion.innerText()).toBe('Fjällhubben')
    expect(await suggestion.getAttribute('href')).toBe('/sok?q=Fj%C3%A4llhubben')
    await page.close()
  })

  it('shows facet counts that match what each filter then finds', async () => {
    const api = (await (await fetch(`${siteUrl}/api/search?q=fika&type=event`)).json()) as { facets: { municipality: Record<string, number> } }
    const [slug, n] = Object.entries(api.facets.municipality).sort((a, b) => b[1] - a[1])[0]
    const page = await browser.newPage()
    await page.goto(siteUrl + '/sok?q=fika&type=event')
    const option = page.locator(`#municipality option[value="${slug}"]`)
    expect((await option.innerText()).trim()).toMatch(new RegExp(`\\(${n}\\)$`))
    await page.goto(`${siteUrl}/sok?q=fika&type=event&municipality=${slug}`)
    expect(await page.locator('#results-heading').innerText()).toMatch(new RegExp(`^${n} träff(ar)? på ”fika”$`))
    expect(await page.locator('main .results > li').count()).toBe(Math.min(n, 20))
    await page.close()
  })

  it('names parameters it could not use instead of failing', async () => {
    const page = await browser.newPage()
    await page.goto(siteUrl + '/sok?q=fika&lat=200&lng=14')
    expect(await page.locator('main .notice').innerText()).toMatch(/lat/)
    expect(await page.locator('main .results a').count()).toBeGreaterThan(0)
    await page.close()
  })
})

describe('the search page as its users meet it', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  /** The facet counts a visitor can see: those not hidden, themselves or by their group. */
  const visibleFacets = (page: Page) =>
    page.locator('form.search-form').evaluate((form) =>
      [...form.querySelectorAll<HTMLElement>('[data-facet]')].filter((el) => !el.closest('[hidden]')).map((el) => `${el.dataset.facet}:${el.textContent?.trim()}`),
    )

  it.each([
    ['/sok?q=fika', 'Sök'],
    ['/en/search?q=fika', 'Search'],
  ])('%s has one search form with one button, and no second search box in the header', async (path, button) => {
    const page = await browser.newPage()
    await page.goto(siteUrl + path)
    expect(await page.getByRole('button', { name: button, exact: true }).count()).toBe(1)
    expect(await page.getByRole('search').count()).toBe(1)
    expect(await page.locator('#site-search').count()).toBe(0)
    await page.close()
  })

  it('hides the facets nothing matches, and the amenities altogether when only events match', async () => {
    const page = await browser.newPage()
    await page.goto(siteUrl + '/sok?q=fika&type=event')
    expect(await page.locator('main .results > li').count()).toBeGreaterThan(0)
    const facets = await visibleFacets(page)
    expect(facets.filter((f) => f.startsWith('amenity:'))).toEqual([])
    expect(facets.filter((f) => /\(0\)$/.test(f))).toEqual([])
    expect(await page.getByRole('group', { name: /Faciliteter/ }).isVisible()).toBe(false)
    // The other type stays to choose, without a count the page cannot know.
    expect(await page.locator('input[name="type"][value="hub"]').isVisible()).toBe(true)
    expect(describeViolations(await axeViolations(page))).toEqual([])
    await page.close()
  })

  it('shows and hides facets as the results change while typing', async () => {
    const page = await browser.newPage()
    await page.goto(siteUrl + '/sok?q=xyzzyqq')
    expect((await visibleFacets(page)).filter((f) => /\(0\)$/.test(f))).toEqual([])
    expect(await page.getByRole('group', { name: /Faciliteter/ }).isVisible()).toBe(false)
    await page.locator('#q').fill('fjallhubben')
    await expect.poll(() => page.getByRole('group', { name: /Faciliteter/ }).isVisible()).toBe(true)
    const facets = await visibleFacets(page)
    expect(facets.some((f) => /^amenity:\([1-9]\d*\)$/.test(f))).toBe(true)
    expect(facets.filter((f) => /\(0\)$/.test(f))).toEqual([])
    expect(describeViolations(await axeViolations(page))).toEqual([])
    await page.close()
  })

  it.each(['/sok?q=fika', '/sok?q=fjallhubben', '/en/search?q=fika'])('%s keeps words apart: title, time and snippet', async (path) => {
    const page = await browser.newPage()
    await page.goto(siteUrl + path)
    const items = await page.locator('main .results > li').evaluateAll((lis) =>
      lis.map((li) => ({ title: li.querySelector('a')!.textContent!, text: (li as HTMLElement).innerText, snippet: li.querySelector('.snippet')!.textContent! })),
    )
    expect(items.length).toBeGreaterThan(0)
    for (const item of items) {
      expect(item.text.startsWith(item.title)).toBe(true)
      expect(item.text.slice(item.title.length)).toMatch(/^(\s|$)/)
      // A word ending in a small letter runs straight into one starting with a capital only when a space was lost.
      expect(item.snippet).not.toMatch(/\p{Ll}\p{Lu}/u)
    }
    await page.close()
  })

  it.each(['/sok?q=fika', '/en/search?q=fika'])('%s says nothing to the public about which engine answered', async (path) => {
    const page = await browser.newPage()
    await page.goto(siteUrl + path)
    expect(await page.locator('main').innerText()).not.toMatch(/besvarades av|answered by|postgres/i)
    expect(await page.locator('[data-search-engine]').getAttribute('data-search-engine')).toBe('postgres')
    await page.locator('#q').fill('fjallhubben')
    await page.waitForURL('**?q=fjallhubben')
    await expect.poll(() => page.locator('#search-hits .results a').first().getAttribute('href')).toMatch(/fjallhubben$/)
    expect(await page.locator('main').innerText()).not.toMatch(/besvarades av|answered by|postgres/i)
    await page.close()
  })
})
