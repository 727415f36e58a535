/**
 * The portal on a phone (issue 15, point 9): at 375×812 the header takes at most a fifth of the
 * screen behind a menu button, the directory's first hub and the network's join button come
 * early, no heading is wider than the screen, and the controls are big enough to hit
 * (WCAG 2.2 SC 2.5.8, 24×24 CSS px or the spacing exception).
 */
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { axeViolations, describeViolations, useBrowser } from '../helpers/browser.ts'

const siteUrl = inject('siteUrl')
const browser = useBrowser()
const PHONE = { width: 375, height: 812 }
const DESKTOP = { width: 1280, height: 800 }
const PAGES = ['/', '/hubbar', '/hubbar/fjallhubben', '/evenemang', '/natverket', '/en/hubs', '/en/network']

async function open(path: string, viewport = PHONE): Promise<Page> {
  const page = await browser.newPage({ viewport })
  const response = await page.goto(siteUrl + path, { waitUntil: 'load' })
  expect(response?.status()).toBe(200)
  return page
}

const top = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())?.y ?? Number.POSITIVE_INFINITY

/**
 * The controls (as CSS selectors) whose size the test can measure: form controls, the disclosure
 * buttons, button-styled links and the header's links. Links inside a sentence are exempt by the SC.
 */
const TARGETS = 'button, input:not([type=hidden]), select, textarea, summary, a.button, .site-header a, .main-nav a'

/** The visible targets smaller than 24×24 whose 24 px circle meets another target (SC 2.5.8). */
function undersizedTargets(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const boxes = [...document.querySelectorAll<HTMLElement>(selector)]
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      // checkVisibility: a closed disclosure's contents still have boxes, but are not shown.
      .filter(({ el, r }) => r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true }) && !el.closest('.visually-hidden'))
    const small = (r: DOMRect) => r.width < 24 || r.height < 24
    const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 })
    const distanceToRect = (p: { x: number; y: number }, r: DOMRect) => Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom))
    const name = (el: HTMLElement) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.textContent || el.getAttribute('aria-label') || el.getAttribute('name') || '').trim().slice(0, 30)}"`
    return boxes
      .filter(({ el, r }) => {
        if (!small(r)) return false
        const c = centre(r)
        return boxes.some((other) => {
          if (other.el === el || other.el.contains(el) || el.contains(other.el)) return false
          if (small(other.r)) return Math.hypot(c.x - centre(other.r).x, c.y - centre(other.r).y) < 24
          return distanceToRect(c, other.r) < 12
        })
      })
      .map(({ el, r }) => `${name(el)} ${Math.round(r.width)}×${Math.round(r.height)}`)
  }, TARGETS)
}

const noViolations = async (page: Page) => expect(describeViolations(await axeViolations(page))).toEqual([])

describe('the portal on a phone (375×812)', () => {
  it.each(PAGES)('%s: a short header, no heading wider than the screen, big enough targets, no axe violations', async (path) => {
    const page = await open(path)
    const header = await page.locator('.site-header').boundingBox()
    expect(header!.height).toBeLessThanOrEqual(PHONE.height / 5)
    const overflowing = await page.locator('h1').evaluateAll((hs) => hs.filter((h) => h.scrollWidth > h.clientWidth || h.getBoundingClientRect().right > window.innerWidth).map((h) => h.textContent))
    expect(overflowing).toEqual([])
    expect(await undersizedTargets(page)).toEqual([])
    await noViolations(page)
    await page.close()
  })

  it('the menu button opens the navigation, by keyboard too, and the open menu has big enough targets', async () => {
    const page = await open('/')
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' })
    const hubs = nav.getByRole('link', { name: 'Hubbar' })
    expect(await hubs.isVisible()).toBe(false)
    const button = page.locator('.site-menu > summary')
    expect(await button.innerText()).toContain('Meny')
    // Tab from the top of the page: the skip link, the site's name, then the menu button.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.press('Enter')
    await expect.poll(() => hubs.isVisible()).toBe(true)
    expect(await page.locator('.site-header input[type=search]').isVisible()).toBe(true)
    expect(await undersizedTargets(page)).toEqual([])
    await noViolations(page)
    await page.keyboard.press('Enter')
    await expect.poll(() => hubs.isVisible()).toBe(false)
    await button.click()
    await hubs.click()
    await page.waitForURL('**/hubbar')
    await page.close()
  })

  it('the directory’s first hub card is on the first screen, the filters behind a button', async () => {
    const page = await open('/hubbar')
    expect(await top(page, 'main .card-grid .card')).toBeLessThan(PHONE.height)
    const municipality = page.locator('#filter-municipality')
    expect(await municipality.isVisible()).toBe(false)
    await page.locator('main summary').first().click()
    expect(await municipality.isVisible()).toBe(true)
    await page.close()
    // A page reached by filtering shows its filters open, so what was chosen is in view.
    const filtered = await open('/hubbar?municipality=krokom')
    expect(await filtered.locator('#filter-municipality').isVisible()).toBe(true)
    await filtered.close()
  })

  it('the event list’s filters fold away, and the date fields are big enough when open', async () => {
    const page = await open('/evenemang')
    const from = page.locator('#ev-from')
    expect(await from.isVisible()).toBe(false)
    await page.locator('main summary').first().click()
    const box = await from.boundingBox()
    expect(box!.height).toBeGreaterThanOrEqual(44)
    expect(box!.width).toBeGreaterThanOrEqual(44)
    expect(await undersizedTargets(page)).toEqual([])
    await page.close()
  })

  it('the network page’s join button is within the first one and a half screens', async () => {
    const page = await open('/natverket')
    expect(await top(page, 'main a.button[href="/natverket/anslut"]')).toBeLessThan(PHONE.height * 1.5)
    await page.close()
  })
})

describe('the same pages on a wide screen (1280 px)', () => {
  it.each(PAGES)('%s: the navigation and filters show without a button, no axe violations', async (path) => {
    const page = await open(path, DESKTOP)
    expect(await page.locator('.main-nav a').first().isVisible()).toBe(true)
    expect(await page.locator('summary').filter({ visible: true }).count()).toBe(0)
    if (path === '/hubbar') expect(await page.locator('#filter-municipality').isVisible()).toBe(true)
    if (path === '/evenemang') expect(await page.locator('#ev-from').isVisible()).toBe(true)
    await noViolations(page)
    await page.close()
  })
})
