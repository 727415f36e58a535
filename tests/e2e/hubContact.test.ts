/**
 * A hub as its visitors meet it: its photos (the gallery on its page, one photo on its card in
 * the directory), only the contact facts it has, and the contact form that mails its community
 * managers without showing their addresses.
 *
 * The demo data gives every other hub illustrations (Brunflo has them, Skidtunneln has none);
 * Skidtunneln's manager hides their e-mail address and shows a phone number, Brunflo's shows
 * the address and no phone. The form allows 5 messages per 10 minutes from one address: this
 * file posts exactly six from 127.0.0.1, the sixth to see the refusal.
 */
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { axeViolations, describeViolations, recordForeignRequests, useBrowser } from '../helpers/browser.ts'
import { formSession, mailTo } from '../helpers/siteForms.ts'

const siteUrl = inject('siteUrl')
const browser = useBrowser()

async function open(path: string): Promise<{ page: Page; status: number; foreign: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const foreign = recordForeignRequests(page, siteUrl)
  const response = await page.goto(siteUrl + path, { waitUntil: 'load' })
  return { page, status: response?.status() ?? 0, foreign }
}

const HIDDEN_MANAGER = 'cm-skidtunneln@coworking-region.invalid'

describe('hub photos', () => {
  it.each([['/hubbar/brunflo'], ['/en/hubs/brunflo']])('%s shows a gallery of figures with srcset, sizes, alt text and no layout shift', async (path) => {
    const { page, status, foreign } = await open(path)
    expect(status).toBe(200)
    const images = page.locator('.gallery li figure img')
    expect(await images.count()).toBeGreaterThanOrEqual(2)
    for (let i = 0; i < (await images.count()); i++) {
      const image = images.nth(i)
      expect((await image.getAttribute('alt'))?.trim()).toBeTruthy()
      expect(await image.getAttribute('srcset')).toMatch(/^\/media\/\S+ 400w, \/media\/\S+ 800w/)
      expect(await image.getAttribute('sizes')).toBeTruthy()
      expect(Number(await image.getAttribute('width'))).toBeGreaterThan(0)
      expect(Number(await image.getAttribute('height'))).toBeGreaterThan(0)
      expect(await image.getAttribute('decoding')).toBe('async')
      // Below the fold: every image waits until it is needed.
      expect(await image.getAttribute('loading')).toBe('lazy')
      expect(await image.evaluate((img: HTMLImageElement) => img.complete || img.loading === 'lazy')).toBe(true)
    }
    // The files come from the site itself and are served.
    const src = await images.first().getAttribute('src')
    expect((await fetch(siteUrl + src)).status).toBe(200)
    expect(foreign).toEqual([])
    const violations = await axeViolations(page)
    expect(violations, describeViolations(violations).join('\n')).toEqual([])
    await page.close()
  })

  it('a hub without photos has no gallery', async () => {
    const { page } = await open('/hubbar/skidtunneln')
    expect(await page.locator('.gallery').count()).toBe(0)
    await page.close()
  })

  it('the directory shows a lazy photo on the cards of hubs that have one', async () => {
    const { page, status } = await open('/hubbar')
    expect(status).toBe(200)
    const card = page.locator('article.card', { has: page.getByRole('link', { name: 'Brunflo', exact: true }) })
    const photo = card.locator('img')
    expect(await photo.count()).toBe(1)
    expect((await photo.getAttribute('alt'))?.trim()).toBeTruthy()
    expect(await photo.getAttribute('loading')).toBe('lazy')
    expect(await photo.getAttribute('srcset')).toMatch(/ 400w/)
    expect(await photo.getAttribute('sizes')).toBeTruthy()
    const plain = page.locator('article.card', { has: page.getByRole('link', { name: 'Skidtunneln', exact: true }) })
    expect(await plain.locator('img').count()).toBe(0)
    const violations = await axeViolations(page)
    expect(violations, describeViolations(violations).join('\n')).toEqual([])
    await page.close()
  })
})

describe('contacting a hub', () => {
  it('a hub without a phone number shows no phone lines, and offers the contact form', async () => {
    for (const [path, phone, form] of [
      // ("telefonbåset" in the house rules is a room, not a way to call.)
      ['/hubbar/brunflo', /Telefon:|eller telefon|per telefon/, 'Skriv till hubben'],
      ['/en/hubs/brunflo', /Phone:|or phone|by phone/, 'Write to the hub'],
    ] as const) {
      const { page } = await open(path)
      const main = page.locator('main')
      expect(await main.locator('a[href^="tel:"]').count(), path).toBe(0)
      expect(await main.innerText(), path).not.toMatch(phone)
      expect(await main.getByRole('link', { name: form }).getAttribute('href')).toBe(path + (path.startsWith('/en') ? '/contact' : '/kontakt'))
      await page.close()
    }
  })

  it('a hub whose manager shows a phone number has it, and never the hidden address', async () => {
    const { page } = await open('/hubbar/skidtunneln')
    expect(await page.locator('main a[href^="tel:"]').count()).toBeGreaterThan(0)
    expect(await page.content()).not.toContain(HIDDEN_MANAGER)
    await page.close()
  })

  it.each([['/hubbar/skidtunneln/kontakt'], ['/en/hubs/skidtunneln/contact']])('%s answers 200, is private, passes axe-core and shows no manager address', async (path) => {
    const { page, status, foreign } = await open(path)
    expect(status).toBe(200)
    const html = await page.content()
    expect(html).not.toContain(HIDDEN_MANAGER)
    expect(html).not.toContain('@coworking-region.invalid')
    expect(foreign).toEqual([])
    const violations = await axeViolations(page)
    expect(violations, describeViolations(violations).join('\n')).toEqual([])
    await page.close()
  })

  it('an unknown hub has no contact page', async () => {
    expect((await fetch(`${siteUrl}/hubbar/finns-inte/kontakt`)).status).toBe(404)
  })

  it('mails the message to the managers with Reply-To the sender; bad input is a 400 with the summary; the sixth post is a 429', async () => {
    const post = await formSession('/hubbar/skidtunneln/kontakt')
    const sender = `besokare-${Date.now()}@example.org`
    const sent = await post({ name: 'Vera Besökare', email: sender, message: 'Hej! Finns det plats för två personer på tisdag?' })
    expect(sent.status).toBe(202)
    const sentHtml = await sent.text()
    expect(sentHtml).not.toContain(HIDDEN_MANAGER)
    expect(sentHtml).toContain('Tack')

    const mail = await mailTo(HIDDEN_MANAGER, /Skidtunneln/)
    expect(mail.replyTo?.value[0]?.address).toBe(sender)
    expect(mail.text).toContain('Finns det plats för två personer på tisdag?')
    expect(mail.text).toContain('Vera Besökare')

    const bad = await post({ name: '', email: 'inte-en-adress', message: 'x'.repeat(5001) })
    expect(bad.status).toBe(400)
    const badHtml = await bad.text()
    expect(badHtml).toContain('error-summary')
    expect(badHtml).toContain('href="#contact-email"')
    expect(badHtml).toContain('href="#contact-message"')
    expect(badHtml).toContain('href="#contact-name"')

    for (let i = 0; i < 3; i++) expect((await post({ name: 'V', email: 'fel', message: '' })).status).toBe(400)
    const limited = await post({ name: 'Vera Besökare', email: sender, message: 'Igen' })
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)
  })
})
