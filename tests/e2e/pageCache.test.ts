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

describe('compression', () => {
  /** The raw answer, undecoded, with and without gzip asked for. */
  async function raw(path: string, headers: Record<string, string>) {
    const http = await import('node:http')
    const { gunzipSync } = await import('node:zlib')
    const url = new URL(siteUrl + path)
    return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
      http
        .get({ host: url.hostname, port: url.port, path: url.pathname, headers }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => {
            const body = Buffer.concat(chunks)
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: (res.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString('utf8') })
          })
        })
        .on('error', reject)
    })
  }

  it('gzips a page that is never kept (a form page, and any page for a visitor with a cookie)', async () => {
    for (const [path, headers] of [
      ['/natverket/anslut', {}],
      ['/hubbar', { cookie: 'csrf=x' }],
    ] as const) {
      const answer = await raw(path, { 'accept-encoding': 'gzip, deflate, br', ...headers })
      expect(answer.status, path).toBe(200)
      expect(answer.headers['x-cache'], path).not.toBe('HIT')
      expect(answer.headers['content-encoding'], path).toBe('gzip')
      expect(answer.headers.vary, path).toContain('Accept-Encoding')
      expect(answer.body, path).toContain('</html>')
    }
  })

  it('gzips a page on the visit that renders it, keeps it plain for the next, and sends plain text to a client that does not ask', async () => {
    const path = `/evenemang?compression=${Date.now()}`
    const first = await raw(path, { 'accept-encoding': 'gzip' })
    expect(first.headers['x-cache']).toBe('MISS')
    expect(first.headers['content-encoding']).toBe('gzip')
    const plain = await raw(path, {})
    expect(plain.headers['x-cache']).toBe('HIT')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toBe(first.body)
    const stylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(plain.body)?.[1]
    expect(stylesheet).toBeTruthy()
    const css = await raw(stylesheet!, { 'accept-encoding': 'gzip', cookie: 'csrf=x' })
    expect(css.headers['content-encoding']).toBe('gzip')
    expect(css.body.length).toBeGreaterThan(1000)
  })
})
