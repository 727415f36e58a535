/**
 * Reporting an accessibility problem: from the footer of any page to the statement's form,
 * which stores the report and mails the region (and the reporter, who gave an address).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { simpleParser, type ParsedMail } from 'mailparser'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { axeViolations, describeViolations, useBrowser } from '../helpers/browser.ts'

const siteUrl = inject('siteUrl')
const mailDir = path.join(inject('dataDir'), 'mail')
const browser = useBrowser()

const noViolations = async (page: Page) => expect(describeViolations(await axeViolations(page))).toEqual([])

/** The first delivered mail (parsed) that `match` accepts. */
async function mailWhere(match: (mail: ParsedMail) => boolean, timeoutMs = 30_000): Promise<ParsedMail> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (existsSync(mailDir)) {
      for (const file of readdirSync(mailDir)) {
        const mail = await simpleParser(readFileSync(path.join(mailDir, file)))
        if (match(mail)) return mail
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error('no such mail was delivered')
}

describe('reporting an accessibility problem', () => {
  it('goes from a page’s footer to the form with that page filled in, and is received', async () => {
    const page = await browser.newPage()
    await page.goto(`${siteUrl}/hubbar/fjallhubben`)
    await page.getByRole('link', { name: 'Rapportera ett tillgänglighetsproblem med den här sidan' }).click()
    await page.waitForURL('**/tillganglighet?sida=**')
    expect(await page.getByLabel('Vilken sida eller vilken del av webbplatsen gäller det?').inputValue()).toBe('/hubbar/fjallhubben')
    await noViolations(page)

    // Nothing described: the form says what is missing, linked to the field.
    await page.waitForTimeout(3_100)
    const [invalid] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Skicka rapporten' }).click()])
    expect(invalid.status()).toBe(400)
    await expect.poll(() => page.locator('.error-summary').innerText()).toContain('Beskriv problemet.')
    await noViolations(page)

    const marker = `Kartan saknar textalternativ ${Date.now()}`
    await page.getByLabel('Beskriv problemet').fill(marker)
    await page.getByLabel('Din e-postadress (frivilligt)').fill('rapportor@example.org')
    await page.waitForTimeout(3_100)
    const [sent] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Skicka rapporten' }).click()])
    expect(sent.status()).toBe(202)
    await expect.poll(() => page.getByRole('status').innerText()).toContain('Tack för din rapport')
    await noViolations(page)
    await page.close()

    const notice = await mailWhere((m) => (m.text ?? '').includes(marker) && m.subject?.startsWith('Tillgänglighetsrapport: ') === true)
    expect(notice.subject).toBe('Tillgänglighetsrapport: /hubbar/fjallhubben')
    // The receipt says the report arrived and repeats none of it (tests/e2e/siteEdge.test.ts).
    const receipt = await mailWhere((m) => JSON.stringify(m.to).includes('rapportor@example.org') && m.subject === 'Vi har tagit emot din tillgänglighetsrapport')
    expect(receipt.text).not.toContain(marker)
  })

  it('the English statement has the form too, without accessibility violations', async () => {
    const page = await browser.newPage()
    await page.goto(`${siteUrl}/en/accessibility?page=/en/hubs`)
    expect(await page.getByLabel('Which page or part of the site does it concern?').inputValue()).toBe('/en/hubs')
    await noViolations(page)
    await page.close()
  })

  it('a pre-filled page that is not of this site is ignored', async () => {
    const html = await (await fetch(`${siteUrl}/tillganglighet?sida=https://evil.example/`)).text()
    expect(html).not.toContain('evil.example')
  })

  it.each([
    ['/tillganglighet', 'kan du anmäla det till DIGG', /Redogörelsen upprättades den (\d{1,2} \p{L}+ \d{4}).*granskades senast den (\d{1,2} \p{L}+ \d{4})/u],
    ['/en/accessibility', 'you can report it to DIGG', /This statement was prepared on (\d{1,2} \p{L}+ \d{4}).*last reviewed on (\d{1,2} \p{L}+ \d{4})/u],
  ])('%s reads as written and says when it was prepared and last reviewed', async (path, phrase, dates) => {
    const page = await browser.newPage()
    await page.goto(siteUrl + path)
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ')
    expect(text).toContain(phrase)
    expect(text).toMatch(dates)
    // Both dates are machine-readable too, the review no earlier than the preparation.
    const stamps = await page.locator('main time[datetime]').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!))
    expect(stamps).toHaveLength(2)
    expect(stamps.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true)
    expect(stamps[0] <= stamps[1]).toBe(true)
    await noViolations(page)
    await page.close()
  })
})
