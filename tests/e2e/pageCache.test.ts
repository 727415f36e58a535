/**
 * What the site keeps for the next visitor: public pages are answered from memory until the
 * CMS says the content changed, and per-visitor pages are never kept.
 */
import { describe, expect, inject, it } from 'vitest'
import { adminAuthorization } from '../helpers/cmsSession.ts'

const siteUrl = inject('siteUrl')
const cmsUrl = inject('cmsUrl')

describe('pages kept between visitors', () => {
  it('a second visit to the directory is answered from memory, and a published change shows within moments', async () => {
    await fetch(`${siteUrl}/hubbar`)
    const again = await fetch(`${siteUrl}/hubbar`)
    expect(again.headers.get('x-cache')).toBe('HIT')
    expect(again.headers.get('content-security-policy')).toContain("default-src 'self'")

    const auth = { authorization: await adminAuthorization(), 'content-type': 'application/json' }
    const { docs } = (await (await fetch(`${cmsUrl}/api/hubs?where[slug][equals]=fjallhubben&depth=0`, { headers: auth })).json()) as {
      docs: Array<{ id: number; name: string }>
    }
    const hub = docs[0]
    const renamed = `${hub.name} ${Date.now()}`
    expect((await fetch(`${cmsUrl}/api/hubs/${hub.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ name: renamed }) })).status).toBe(200)
    try {
      // The site hears of the commit through Postgres NOTIFY, a moment after the CMS answers.
      await expect.poll(async () => (await fetch(`${siteUrl}/hubbar`)).text(), { timeout: 5_000, interval: 100 }).toContain(renamed)
    } finally {
      await fetch(`${cmsUrl}/api/hubs/${hub.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ name: hub.name }) })
    }
  })

  it('a page with a form is never kept: each visitor gets their own token', async () => {
    const first = await fetch(`${siteUrl}/tillganglighet`)
    const second = await fetch(`${siteUrl}/tillganglighet`)
    expect(second.headers.get('x-cache')).not.toBe('HIT')
    const token = (html: string) => /name="csrf_token" value="([^"]+)"/.exec(html)?.[1]
    expect(token(await first.text())).not.toBe(token(await second.text()))
  })
})

describe('a kept feed', () => {
  it('still answers a conditional request with 304, and gzip when asked', async () => {
    const first = await fetch(`${siteUrl}/kalender.ics`)
    const etag = first.headers.get('etag')!
    await first.arrayBuffer()
    const hit = await fetch(`${siteUrl}/kalender.ics`, { headers: { 'if-none-match': etag } })
    expect(hit.status).toBe(304)
    const zipped = await fetch(`${siteUrl}/kalender.ics`, { headers: { 'accept-encoding': 'gzip' } })
    expect(zipped.headers.get('x-cache')).toBe('HIT')
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    expect(await zipped.text()).toContain('BEGIN:VCALENDAR')
  })
})

describe('pages that show "open now"', () => {
  it('tell the cache to drop them at the next opening or closing', async () => {
    for (const path of ['/hubbar/fjallhubben', '/hubbar', '/en/hubs', '/kommuner/harjedalen']) {
      const res = await fetch(siteUrl + path)
      const at = Number(res.headers.get('x-cache-expires'))
      expect(at, path).toBeGreaterThan(Date.now())
      expect(at, path).toBeLessThan(Date.now() + 29 * 86_400_000)
    }
  })
})
