/**
 * A community manager's photo: uploaded to the CMS, shown on the hub page from the site's own
 * origin, with its alternative text; nothing else in the upload folder can be fetched.
 */
import sharp from 'sharp'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { axeViolations, describeViolations, launchBrowser, recordForeignRequests } from '../helpers/browser.ts'
import { adminAuthorization } from '../helpers/cmsSession.ts'

const siteUrl = inject('siteUrl')
const cmsUrl = inject('cmsUrl')
let browser: Browser
let auth: string

beforeAll(async () => {
  browser = await launchBrowser()
  auth = await adminAuthorization()
})
afterAll(async () => {
  await browser?.close()
})

describe('a community manager’s photo', () => {
  it('appears on the hub page, served by the site, with its alternative text', async () => {
    const png = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#3b6e8f' } }).png().toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'portratt.png')
    form.append('_payload', JSON.stringify({ alt: 'Porträtt av hubbens community manager' }))
    const uploaded = await fetch(`${cmsUrl}/api/media`, { method: 'POST', headers: { authorization: auth }, body: form })
    expect(uploaded.status).toBe(201)
    const media = ((await uploaded.json()) as { doc: { id: number } }).doc

    const hubs = (await (await fetch(`${cmsUrl}/api/hubs?where[slug][equals]=fjallhubben&depth=0`, { headers: { authorization: auth } })).json()) as {
      docs: Array<{ communityManagers: number[] }>
    }
    const managerId = hubs.docs[0].communityManagers[0]
    const patched = await fetch(`${cmsUrl}/api/community-managers/${managerId}`, {
      method: 'PATCH',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({ photo: media.id }),
    })
    expect(patched.status).toBe(200)

    const page = await browser.newPage()
    const foreign = recordForeignRequests(page, siteUrl)
    await page.goto(`${siteUrl}/hubbar/fjallhubben`)
    const img = page.locator('img.person__photo')
    await expect.poll(() => img.count()).toBe(1)
    expect(await img.getAttribute('alt')).toBe('Porträtt av hubbens community manager')
    const src = (await img.getAttribute('src'))!
    expect(src).toMatch(/^\/media\/[\w.-]+\.(webp|png)$/)
    // Loaded lazily: bring it into view, then it must decode to its thumbnail size.
    await img.scrollIntoViewIfNeeded()
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth), { timeout: 10_000 }).toBe(320)
    expect(foreign).toEqual([])
    expect(describeViolations(await axeViolations(page))).toEqual([])
    await page.close()

    const file = await fetch(siteUrl + src)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toMatch(/^image\/(webp|png)$/)
    const etag = file.headers.get('etag')!
    expect((await fetch(siteUrl + src, { headers: { 'if-none-match': etag } })).status).toBe(304)
  })

  it('nothing but a known upload is served', async () => {
    for (const name of ['finns-inte.webp', '..%2Fsecret', '%2E%2E%2Fsecret', 'admin.txt', 'x'.repeat(300)]) {
      expect((await fetch(`${siteUrl}/media/${name}`)).status, name).toBe(404)
    }
  })
})
