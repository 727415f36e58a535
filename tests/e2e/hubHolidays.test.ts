/**
 * Public holidays close hubs by default (cms/domain/holidays.ts): the hub page's week table
 * names the holiday on a closed day, and a short list gives the next ones that close the hub.
 * The expectations are computed from the hub's own hours as the CMS gives them, so the test
 * holds on any date.
 */
import { describe, expect, inject, it } from 'vitest'
import { holidayOn } from '../../cms/domain/holidays.ts'
import { exceptionDay, holidayClosuresAhead, type OpeningScheduleInput } from '../../cms/domain/openingSchedule.ts'
import { axeViolations, describeViolations, useBrowser } from '../helpers/browser.ts'

const siteUrl = inject('siteUrl')
const cmsUrl = inject('cmsUrl')
const browser = useBrowser()

async function hubSchedule(slug: string): Promise<OpeningScheduleInput> {
  const answer = await fetch(`${cmsUrl}/api/hubs?where[slug][equals]=${slug}&depth=0&limit=1`)
  expect(answer.status).toBe(200)
  const [hub] = (await answer.json()).docs as OpeningScheduleInput[]
  return { openingHours: hub.openingHours, openingExceptions: hub.openingExceptions }
}

describe('a hub page on public holidays', () => {
  it.each([
    ['/hubbar/fjallhubben', 'sv' as const, 'Stängt', 'Stängt på kommande helgdagar'],
    ['/en/hubs/fjallhubben', 'en' as const, 'Closed', 'Closed on coming public holidays'],
  ])('%s names the holidays that close it, in the week and after it', async (path, locale, closed, heading) => {
    const schedule = await hubSchedule('fjallhubben')
    const page = await browser.newPage()
    await page.goto(siteUrl + path)

    // The week: a holiday's row is closed and says which holiday it is, unless the hub's own exception says otherwise.
    const rows = await page.locator('.hours-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ date: tr.querySelector('time')?.getAttribute('datetime') ?? '', cells: [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '') })),
    )
    expect(rows).toHaveLength(7)
    const ownDays = new Set((schedule.openingExceptions ?? []).map((e) => exceptionDay(e.date)))
    for (const row of rows) {
      const holiday = holidayOn(row.date)
      if (holiday && !ownDays.has(row.date)) expect(row.cells).toEqual([closed, holiday[locale]])
    }

    // After the week: the next three holidays within 60 days that close the hub, or no list at all.
    const expected = holidayClosuresAhead(schedule, new Date(), { fromDay: 7, withinDays: 60, limit: 3 })
    const items = page.locator('.holiday-closures li')
    expect(await items.count()).toBe(expected.length)
    if (expected.length > 0) {
      expect(await page.getByRole('heading', { level: 3, name: heading }).count()).toBe(1)
      const shown = await items.evaluateAll((lis) => lis.map((li) => [li.querySelector('time')?.getAttribute('datetime'), li.textContent?.split(': ')[1]?.trim()]))
      expect(shown).toEqual(expected.map((c) => [c.date, c.holiday[locale]]))
    }
    expect(describeViolations(await axeViolations(page))).toEqual([])
    await page.close()
  })
})
