import { describe, expect, inject, it } from 'vitest'
import { axeViolations, describeViolations, useBrowser } from '../helpers/browser.ts'

const siteUrl = inject('siteUrl')
const browser = useBrowser()

async function eventTitles(path: string): Promise<{ status: number | undefined; titles: string[]; notice: string }> {
  const page = await browser.newPage()
  const response = await page.goto(siteUrl + path)
  const titles = await page.locator('main .event-item__title a').allInnerTexts()
  const notice = (await page.locator('main .notice').count()) ? await page.locator('main .notice').innerText() : ''
  await page.close()
  return { status: response?.status(), titles, notice }
}

describe('filtering the event list', () => {
  it('by municipality shows only events at hubs there', async () => {
    const { titles } = await eventTitles('/evenemang?municipality=harjedalen')
    expect(titles.length).toBeGreaterThan(0)
    for (const title of titles) expect(title).toMatch(/Fjällhubben|Öppet hus: prova|Vinterträff/)
  })

  it('by hub and by type narrow the list', async () => {
    const byHub = await eventTitles('/evenemang?hub=skidtunneln')
    expect(byHub.titles.length).toBeGreaterThan(0)
    expect(byHub.titles.every((t) => /Skidtunneln|Gällö|nya i länet/.test(t))).toBe(true)
    const byType = await eventTitles('/evenemang?type=workshop')
    expect(byType.titles.length).toBeGreaterThan(0)
    expect(byType.titles.every((t) => t.startsWith('Workshop'))).toBe(true)
  })

  it('by a date range keeps only events in it', async () => {
    const all = await eventTitles('/evenemang')
    const ranged = await eventTitles('/evenemang?from=2099-01-01&to=2099-12-31')
    expect(all.titles.length).toBeGreaterThan(0)
    expect(ranged.titles).toEqual([])
  })

  it.each([
    '/evenemang?municipality=finns-inte',
    '/evenemang?type=%3Cscript%3E&from=31-12-2026',
    '/evenemang?hub=' + 'x'.repeat(10_000),
    '/en/events?municipality=nowhere',
  ])('answers junk such as %s with 200 and names what it ignored', async (path) => {
    const { status, notice, titles } = await eventTitles(path.slice(0, 12_000))
    expect(status).toBe(200)
    expect(notice.length).toBeGreaterThan(0)
    expect(titles.length).toBeGreaterThan(0)
  })

  it('has an archive of past events that answers 200', async () => {
    const { status } = await eventTitles('/evenemang?past=1')
    expect(status).toBe(200)
  })

  it.each(['/evenemang?type=fika&municipality=ostersund', '/en/events?past=1'])('the filtered list %s passes axe-core', async (path) => {
    const page = await browser.newPage()
    await page.goto(siteUrl + path)
    expect(describeViolations(await axeViolations(page))).toEqual([])
    await page.close()
  })

  it('works by keyboard without JavaScript: choose a type and submit', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(siteUrl + '/evenemang')
    await page.locator('#ev-type').focus()
    await page.keyboard.press('End')
    await page.locator('#ev-type').selectOption('workshop')
    await page.locator('#ev-to').focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(/type=workshop/)
    const titles = await page.locator('main .event-item__title a').allInnerTexts()
    expect(titles.every((t) => t.startsWith('Workshop'))).toBe(true)
    await context.close()
  })
})

describe('a recurring event', () => {
  it('is listed at its next occasion, its page says how it repeats, and the feed carries its rule', async () => {
    const page = await browser.newPage()
    await page.goto(siteUrl + '/evenemang')
    const item = page.locator('.event-item', { hasText: 'Veckofika på' }).first()
    expect(await item.innerText()).toContain('(återkommande)')
    await item.locator('a').first().click()
    await page.waitForLoadState()
    expect(await page.locator('main').innerText()).toMatch(/Återkommer\s+Varje vecka på \p{L}+dagar, 10 gånger/u)
    expect(await page.locator('ul.occasions li').count()).toBeGreaterThan(1)
    const violations = await axeViolations(page)
    expect(describeViolations(violations)).toEqual([])
    const feed = await (await fetch(page.url().replace(/\/?$/, '.ics'))).text()
    expect(feed).toMatch(/RRULE:FREQ=WEEKLY;COUNT=10/)
    await page.close()
  })
})
