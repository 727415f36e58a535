/**
 * The CMS server's edge, over HTTP against the built portal: security headers on every kind
 * of response, cookie-authenticated writes only from the CMS's own origin, bodies capped
 * (1 MiB, uploads 10 MiB) and refused before they are read, slow requests cut by the
 * request and header timeouts (set short for this run in globalSetup), TRACE answered 405,
 * version routes of unversioned collections 404, and the admin panel working under its CSP.
 */
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import net from 'node:net'
import sharp from 'sharp'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser, recordCspViolations, recordForeignRequests } from '../helpers/browser.ts'
import { adminAuthorization, logInToAdminPanel } from '../helpers/cmsSession.ts'

const cmsUrl = inject('cmsUrl')
const cms = new URL(cmsUrl)
const requestTimeoutMs = inject('cmsRequestTimeoutMs')
const headersTimeoutMs = inject('cmsHeadersTimeoutMs')

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

/** One request on its own connection, with any method and any headers (fetch refuses TRACE and Origin is its own). */
function request(method: string, path: string, headers: Record<string, string | number> = {}, body?: string | Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: cms.hostname, port: cms.port, method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(body)
  })
}

/**
 * Writes `head` on a raw connection, then `drip` one byte at a time every `everyMs`, and
 * reports what came back and when the server closed the connection (or `giveUpMs` passed).
 */
function slowRequest(head: string, drip: string, everyMs: number, giveUpMs: number): Promise<{ closedAfterMs: number | null; response: string }> {
  return new Promise((resolve) => {
    const started = Date.now()
    const socket = net.connect(Number(cms.port), cms.hostname)
    let response = ''
    let sent = 0
    const timer = setInterval(() => {
      if (sent < drip.length && !socket.destroyed) socket.write(drip[sent++])
    }, everyMs)
    const finish = (closedAfterMs: number | null) => {
      clearInterval(timer)
      clearTimeout(giveUp)
      socket.destroy()
      resolve({ closedAfterMs, response })
    }
    const giveUp = setTimeout(() => finish(null), giveUpMs)
    socket.on('connect', () => socket.write(head))
    socket.on('data', (c) => (response += c.toString('utf8')))
    socket.on('close', () => finish(Date.now() - started))
    socket.on('error', () => {})
  })
}

async function restLogin(): Promise<{ token: string; cookie: string; id: number }> {
  const res = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: inject('adminEmail'), password: inject('adminPassword') }),
  })
  expect(res.status).toBe(200)
  const { token, user } = (await res.json()) as { token: string; user: { id: number } }
  return { token, cookie: `payload-token=${token}`, id: user.id }
}

/** A hub the admin may try to create but which fails validation: a 400 proves the caller was let in as the admin. */
const invalidHub = JSON.stringify({ name: 'Gränsprovshubb', lat: 200, lng: 14, municipality: 1, address: { street: 'x', locality: 'y' } })

function expectHeaders(answer: { status: number; headers: Headers | http.IncomingHttpHeaders }, what: string) {
  const get = (name: string) => (answer.headers instanceof Headers ? answer.headers.get(name) : (answer.headers[name] as string | undefined) ?? null)
  expect(get('x-frame-options'), `X-Frame-Options on ${what}`).toBe('DENY')
  expect(get('x-content-type-options'), `nosniff on ${what}`).toBe('nosniff')
  expect(get('referrer-policy'), `Referrer-Policy on ${what}`).toBe('strict-origin-when-cross-origin')
  const csp = get('content-security-policy') ?? ''
  for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'", "img-src 'self' data: blob:", "connect-src 'self'"]) {
    expect(csp, `${directive} in the CSP on ${what}`).toContain(directive)
  }
  // A production server: no eval, no websockets.
  expect(csp).not.toContain('unsafe-eval')
  expect(csp).not.toMatch(/\bws:/)
}

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('security headers on every CMS response', () => {
  it.each([
    ['the admin login page', '/admin/login', 200],
    ['a public API list', '/api/hubs?limit=1&depth=0', 200],
    ['a refused API read', '/api/users', 403],
    ['an API route that does not exist', '/api/finns-inte', 404],
    ['a page that does not exist', '/finns-inte', 404],
    ['health', '/health', 200],
  ])('%s (%s) answers %i with them', async (what, path, status) => {
    const response = await fetch(cmsUrl + path)
    expect(response.status).toBe(status)
    expectHeaders(response, what)
  })

  it('Next’s static files carry them too', async () => {
    const html = await (await fetch(`${cmsUrl}/admin/login`)).text()
    const asset = html.match(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/)?.[1]
    expect(asset, 'a static file linked from the login page').toBeTruthy()
    const response = await fetch(cmsUrl + asset)
    expect(response.status).toBe(200)
    expectHeaders(response, asset!)
  })
})

describe('cookie-authenticated writes come only from the CMS’s own origin', () => {
  const foreign = [
    ['a page on another port', { origin: `http://${cms.hostname}:${Number(cms.port) === 65535 ? 1 : Number(cms.port) + 1}` }],
    ['a page on localhost on another port', { origin: `http://localhost:${Number(cms.port) === 65535 ? 1 : Number(cms.port) + 1}` }],
    ['another site', { origin: 'https://angripare.example' }],
    ['a sandboxed frame', { origin: 'null' }],
    ['a sibling subdomain (no Origin, Sec-Fetch-Site: same-site)', { 'sec-fetch-site': 'same-site' }],
    ['another site (no Origin, Sec-Fetch-Site: cross-site)', { 'sec-fetch-site': 'cross-site' }],
  ] as const

  it.each(foreign)('a write with the session cookie from %s is refused with 403 and a message', async (_what, from) => {
    const { cookie } = await restLogin()
    const answer = await request('POST', '/api/hubs', { 'content-type': 'application/json', cookie, ...from }, invalidHub)
    expect(answer.status).toBe(403)
    expect(answer.headers['content-type']).toMatch(/^application\/json/)
    const message = (JSON.parse(answer.body) as { errors: Array<{ message: string }> }).errors[0].message
    expect(message).toMatch(/annan webbplats/)
    expect(message).toMatch(/another site/)
    expectHeaders(answer, 'a refused write')
  })

  it('logging out with the session cookie from another origin is refused, and the session still works', async () => {
    const { cookie, token } = await restLogin()
    const refused = await request('POST', '/api/users/logout', { cookie, origin: 'https://angripare.example' })
    expect(refused.status).toBe(403)
    const me = await fetch(`${cmsUrl}/api/users/me`, { headers: { authorization: `JWT ${token}` } })
    expect(((await me.json()) as { user: unknown }).user).toBeTruthy()
  })

  it('the same write from the CMS’s own origin gets through (400 for the bad latitude)', async () => {
    const { cookie } = await restLogin()
    const sameOrigin: Array<Record<string, string>> = [{ origin: cmsUrl }, { origin: `http://localhost:${cms.port}` }, { 'sec-fetch-site': 'same-origin' }]
    for (const from of sameOrigin) {
      const answer = await request('POST', '/api/hubs', { 'content-type': 'application/json', cookie, ...from }, invalidHub)
      expect(answer.status, JSON.stringify(from)).toBe(400)
      expect(answer.body).toMatch(/Latitud måste vara ett tal mellan -90 och 90/)
    }
  })

  it('an API client with the Authorization header and no cookie is not affected, whatever its Origin', async () => {
    const answer = await request('POST', '/api/hubs', { 'content-type': 'application/json', authorization: await adminAuthorization(), origin: 'https://angripare.example' }, invalidHub)
    expect(answer.status).toBe(400)
    expect(answer.body).toMatch(/Latitud måste vara/)
  })

  it('reads with the cookie from elsewhere are not refused by the edge', async () => {
    const { cookie } = await restLogin()
    const answer = await request('GET', '/api/hubs?limit=1&depth=0', { cookie, origin: 'https://angripare.example' })
    expect(answer.status).toBe(200)
  })
})

describe('request bodies are capped', () => {
  it('a 2 MiB JSON body is refused with 413 without waiting for the body for more than a moment', async () => {
    // Only the head: a server that waited for the body would answer nothing until its timeout.
    const head = `POST /api/users/login HTTP/1.1\r\nHost: ${cms.host}\r\nContent-Type: application/json\r\nContent-Length: ${2 * 1024 * 1024}\r\n\r\n`
    const { response, closedAfterMs } = await slowRequest(head, '', 1000, requestTimeoutMs - 1000)
    expect(closedAfterMs, 'the server closed the connection before the request timeout').not.toBeNull()
    expect(response).toMatch(/^HTTP\/1\.1 413 /)
    expect(response).toMatch(/för stor/)
    expect(response).toMatch(/too large/)
  })

  it('a 2 MiB JSON body sent in full is refused with 413, also when the machine is busy', async () => {
    const body = JSON.stringify({ email: 'x@example.org', password: 'p'.repeat(2 * 1024 * 1024) })
    const answer = await request('POST', '/api/users/login', { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }, body)
    expect(answer.status).toBe(413)
    expectHeaders(answer, 'a 413')
  })

  it('a body without a stated length is refused with 411', async () => {
    const answer = await request('POST', '/api/users/login', { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, '{"email":"x@example.org","password":"y"}')
    expect(answer.status).toBe(411)
  })

  it('an image upload above 1 MiB is accepted, one above 10 MiB refused', async () => {
    const auth = await adminAuthorization()
    // Noise does not compress: about 2.5 MiB as PNG.
    const noise = randomBytes(900 * 900 * 3)
    const png = await sharp(noise, { raw: { width: 900, height: 900, channels: 3 } }).png().toBuffer()
    expect(png.byteLength).toBeGreaterThan(1024 * 1024)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'brus.png')
    form.append('_payload', JSON.stringify({ alt: 'Brus i gränsprovet' }))
    const uploaded = await fetch(`${cmsUrl}/api/media`, { method: 'POST', headers: { authorization: auth }, body: form })
    expect(uploaded.status).toBe(201)

    const head = `POST /api/media HTTP/1.1\r\nHost: ${cms.host}\r\nAuthorization: ${auth}\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: ${11 * 1024 * 1024}\r\n\r\n`
    const { response } = await slowRequest(head, '', 1000, requestTimeoutMs - 1000)
    expect(response).toMatch(/^HTTP\/1\.1 413 /)
  })
})

describe('slow requests are cut by the server’s timeouts', () => {
  it('a body dripping one byte a second is cut by the request timeout', async () => {
    const head = `POST /api/users/login HTTP/1.1\r\nHost: ${cms.host}\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n`
    const { closedAfterMs, response } = await slowRequest(head, '{"email":"'.padEnd(200, 'a'), 1000, requestTimeoutMs + 15_000)
    expect(closedAfterMs, 'the connection was closed by the server').not.toBeNull()
    expect(closedAfterMs!).toBeGreaterThanOrEqual(requestTimeoutMs - 500)
    expect(response).toMatch(/^HTTP\/1\.1 408 /)
  })

  it('headers dripping one byte a second are cut by the header timeout', async () => {
    const { closedAfterMs } = await slowRequest('GET /admin/login HTTP/1.1\r\n', `Host: ${cms.host}\r\nX-Slow: ${'a'.repeat(200)}`, 1000, headersTimeoutMs + 15_000)
    expect(closedAfterMs, 'the connection was closed by the server').not.toBeNull()
    expect(closedAfterMs!).toBeGreaterThanOrEqual(headersTimeoutMs - 500)
  })
})

describe('methods and routes the CMS does not have', () => {
  it.each(['/api/hubs', '/admin', '/admin/login', '/health'])('TRACE %s answers 405 with Allow', async (path) => {
    const answer = await request('TRACE', path)
    expect(answer.status).toBe(405)
    expect(answer.headers.allow).toBe('GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS')
    expectHeaders(answer, `TRACE ${path}`)
  })

  it.each(['/api/municipalities/versions', '/api/users/versions', '/api/municipalities/versions/1', '/api/media/versions'])(
    'GET %s (a collection without versions) answers 404, for the admin too',
    async (path) => {
      const callers: Array<Record<string, string>> = [{}, { authorization: await adminAuthorization() }]
      for (const headers of callers) {
        const response = await fetch(cmsUrl + path, { headers })
        expect(response.status).toBe(404)
        const message = ((await response.json()) as { errors: Array<{ message: string }> }).errors[0].message
        expect(message).toMatch(/inga versioner/)
        expect(message).toMatch(/no versions/)
      }
    },
  )

  it('a versioned collection still lists its versions', async () => {
    const response = await fetch(`${cmsUrl}/api/hubs/versions?limit=1`, { headers: { authorization: await adminAuthorization() } })
    expect(response.status).toBe(200)
  })
})

describe('the admin panel under its Content-Security-Policy', () => {
  it('logs in, shows the dashboard, edits rich text and uploads an image with no CSP violation', async () => {
    const page = await browser.newPage()
    // The draft hub is removed again: other files take the newest hub as theirs to edit.
    let createdHub: string | null = null
    const violations = await recordCspViolations(page)
    // Nothing from other hosts either (Payload's default avatar comes from Gravatar).
    const foreign = recordForeignRequests(page, cmsUrl)
    try {
      const login = await page.goto(`${cmsUrl}/admin/login`)
      expect(login!.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
      await logInToAdminPanel(page)
      await page.goto(`${cmsUrl}/admin`)
      await page.getByRole('button', { name: /Bygg om sökindexet|Rebuild the search index/ }).waitFor({ timeout: 30_000 })

      // Rich text: a new draft hub's description, typed into the Lexical editor and saved.
      await page.goto(`${cmsUrl}/admin/collections/hubs/create`)
      await page.locator('#field-name').fill(`CSP-hubb ${Date.now()}`)
      const editor = page.locator('[data-lexical-editor="true"]').first()
      await editor.click()
      await page.keyboard.type('En beskrivning skriven i panelen.')
      await expect.poll(() => editor.innerText()).toContain('En beskrivning skriven i panelen.')
      await page.locator('#action-save-draft').click()
      await page.waitForURL((url) => /\/admin\/collections\/hubs\/\d+/.test(url.pathname), { timeout: 30_000 })
      createdHub = new URL(page.url()).pathname.split('/').pop()!

      // An image upload, and its thumbnail shown back.
      const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#7a9e3b' } }).png().toBuffer()
      await page.goto(`${cmsUrl}/admin/collections/media/create`)
      await page.locator('input[type="file"]').setInputFiles({ name: 'csp-bild.png', mimeType: 'image/png', buffer: png })
      await page.locator('#field-alt').fill('En grön ruta')
      await page.locator('#action-save').click()
      await page.waitForURL((url) => /\/admin\/collections\/media\/\d+/.test(url.pathname), { timeout: 30_000 })
      await expect.poll(() => page.locator('img[src*="csp-bild"]').first().evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 15_000 }).toBeGreaterThan(0)

      expect(await violations()).toEqual([])
      expect(foreign).toEqual([])
    } finally {
      await page.close()
      if (createdHub) await fetch(`${cmsUrl}/api/hubs/${createdHub}`, { method: 'DELETE', headers: { authorization: await adminAuthorization() } })
    }
  })

  it('cannot be framed by another page', async () => {
    const page = await browser.newPage()
    try {
      await page.setContent(`<iframe src="${cmsUrl}/admin/login"></iframe>`)
      const frame = page.frames()[1]
      await page.waitForTimeout(1000)
      expect(frame ? await frame.locator('input[name="email"]').count() : 0).toBe(0)
    } finally {
      await page.close()
    }
  })
})
