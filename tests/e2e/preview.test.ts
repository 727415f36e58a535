/**
 * Editors' preview: a draft saved in the CMS is shown on the site only through the signed link
 * the admin panel makes, and the public page keeps the published version until publishing,
 * after which the site shows the change without a rebuild.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { signPreview } from '../../cms/domain/previewToken.ts'
import { axeViolations, describeViolations, launchBrowser } from '../helpers/browser.ts'
import { adminAuthorization, logInToAdminPanel } from '../helpers/cmsSession.ts'

const siteUrl = inject('siteUrl')
const cmsUrl = inject('cmsUrl')
const secret = readFileSync(path.join(inject('dataDir'), 'secret'), 'utf8').trim()
let browser: Browser
let auth: Record<string, string>
let hub: { id: number; slug: string; name: string }

beforeAll(async () => {
  browser = await launchBrowser()
  auth = { authorization: await adminAuthorization(), 'content-type': 'application/json' }
  const { docs } = (await (await fetch(`${cmsUrl}/api/hubs?sort=-createdAt&limit=1&depth=0`, { headers: auth })).json()) as { docs: Array<typeof hub> }
  hub = docs[0]
})
afterAll(async () => {
  await browser?.close()
})

describe('previewing a draft', () => {
  it('shows the draft through the signed link only, then the public page after publishing', async () => {
    const draftName = `${hub.name} – utkast ${Date.now()}`
    const saved = await fetch(`${cmsUrl}/api/hubs/${hub.id}?draft=true`, { method: 'PATCH', headers: auth, body: JSON.stringify({ name: draftName }) })
    expect(saved.status).toBe(200)

    const publicPage = await (await fetch(`${siteUrl}/hubbar/${hub.slug}`)).text()
    expect(publicPage).not.toContain(draftName)

    const token = signPreview({ collection: 'hubs', id: hub.id, exp: Date.now() + 60_000 }, secret)
    const page = await browser.newPage()
    const response = await page.goto(`${siteUrl}/forhandsvisning?token=${encodeURIComponent(token)}`)
    expect(response?.status()).toBe(200)
    expect(response?.headers()['cache-control']).toBe('no-store')
    expect(await page.locator('h1').innerText()).toContain(draftName)
    expect(await page.locator('[role="note"]').innerText()).toContain('Förhandsvisning')
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex')
    expect(describeViolations(await axeViolations(page))).toEqual([])
    await page.close()

    const published = await fetch(`${cmsUrl}/api/hubs/${hub.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ name: hub.name, _status: 'published' }) })
    expect(published.status).toBe(200)
  })

  it('refuses a forged or expired link with a clear message', async () => {
    const forged = await fetch(`${siteUrl}/en/preview?token=${encodeURIComponent(signPreview({ collection: 'hubs', id: hub.id, exp: Date.now() + 60_000 }, 'not-the-secret'))}`)
    expect(forged.status).toBe(403)
    expect(await forged.text()).toContain('The preview link is not valid')
    const expired = await fetch(`${siteUrl}/forhandsvisning?token=${encodeURIComponent(signPreview({ collection: 'hubs', id: hub.id, exp: Date.now() - 1 }, secret))}`)
    expect(expired.status).toBe(410)
    expect(await expired.text()).toContain('har gått ut')
    expect((await fetch(`${siteUrl}/forhandsvisning`)).status).toBe(403)
  })

  it('the admin panel offers the preview beside the hub', async () => {
    const page = await browser.newPage()
    await logInToAdminPanel(page)
    await page.goto(`${cmsUrl}/admin/collections/hubs/${hub.id}`)
    const preview = page.locator('a[href*="/forhandsvisning?token="], a[href*="/en/preview?token="]').first()
    await preview.waitFor({ timeout: 30_000 })
    expect(await preview.getAttribute('href')).toMatch(/\/(forhandsvisning|en\/preview)\?token=[\w-]+\.[\w-]+$/)
    await page.close()
  })
})
