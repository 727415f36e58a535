import { describe, expect, inject, it } from 'vitest'
import { axeViolations, describeViolations, recordForeignRequests, useBrowser } from '../helpers/browser.ts'

const siteUrl = inject('siteUrl')
const browser = useBrowser()

async function open(path: string) {
  const page = await browser.newPage()
  const foreign = recordForeignRequests(page, siteUrl)
  const response = await page.goto(siteUrl + path)
  return { page, status: response?.status(), foreign, main: () => page.locator('main').innerText() }
}

describe('the authority network and innovation council pages', () => {
  it.each([
    ['/natverket', 'sv'],
    ['/en/network', 'en'],
    ['/innovationsradet', 'sv'],
    ['/en/innovation-council', 'en'],
  ])('%s answers 200, passes axe-core and loads nothing from other hosts', async (path, lang) => {
    const { page, status, foreign } = await open(path)
    expect(status).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe(lang)
    expect(describeViolations(await axeViolations(page))).toEqual([])
    expect(foreign).toEqual([])
    await page.close()
  })

  it('lists confirmed member agencies but not one that has only applied', async () => {
    const { page, main } = await open('/natverket')
    const text = await main()
    expect(text).toContain('Demomyndigheten för fjällnära service')
    expect(text).toContain('Påhittade statistikmyndigheten (demo)')
    expect(text).not.toContain('Testinspektionen Jämtland (demo)')
    await page.close()
  })

  it('groups the members by their local office, and the map marks each group with its count, linked to it', async () => {
    const { page } = await open('/natverket')
    const group = await page.locator('#kontor-ostersund + ul.agency-list li').allInnerTexts()
    // The seeded two; the sign-up tests may have added an approved agency in Östersund in the same run.
    expect(group).toEqual(expect.arrayContaining(['Exempelverket, Östersundskontoret', 'Påhittade statistikmyndigheten (demo)']))
    const marker = page.locator('a.county-map__office[href="#kontor-ostersund"]')
    expect(await marker.getAttribute('aria-label')).toBe(`Östersund: ${group.length} myndigheter (${group.join(', ')})`)
    expect(await marker.locator('text').textContent()).toBe(String(group.length))
    // The applied agency's office (Krokom) is not marked.
    expect(await page.locator('a.county-map__office[href="#kontor-krokom"]').count()).toBe(0)
    await page.close()
  })

  it('shows no event for the network or the council to the public', async () => {
    const { page, main } = await open('/natverket')
    expect(await main()).not.toMatch(/Myndighetsnätverket:|Innovationsrådets/)
    await page.close()
  })

  it('shows the council’s mission and members, chair first', async () => {
    const { page, main } = await open('/innovationsradet')
    const text = await main()
    expect(text).toContain('Regionala innovationsrådet')
    // Five seeded members; the account tests may have seated one more in the same run.
    expect(await page.locator('main table tbody tr').count()).toBeGreaterThanOrEqual(5)
    expect(await page.locator('main table tbody tr').first().innerText()).toContain('Ordförande')
    await page.close()
  })

  it('shows the council in English with English roles', async () => {
    const { page } = await open('/en/innovation-council')
    expect(await page.locator('h1').innerText()).toBe('Regional innovation council')
    expect(await page.locator('main table tbody tr').first().innerText()).toContain('Chair')
    await page.close()
  })

  it('is linked from the main navigation on every page', async () => {
    const { page } = await open('/')
    expect(await page.locator('nav a[href="/natverket"]').count()).toBe(1)
    expect(await page.locator('nav a[href="/innovationsradet"]').count()).toBe(1)
    await page.close()
  })
})
