import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { axeViolations, describeViolations, recordForeignRequests, useBrowser } from '../helpers/browser.ts'

const siteUrl = inject('siteUrl')
const browser = useBrowser()

interface Visit {
  page: Page
  status: number
  foreign: string[]
}

async function visit(path: string): Promise<Visit> {
  const page = await browser.newPage()
  const foreign = recordForeignRequests(page, siteUrl)
  const response = await page.goto(siteUrl + path, { waitUntil: 'load' })
  return { page, status: response?.status() ?? 0, foreign }
}

/** The first link on `listPath` whose href starts with `prefix`, e.g. an event page. */
async function firstLink(listPath: string, prefix: string): Promise<string> {
  const { page } = await visit(listPath)
  const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute('href')
  await page.close()
  expect(href, `a link starting with ${prefix} on ${listPath}`).toBeTruthy()
  return href!
}

const SEEDED_HUBS = ['Stuguns bibliotek', 'Skidtunneln', 'Brunflo', 'Fjällhubben', 'House Be', 'Hönsgården', 'Högt Hett & Säkert', 'Kluksgården', 'Ås/Torsta', 'Samverket', 'Gomorron Östersund']

describe('every page type, in both languages', () => {
  const pages: Array<[string, string, string]> = [
    ['home', '/', 'sv'],
    ['home', '/en', 'en'],
    ['hub directory', '/hubbar', 'sv'],
    ['hub directory', '/en/hubs', 'en'],
    ['hub page', '/hubbar/fjallhubben', 'sv'],
    ['hub page', '/en/hubs/fjallhubben', 'en'],
    ['event list', '/evenemang', 'sv'],
    ['event list', '/en/events', 'en'],
    ['municipality page', '/kommuner/harjedalen', 'sv'],
    ['municipality page', '/en/municipalities/harjedalen', 'en'],
    ['accessibility statement', '/tillganglighet', 'sv'],
    ['privacy notice', '/integritet', 'sv'],
    ['privacy notice', '/en/privacy', 'en'],
    ['open-data page', '/oppna-data', 'sv'],
    ['open-data page', '/en/open-data', 'en'],
    ['filtered hub directory', '/hubbar?municipality=are&amenity=wifi&near=J%C3%A4rpen', 'sv'],
    ['filtered hub directory', '/en/hubs?amenity=sauna&near=Atlantis', 'en'],
  ]

  it.each(pages)('the %s at %s answers 200, declares lang="%s", passes axe-core and loads nothing from other hosts', async (_name, path, lang) => {
    const { page, status, foreign } = await visit(path)
    expect(status).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe(lang)
    expect(await page.locator('h1').count()).toBeGreaterThanOrEqual(1)
    expect(await page.locator('a[href="#main"], a[href="#innehall"], a.skip-link').count(), 'a skip link').toBeGreaterThanOrEqual(1)
    expect(describeViolations(await axeViolations(page))).toEqual([])
    expect(foreign).toEqual([])
    await page.close()
  })

  it.each([
    ['/evenemang', '/evenemang/', 'sv'],
    ['/en/events', '/en/events/', 'en'],
  ])('an event page linked from %s answers 200 and passes axe-core', async (list, prefix, lang) => {
    const href = await firstLink(list, prefix)
    const { page, status, foreign } = await visit(href)
    expect(status).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe(lang)
    expect(describeViolations(await axeViolations(page))).toEqual([])
    expect(foreign).toEqual([])
    await page.close()
  })
})

describe('seeded content reaches the public site', () => {
  it('the hub directory lists every hub from the region’s facts', async () => {
    const { page } = await visit('/hubbar')
    const text = await page.locator('main').innerText()
    for (const name of SEEDED_HUBS) expect(text).toContain(name)
    await page.close()
  })

  it('the home page shows hubs and upcoming events', async () => {
    const { page } = await visit('/')
    const text = await page.locator('main').innerText()
    expect(text).toContain('Fjällhubben')
    expect(await page.locator('main a[href^="/evenemang/"]').count()).toBeGreaterThan(0)
    const numbers = await page.locator('.numbers li').allInnerTexts()
    expect(numbers[0]).toMatch(/^11\s+arbetshubbar$/)
    expect(numbers[1]).toMatch(/^\d\s+av länets 8 kommuner har en hubb$/)
    expect(numbers[2]).toMatch(/^\d+\s+evenemang den här månaden$/)
    await page.close()
  })

  it('the home page map links all eight municipalities and every hub, and can be reached by keyboard', async () => {
    const { page } = await visit('/')
    const map = page.locator('.county-map svg')
    expect(await map.locator('a[href^="/kommuner/"]').count()).toBe(8)
    expect(await map.locator('a[href^="/hubbar/"]').count()).toBe(SEEDED_HUBS.length)
    await map.locator('a[href="/kommuner/harjedalen"]').focus()
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Härjedalen kommun')
    await page.keyboard.press('Enter')
    await page.waitForURL('**/kommuner/harjedalen')
    await page.close()
  })

  it('the English home page renders English content and links to English pages', async () => {
    const { page } = await visit('/en')
    expect(await page.locator('main a[href^="/en/hubs/"]').count()).toBeGreaterThan(0)
    expect(await page.locator('main a[href^="/en/events/"]').count()).toBeGreaterThan(0)
    expect(await page.locator('main').innerText()).toMatch(/hub/i)
    await page.close()
  })

  it('a hub page shows the hub’s name and locality', async () => {
    const { page } = await visit('/hubbar/fjallhubben')
    expect(await page.locator('h1').first().innerText()).toContain('Fjällhubben')
    expect(await page.locator('main').innerText()).toContain('Funäsdalen')
    await page.close()
  })

  it('a hub can be reached from the directory by following its link', async () => {
    const { page } = await visit('/hubbar')
    await page.locator('main a[href="/hubbar/as-torsta"]').first().click()
    await page.waitForURL('**/hubbar/as-torsta')
    expect(await page.locator('h1').first().innerText()).toContain('Ås/Torsta')
    await page.close()
  })

  it('the public event list does not show events for the authority network or the council', async () => {
    const { page } = await visit('/evenemang')
    // The list itself: the filter form names every event type, the council's meetings included.
    const text = await page.locator('main .event-list').innerText()
    expect(text).not.toContain('Myndighetsnätverket')
    expect(text).not.toContain('Innovationsrådets')
    await page.close()
  })

  it('a cancelled event stays listed and is marked as cancelled', async () => {
    const { page } = await visit('/evenemang')
    const item = page.locator('main li, main article').filter({ hasText: 'Öppet hus på biblioteket i Stugun' }).first()
    expect(await item.innerText()).toMatch(/inställt/i)
    await page.close()
  })
})

describe('not found', () => {
  it.each(['/hubbar/finns-inte', '/en/hubs/does-not-exist', '/evenemang/finns-inte', '/kommuner/finns-inte', '/sida-som-inte-finns'])(
    '%s answers 404 with a helpful page that passes axe-core',
    async (path) => {
      const { page, status } = await visit(path)
      expect(status).toBe(404)
      expect(await page.locator('a[href="/"], a[href="/en"]').count()).toBeGreaterThan(0)
      expect(describeViolations(await axeViolations(page))).toEqual([])
      await page.close()
    },
  )
})

describe('health', () => {
  it('the site reports ok with the database up', async () => {
    const res = await fetch(`${siteUrl}/health`)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ ok: true, db: 'up', search: expect.any(String), mail: expect.any(String) })
  })
})
