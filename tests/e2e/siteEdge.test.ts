/**
 * The site's edge, over HTTP against the running portal: which Host names it answers (and that
 * a foreign one never reaches a cached page), which methods a page takes, how large a body may
 * be and how long a client may take to send it; the accessibility form's receipt, which goes to
 * any address typed in; and renewing a council member's feed address.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'
import { simpleParser, type ParsedMail } from 'mailparser'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { adminAuthorization } from '../helpers/cmsSession.ts'
import { formSession, formTokens, hiddenValue, mailTo } from '../helpers/siteForms.ts'
import { CSRF_FIELD, HONEYPOT_FIELD, STARTED_FIELD } from '../../site/lib/security/forms.ts'

const siteUrl = inject('siteUrl')
const cmsUrl = inject('cmsUrl')
const site = new URL(siteUrl)
const stamp = Date.now()

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
  ms: number
}

interface SendOptions {
  method?: string
  /** The Host header; the site's own address when not given. */
  host?: string
  headers?: Record<string, string | number>
  body?: string | Buffer
  /** Send the body without a Content-Length (chunked). */
  chunked?: boolean
  localAddress?: string
}

/** One raw request, so that Host, the method and the body are exactly what a client chose. */
function send(path: string, options: SendOptions = {}): Promise<Answer> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    let answered = false
    const headers: Record<string, string | number> = { host: options.host ?? site.host, ...options.headers }
    if (options.body !== undefined && !options.chunked) headers['content-length'] = Buffer.byteLength(options.body)
    const req = http.request({ host: site.hostname, port: site.port, path, method: options.method ?? 'GET', headers, localAddress: options.localAddress }, (res) => {
      answered = true
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8'), ms: Date.now() - started }))
      res.on('error', reject)
    })
    // A server that refuses a body early may close before all of it is written: that is the point.
    req.on('error', (err) => {
      if (!answered) reject(err)
    })
    if (options.body !== undefined) req.end(options.body)
    else req.end()
  })
}

/** The first delivered mail (parsed) that `match` accepts. */
async function mailWhere(match: (mail: ParsedMail) => boolean, timeoutMs = 30_000): Promise<ParsedMail> {
  const mailDir = path.join(inject('dataDir'), 'mail')
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    for (const file of existsSync(mailDir) ? readdirSync(mailDir) : []) {
      const mail = await simpleParser(readFileSync(path.join(mailDir, file)))
      if (match(mail)) return mail
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error('no such mail was delivered')
}

const cookiesOf = (headers: http.IncomingHttpHeaders): string[] => (headers['set-cookie'] ?? []).map((c) => c.split(';')[0])

describe('the Host header', () => {
  it.each(['/sitemap.xml', '/robots.txt', '/', '/hubbar/fjallhubben', '/kalender.ics', '/oppna-data/hubbar.geojson', '/en/hubs'])(
    '%s for a foreign host answers 421, never cached, and later visitors never see that host',
    async (path) => {
      for (let i = 0; i < 2; i++) {
        const foreign = await send(path, { host: 'evil.example' })
        expect(foreign.status).toBe(421)
        expect(foreign.headers['cache-control']).toBe('no-store')
        expect(foreign.headers['content-security-policy']).toContain("default-src 'self'")
        expect(foreign.text).not.toContain('evil.example')
        expect(foreign.text).toContain(path.startsWith('/en') ? '<html lang="en">' : '<html lang="sv">')
      }
      const visitor = await send(path)
      expect(visitor.status).toBe(200)
      expect(visitor.text).not.toContain('evil.example')
    },
  )

  it('a loopback name on another port, and a foreign host with our port, are refused too', async () => {
    expect((await send('/', { host: '127.0.0.1:1' })).status).toBe(421)
    expect((await send('/', { host: `evil.example:${site.port}` })).status).toBe(421)
    expect((await send('/', { host: `localhost.evil.example:${site.port}` })).status).toBe(421)
  })

  it('allowed names each get their own absolute URLs: a page built for one is not served to another', async () => {
    const local = `localhost:${site.port}`
    for (let i = 0; i < 2; i++) {
      const sitemap = await send('/sitemap.xml', { host: local })
      expect(sitemap.status).toBe(200)
      expect(sitemap.text).toContain(`<loc>http://${local}/`)
      const own = await send('/sitemap.xml')
      expect(own.text).toContain(`<loc>${siteUrl}/`)
      expect(own.text).not.toContain(local)
    }
    const robots = await send('/robots.txt', { host: `LOCALHOST:${site.port}` })
    expect(robots.status).toBe(200)
  })
})

describe('methods', () => {
  it.each(['PUT', 'DELETE', 'PATCH', 'TRACE', 'POST'])('%s on a page without a form answers 405 with Allow: GET, HEAD', async (method) => {
    const answer = await send('/hubbar', { method, headers: { origin: siteUrl, 'content-type': 'application/x-www-form-urlencoded' }, body: method === 'TRACE' ? undefined : 'a=1' })
    expect(answer.status).toBe(405)
    expect(answer.headers.allow).toBe('GET, HEAD')
    expect(answer.headers['cache-control']).toBe('no-store')
    expect(answer.text).toContain('<html lang="sv">')
  })

  it('TRACE on the home page, PUT on an English page, a feed and a static file: 405 in the page’s language', async () => {
    expect((await send('/', { method: 'TRACE' })).status).toBe(405)
    const english = await send('/en/hubs', { method: 'PUT', body: 'x' })
    expect(english.status).toBe(405)
    expect(english.text).toContain('<html lang="en">')
    const feed = await send('/kalender.ics', { method: 'DELETE' })
    expect([feed.status, feed.headers.allow]).toEqual([405, 'GET, HEAD'])
    const home = await (await fetch(siteUrl + '/')).text()
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(home)![1]
    const staticFile = await send(css, { method: 'PUT', body: 'body{}' })
    expect([staticFile.status, staticFile.headers.allow]).toEqual([405, 'GET, HEAD'])
  })

  it('a page with a form allows POST as well, and says so', async () => {
    for (const path of ['/tillganglighet', '/en/accessibility', '/natverket/logga-in', '/natverket/mina-sidor']) {
      const answer = await send(path, { method: 'PUT', body: 'x' })
      expect(answer.status, path).toBe(405)
      expect(answer.headers.allow, path).toBe('GET, HEAD, POST')
    }
  })

  it('OPTIONS names the methods without rendering the page', async () => {
    const options = await send('/tillganglighet', { method: 'OPTIONS' })
    expect(options.status).toBe(204)
    expect(options.headers.allow).toBe('GET, HEAD, POST')
    expect(options.text).toBe('')
  })
})

describe('request bodies', () => {
  const big = Buffer.alloc(2 * 1024 * 1024, 'a')

  it('a 2 MiB form is refused with 413 at once, with a localised page', async () => {
    const answer = await send('/tillganglighet', { method: 'POST', headers: { origin: siteUrl, 'content-type': 'application/x-www-form-urlencoded' }, body: big })
    expect(answer.status).toBe(413)
    expect(answer.ms).toBeLessThan(5_000)
    expect(answer.headers['cache-control']).toBe('no-store')
    expect(answer.text).toContain('<html lang="sv">')
    expect(answer.text).toContain('1 MB')
  })

  it('so is one sent without a Content-Length, as soon as it passes 1 MiB', async () => {
    const answer = await send('/en/accessibility', { method: 'POST', headers: { origin: siteUrl, 'content-type': 'application/x-www-form-urlencoded' }, body: big, chunked: true })
    expect(answer.status).toBe(413)
    expect(answer.ms).toBeLessThan(5_000)
    expect(answer.text).toContain('<html lang="en">')
  })
})

describe('slow clients', () => {
  /** Opens a connection, sends `head`, then one byte of `drip` every `everyMs`; when does the site close it? */
  function drip(head: string, everyMs: number, giveUpMs: number): Promise<{ closedAfterMs: number | null; received: string }> {
    const started = Date.now()
    return new Promise((resolve) => {
      const socket = net.connect({ host: site.hostname, port: Number(site.port) })
      let received = ''
      let done = false
      const finish = (closedAfterMs: number | null) => {
        if (done) return
        done = true
        clearInterval(timer)
        clearTimeout(limit)
        socket.destroy()
        resolve({ closedAfterMs, received })
      }
      const timer = setInterval(() => socket.write('a'), everyMs)
      const limit = setTimeout(() => finish(null), giveUpMs)
      socket.on('data', (d: Buffer) => (received += d.toString('utf8')))
      socket.on('close', () => finish(Date.now() - started))
      socket.on('error', () => finish(Date.now() - started))
      socket.write(head)
    })
  }

  it('a body sent a byte at a time, and headers that never end, are cut off well before 150 s', async () => {
    const [body, headers] = await Promise.all([
      drip(
        `POST /tillganglighet HTTP/1.1\r\nHost: ${site.host}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 10000\r\n\r\n`,
        2_000,
        60_000,
      ),
      drip(`GET / HTTP/1.1\r\nHost: ${site.host}\r\nX-Slow: `, 2_000, 60_000),
    ])
    expect(headers.closedAfterMs, 'headers still open after 60 s').not.toBeNull()
    expect(headers.closedAfterMs!).toBeLessThan(20_000)
    expect(body.closedAfterMs, 'body still open after 60 s').not.toBeNull()
    expect(body.closedAfterMs!).toBeLessThan(45_000)
    expect(body.received).toMatch(/^HTTP\/1\.1 408/)
  }, 90_000)
})

describe('the accessibility report’s receipt', () => {
  it('goes to the address typed in without anything else the sender typed; the region gets all of it', async () => {
    const to = `mottagare-${stamp}@example.org`
    const marker = `Köp billigt på https://spam.example/${stamp}`
    const post = await formSession('/tillganglighet')
    const sent = await post({ page: `/hubbar https://spam.example/${stamp}`, description: marker, name: `Vinn pengar spam.example ${stamp}`, email: to })
    expect(sent.status).toBe(202)
    const receipt = await mailTo(to, /Vi har tagit emot din tillgänglighetsrapport/)
    const all = `${receipt.subject}\n${receipt.text}\n${receipt.html || ''}`
    expect(all).not.toContain('spam.example')
    expect(all).not.toContain(String(stamp))
    expect(receipt.text).toContain('Co-working Region')
    // The region's notice still holds the whole report.
    const notice = await mailWhere((m) => m.subject?.startsWith('Tillgänglighetsrapport: ') === true && (m.text ?? '').includes(marker))
    expect(notice.text).toContain(to)
  })
})

describe('the council member’s feed address', () => {
  const email = `radsadmin-${stamp}@example.org`
  const password = 'ett långt lösenord för rådet'
  let auth: Record<string, string>
  let userId = 0

  beforeAll(async () => {
    auth = { authorization: await adminAuthorization(), 'content-type': 'application/json' }
    // An admin sees the council's meetings without a seat, so no seat has to be taken from the council.
    const res = await fetch(`${cmsUrl}/api/users`, { method: 'POST', headers: auth, body: JSON.stringify({ email, password, name: 'Rådsadmin', role: 'admin' }) })
    expect(res.status).toBe(201)
    userId = ((await res.json()) as { doc: { id: number } }).doc.id
  })
  afterAll(async () => {
    if (userId) await fetch(`${cmsUrl}/api/users/${userId}`, { method: 'DELETE', headers: auth })
  })

  /** Logs in through the site's form, from an address of its own so that other files' login limits are untouched. */
  async function logIn(): Promise<string> {
    const { cookie, hidden } = await formTokens('/natverket/logga-in')
    const answer = await send('/natverket/logga-in', {
      method: 'POST',
      localAddress: '127.0.9.9',
      headers: { origin: siteUrl, cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...hidden, email, password }).toString(),
    })
    expect([302, 303]).toContain(answer.status)
    const jar = new Map([...cookie.split('; '), ...cookiesOf(answer.headers)].map((c) => [c.split('=')[0], c]))
    return [...jar.values()].join('; ')
  }

  const feedsOn = (html: string) => ({
    council: /href="(\/innovationsradet\/kalender\/[^"]+\.ics)"/.exec(html)?.[1] ?? null,
    personal: /href="(\/natverket\/kalender\/[^"]+\.ics)"/.exec(html)?.[1] ?? null,
  })

  it('is renewed from my page: the old address answers 404 at once and the new one works', async () => {
    const cookie = await logIn()
    const before = await send('/natverket/mina-sidor', { headers: { cookie } })
    expect(before.status).toBe(200)
    const old = feedsOn(before.text)
    expect(old.council).toBeTruthy()
    expect((await send(old.council!)).status).toBe(200)

    // The council section's renew button; its form's own hidden fields (each form's timestamp names its form).
    const form = before.text.split('<form').find((f) => f.includes('#my-council-feed"') && f.includes('value="new-calendar"'))!
    const renewed = await send('/natverket/mina-sidor', {
      method: 'POST',
      headers: { origin: siteUrl, cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        [CSRF_FIELD]: hiddenValue(form, CSRF_FIELD),
        [STARTED_FIELD]: hiddenValue(form, STARTED_FIELD),
        [HONEYPOT_FIELD]: '',
        action: 'new-calendar',
      }).toString(),
    })
    expect(renewed.status).toBe(200)
    const now = feedsOn(renewed.text)
    expect(now.council).toBeTruthy()
    expect(now.council).not.toBe(old.council)
    expect((await send(old.council!)).status).toBe(404)
    const feed = await send(now.council!)
    expect(feed.status).toBe(200)
    expect(feed.text).toContain('BEGIN:VCALENDAR')
    // The English page shows the same new address in its English form.
    const english = await send('/en/network/my-page', { headers: { cookie } })
    const englishFeed = /href="(\/en\/innovation-council\/calendar\/[^"]+\.ics)"/.exec(english.text)?.[1]
    expect(englishFeed?.split('/').pop()).toBe(now.council!.split('/').pop())
    expect((await send(englishFeed!)).status).toBe(200)
  })

  it('is revoked with the account: once the person is gone it answers 404', async () => {
    const cookie = await logIn()
    const { council } = feedsOn((await send('/natverket/mina-sidor', { headers: { cookie } })).text)
    expect((await send(council!)).status).toBe(200)
    expect((await fetch(`${cmsUrl}/api/users/${userId}`, { method: 'DELETE', headers: auth })).status).toBe(200)
    userId = 0
    expect((await send(council!)).status).toBe(404)
  })
})
