import { describe, expect, inject, it } from 'vitest'
import { axeViolations, describeViolations, recordCspViolations, useBrowser } from '../helpers/browser.ts'

const siteUrl = inject('siteUrl')
const browser = useBrowser()

const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'x-frame-options']

function expectSecurityHeaders(response: Response, what: string) {
  for (const name of SECURITY_HEADERS) expect(response.headers.get(name), `${name} on ${what}`).toBeTruthy()
  const csp = response.headers.get('content-security-policy')!
  expect(csp).toContain("script-src 'self'")
  expect(csp).toContain("frame-ancestors 'none'")
  expect(csp).not.toContain('unsafe-inline')
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  // The e2e site runs over plain http without an https SITE_PUBLIC_URL: no HSTS.
  expect(response.headers.get('strict-transport-security')).toBeNull()
}

async function firstHref(path: string, prefix: string): Promise<string> {
  const html = await (await fetch(siteUrl + path)).text()
  const match = html.match(new RegExp(`href="(${prefix.replace(/\//g, '\\/')}[^"#?]+)"`))
  expect(match, `a link starting with ${prefix} on ${path}`).toBeTruthy()
  return match![1]
}

describe('security headers', () => {
  it.each([
    ['home', '/', 200],
    ['English home', '/en', 200],
    ['hub directory', '/hubbar', 200],
    ['hub page', '/hubbar/fjallhubben', 200],
    ['search page', '/sok?q=hubb', 200],
    ['event list', '/en/events', 200],
    ['municipality calendar', '/kommuner/are/kalender.ics', 200],
    ['calendar feed', '/kalender.ics', 200],
    ['GeoJSON', '/oppna-data/hubbar.geojson', 200],
    ['search API', '/api/search?q=hubb', 200],
    ['search API with bad input', '/api/search?lat=north', 400],
    ['sitemap', '/sitemap.xml', 200],
    ['robots.txt', '/robots.txt', 200],
    ['health', '/health', 200],
    ['not-found page', '/finns-inte', 404],
    ['English not-found page', '/en/hubs/no-such-hub', 404],
  ])('the %s (%s) answers %i with every security header', async (_what, path, status) => {
    const response = await fetch(siteUrl + path)
    expect(response.status).toBe(status)
    expectSecurityHeaders(response, path)
  })

  it('static files carry them too', async () => {
    const html = await (await fetch(siteUrl + '/')).text()
    const css = html.match(/href="(\/_astro\/[^"]+\.css)"/)?.[1]
    expect(css, 'a stylesheet link on the home page').toBeTruthy()
    const response = await fetch(siteUrl + css)
    expect(response.status).toBe(200)
    expectSecurityHeaders(response, css!)
  })

  it('an event page and its .ics file carry them too', async () => {
    const href = await firstHref('/evenemang', '/evenemang/')
    expectSecurityHeaders(await fetch(siteUrl + href), href)
    expectSecurityHeaders(await fetch(`${siteUrl}${href}.ics`), `${href}.ics`)
  })
})

describe('an address with broken percent-encoding', () => {
  it.each([
    ['/hubbar/%E0%A4%A', 'sv', 'Felaktig adress'],
    ['/en/hubs/%E0%A4%A?near=x', 'en', 'Invalid address'],
  ])('%s answers a 400 page in %s (and the other language), with the headers and no axe violations', async (path, lang, heading) => {
    const response = await fetch(siteUrl + path)
    expect(response.status).toBe(400)
    expectSecurityHeaders(response, path)
    expect(await response.text()).toContain(heading)
    const page = await browser.newPage()
    const violations = await recordCspViolations(page)
    const visit = await page.goto(siteUrl + path)
    expect(visit?.status()).toBe(400)
    expect(await page.getAttribute('html', 'lang')).toBe(lang)
    expect(await page.locator('h1').innerText()).toBe(heading)
    expect(await page.locator(`section[lang="${lang === 'sv' ? 'en' : 'sv'}"] h2`).count()).toBe(1)
    expect(describeViolations(await axeViolations(page))).toEqual([])
    expect(await violations()).toEqual([])
    await page.close()
  })
})

describe('cross-site form posts', () => {
  it('a POST from another origin is refused with a localised 403 that carries the headers', async () => {
    for (const [path, text] of [
      ['/natverket/anslut', 'Formuläret skickades från en annan webbplats'],
      ['/en/network/join', 'The form was sent from another website'],
    ]) {
      const response = await fetch(siteUrl + path, {
        method: 'POST',
        headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
        body: 'name=x',
      })
      expect(response.status).toBe(403)
      expectSecurityHeaders(response, `POST ${path}`)
      expect(await response.text()).toContain(text)
    }
  })

  it('a POST the browser marks as cross-site is refused even with a matching Origin', async () => {
    const response = await fetch(siteUrl + '/natverket/anslut', {
      method: 'POST',
      headers: { origin: siteUrl, 'sec-fetch-site': 'cross-site', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=x',
    })
    expect(response.status).toBe(403)
  })
})

describe('Chromium reports no CSP violation', () => {
  it.each([
    ['/'],
    ['/en'],
    ['/hubbar'],
    ['/en/hubs'],
    ['/hubbar/fjallhubben'],
    ['/en/hubs/fjallhubben'],
    ['/sok?q=hubb'],
    ['/en/search?q=hub'],
    ['event:/evenemang'],
    ['event:/en/events'],
  ])('on %s', async (target) => {
    const path = target.startsWith('event:') ? await firstHref(target.slice(6), `${target.slice(6)}/`) : target
    const page = await browser.newPage()
    const violations = await recordCspViolations(page)
    const response = await page.goto(siteUrl + path, { waitUntil: 'load' })
    expect(response?.status()).toBe(200)
    expect(response?.headers()['content-security-policy']).toBeTruthy()
    // The stylesheet really applied: CSP did not block it.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.skip-link')!).position)).not.toBe('static')
    expect(await violations()).toEqual([])
    await page.close()
  })

  it('the policy is enforced: an inline script injected into the page does not run', async () => {
    const page = await browser.newPage()
    const violations = await recordCspViolations(page)
    await page.goto(siteUrl + '/', { waitUntil: 'load' })
    const ran = await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__injected = true'
      document.head.append(script)
      return (window as unknown as { __injected?: boolean }).__injected === true
    })
    expect(ran).toBe(false)
    expect((await violations()).join('\n')).toMatch(/script-src/)
    await page.close()
  })
})
