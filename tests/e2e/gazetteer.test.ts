import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { axeViolations, describeViolations, recordForeignRequests, useBrowser } from '../helpers/browser.ts'

const siteUrl = inject('siteUrl')
const browser = useBrowser()

async function open(path: string): Promise<{ page: Page; status: number; foreign: string[] }> {
  const page = await browser.newPage()
  const foreign = recordForeignRequests(page, siteUrl)
  const response = await page.goto(siteUrl + path, { waitUntil: 'load' })
  return { page, status: response?.status() ?? 0, foreign }
}

const hubNames = (page: Page) => page.locator('main .card__title').allInnerTexts()
/** The distances on the cards, in km, in the order shown. */
async function distances(page: Page): Promise<number[]> {
  const texts = await page.locator('main .card .distance').allInnerTexts()
  return texts.map((t) => Number(t.replace(/\s/g, '').replace(',', '.').match(/^[\d.]+/)?.[0]))
}

describe('near a place the hubs do not name', () => {
  it.each([
    ['/hubbar?near=Hallen', 'Hallen'],
    ['/hubbar?near=froson', 'Frösön'],
    ['/hubbar?near=Duved', 'Duved'],
    ['/hubbar?near=Lit', 'Lit'],
    ['/hubbar?near=Hammerdal', 'Hammerdal'],
    ['/hubbar?near=831+32', 'Östersund'],
  ])('%s lists every hub by distance from %s', async (path, place) => {
    const { page, status } = await open(path)
    expect(status).toBe(200)
    expect(await page.locator('main .notice').count()).toBe(0)
    expect(await page.locator('main').innerText()).toContain(`Sorterade efter avstånd från ${place}`)
    expect(await hubNames(page)).toHaveLength(11)
    const km = await distances(page)
    expect(km.length).toBeGreaterThan(0)
    expect(km.every((d) => Number.isFinite(d))).toBe(true)
    expect(km).toEqual([...km].sort((a, b) => a - b))
    await page.close()
  })

  it('a street address or an unknown postcode gets a clear message, not "outside the earth"', async () => {
    for (const [path, text] of [
      ['/hubbar?near=Storgatan+12', 'Gatuadresser'],
      ['/hubbar?near=111+22', 'Postnumret ”111 22” känner vi inte till'],
      ['/en/hubs?near=111+22', 'We do not know the postcode “111 22”'],
    ]) {
      const { page, status } = await open(path)
      expect(status).toBe(200)
      const notice = await page.locator('main .notice').innerText()
      expect(notice).toContain(text)
      expect(notice).not.toMatch(/utanför jorden|off the globe/)
      await page.close()
    }
  })
})

describe('search for a place', () => {
  it('"Järpen" shows the hubs near it and links to the directory sorted from there', async () => {
    const { page, status } = await open('/sok?q=J%C3%A4rpen')
    expect(status).toBe(200)
    const block = page.locator('[data-search-place]')
    expect(await block.locator('h2').innerText()).toBe('Hubbar nära Järpen')
    expect(await block.locator('li').count()).toBe(3)
    expect(await block.locator('li').first().innerText()).toMatch(/km från Järpen/)
    await block.getByRole('link', { name: 'Alla hubbar sorterade efter avstånd från Järpen' }).click()
    await page.waitForURL(/\/hubbar\?near=/)
    expect(new URL(page.url()).searchParams.get('near')).toBe('Järpen')
    expect(await page.locator('main').innerText()).toContain('Sorterade efter avstånd från Järpen')
    await page.close()
  })

  it('a word that only starts like a place is a plain search', async () => {
    const { page } = await open('/sok?q=wifi')
    expect(await page.locator('[data-search-place]').count()).toBe(0)
    await page.close()
  })
})

describe('near me', () => {
  it('the button fills the browser position into "near" and sends the form', async () => {
    const response = await fetch(`${siteUrl}/hubbar`)
    expect(response.headers.get('permissions-policy')).toContain('geolocation=(self)')
    const context = await browser.newContext({ locale: 'sv-SE' })
    await context.grantPermissions(['geolocation'], { origin: siteUrl })
    // Funäsdalen.
    await context.setGeolocation({ latitude: 62.5454, longitude: 12.5496 })
    const page = await context.newPage()
    await page.goto(`${siteUrl}/hubbar`)
    const button = page.getByRole('button', { name: 'Nära mig' })
    await button.click()
    await page.waitForURL(/near=/)
    expect(new URL(page.url()).searchParams.get('near')).toBe('62.5454, 12.5496')
    expect((await hubNames(page))[0]).toBe('Fjällhubben')
    await context.close()
  })

  it('the pages pass axe-core and load nothing from other hosts', async () => {
    for (const path of ['/hubbar?near=Hallen', '/en/hubs?near=Storgatan+12', '/sok?q=J%C3%A4rpen', '/en/search?q=J%C3%A4rpen']) {
      const { page, foreign } = await open(path)
      expect(describeViolations(await axeViolations(page)), path).toEqual([])
      expect(foreign).toEqual([])
      await page.close()
    }
  })
})
