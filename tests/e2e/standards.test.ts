/**
 * The site against the web's standards, as checkers and crawlers read it: every page type in
 * both languages is valid HTML by the Nu Html Checker (vnu), pages name absolute canonical and
 * alternate addresses and a favicon, and HTTP answers say truthfully what varies.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, inject, it } from 'vitest'

const siteUrl = inject('siteUrl')
const VNU = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar')

/** One page of every page type, in both languages (what a visitor without a session gets). */
const PAGES: ReadonlyArray<[name: string, path: string]> = [
  ['home', '/'],
  ['home', '/en'],
  ['hub directory', '/hubbar'],
  ['hub directory', '/en/hubs'],
  ['filtered hub directory', '/hubbar?municipality=are&amenity=wifi&near=J%C3%A4rpen'],
  ['filtered hub directory', '/en/hubs?amenity=sauna&near=Atlantis'],
  ['hub page', '/hubbar/fjallhubben'],
  ['hub page', '/en/hubs/fjallhubben'],
  ['municipality page', '/kommuner/harjedalen'],
  ['municipality page', '/en/municipalities/harjedalen'],
  ['commute calculator with a result', '/kommuner/harjedalen?home=Sveg&days=2'],
  ['event list', '/evenemang'],
  ['event list', '/en/events'],
  ['search with a query', '/sok?q=fika'],
  ['search with a query', '/en/search?q=fika'],
  ['search without a query', '/sok'],
  ['network', '/natverket'],
  ['network', '/en/network'],
  ['network sign-up', '/natverket/anslut'],
  ['network sign-up', '/en/network/join'],
  ['login', '/natverket/logga-in'],
  ['login', '/en/network/login'],
  ['forgotten password', '/natverket/glomt-losenord'],
  ['forgotten password', '/en/network/forgot-password'],
  ['my page, logged out', '/natverket/mina-sidor'],
  ['my page, logged out', '/en/network/my-page'],
  ['innovation council', '/innovationsradet'],
  ['innovation council', '/en/innovation-council'],
  ['council application', '/innovationsradet/ansok'],
  ['council application', '/en/innovation-council/apply'],
  ['accessibility statement', '/tillganglighet'],
  ['accessibility statement', '/en/accessibility'],
  ['privacy notice', '/integritet'],
  ['privacy notice', '/en/privacy'],
  ['open data', '/oppna-data'],
  ['open data', '/en/open-data'],
  ['registration with an unknown link', '/anmalan/okand-lank'],
  ['registration with an unknown link', '/en/registration/unknown-link'],
  ['application confirmation with an unknown link', '/natverket/bekrafta/okand-lank'],
  ['choosing a password with an unknown link', '/en/network/password/unknown-link'],
  ['new e-mail address with an unknown link', '/natverket/ny-epost/okand-lank'],
  ['preview without a token', '/forhandsvisning'],
  ['not found', '/finns-inte'],
  ['not found', '/en/no-such-page'],
]

/** An event page in each language: the first linked from the event list. */
async function eventPages(): Promise<Array<[string, string]>> {
  const pages: Array<[string, string]> = []
  for (const [list, prefix] of [
    ['/evenemang', '/evenemang/'],
    ['/en/events', '/en/events/'],
  ]) {
    const html = await (await fetch(siteUrl + list)).text()
    const href = new RegExp(`href="(${prefix}[^"./?#]+)"`).exec(html)?.[1]
    expect(href, `an event linked from ${list}`).toBeTruthy()
    pages.push(['event page', href!])
  }
  return pages
}

interface VnuMessage {
  type: string
  subType?: string
  url?: string
  lastLine?: number
  message: string
  extract?: string
}

/** Runs the checker once over a folder; its JSON report comes on stderr. */
function vnu(dir: string): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    execFile('java', ['-Xss4m', '-jar', VNU, '--format', 'json', '--errors-only', dir], { maxBuffer: 32 * 1024 * 1024 }, (error, _stdout, stderr) => {
      try {
        resolve((JSON.parse(stderr) as { messages: VnuMessage[] }).messages)
      } catch {
        reject(error ?? new Error(`vnu gave no report: ${stderr.slice(0, 500)}`))
      }
    })
  })
}

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

const htmlOf: Record<string, string> = {}

describe('valid HTML', () => {
  it('every page type in both languages has no error by the Nu Html Checker', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vnu-'))
    dirs.push(dir)
    const pages = [...PAGES, ...(await eventPages())]
    const fileOf = new Map<string, string>()
    for (const [index, [name, pagePath]] of pages.entries()) {
      const res = await fetch(siteUrl + pagePath)
      expect(res.headers.get('content-type'), pagePath).toMatch(/^text\/html/)
      const html = await res.text()
      htmlOf[pagePath] = html
      const file = `${String(index).padStart(2, '0')}-${name.replace(/\W+/g, '-')}.html`
      writeFileSync(path.join(dir, file), html)
      fileOf.set(file, pagePath)
    }
    const problems = (await vnu(dir)).filter((m) => m.type === 'error' || m.subType === 'fatal')
    const readable = problems.map((m) => {
      const file = m.url ? path.basename(m.url) : '?'
      return `${fileOf.get(file) ?? file}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim()}` : ''}`
    })
    expect(readable.join('\n')).toBe('')
  })
})

describe('text as written', () => {
  it('a word before a link on the next source line keeps its space (Astro 7\'s default compression glued them)', async () => {
    for (const [pagePath, words] of [
      ['/integritet', 'klaga hos Integritetsskyddsmyndigheten'],
      ['/en/privacy', 'Integritetsskyddsmyndigheten'],
    ] as const) {
      const html = await (await fetch(siteUrl + pagePath)).text()
      const text = html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')
      expect(text, pagePath).toContain(words)
      expect(text, pagePath).not.toMatch(/[a-zåäö]Integritetsskyddsmyndigheten/)
    }
  })
})

describe('addresses a crawler can use', () => {
  it('canonical and hreflang links are absolute, on the host the page was asked for', async () => {
    for (const pagePath of ['/', '/en/hubs', '/hubbar/fjallhubben', '/evenemang']) {
      const html = htmlOf[pagePath] ?? (await (await fetch(siteUrl + pagePath)).text())
      const links = [...html.matchAll(/<link rel="(?:canonical|alternate)"[^>]*href="([^"]+)"/g)].map((m) => m[1])
      expect(links.length, pagePath).toBe(4)
      for (const href of links) expect(href, pagePath).toMatch(new RegExp(`^${siteUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`))
    }
  })

  it('the favicon is drawn, linked from every page and served in both formats', async () => {
    const html = await (await fetch(`${siteUrl}/en/events`)).text()
    expect(html).toMatch(/<link rel="icon" href="\/favicon\.svg" type="image\/svg\+xml"/)
    const svg = await fetch(`${siteUrl}/favicon.svg`)
    expect(svg.status).toBe(200)
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
    expect(await svg.text()).toContain('<svg')
    const ico = await fetch(`${siteUrl}/favicon.ico`)
    expect(ico.status).toBe(200)
    expect(ico.headers.get('content-type')).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/)
    // An ICO file: reserved 0, type 1 (icon), at least one image.
    const bytes = Buffer.from(await ico.arrayBuffer())
    expect([bytes.readUInt16LE(0), bytes.readUInt16LE(2)]).toEqual([0, 1])
    expect(bytes.readUInt16LE(4)).toBeGreaterThanOrEqual(1)
  })
})

/** A GET with exactly these headers (fetch would add Accept-Encoding itself). */
function raw(target: string, headers: Record<string, string> = {}, method = 'GET') {
  const url = new URL(target, siteUrl)
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .request({ host: url.hostname, port: url.port, path: url.pathname + url.search, headers, method }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
      .end()
  })
}

describe('HTTP answers say what they vary by', () => {
  it('a page says it varies by Accept-Encoding on its first (MISS) answer to a client that does not ask for gzip, and later ones', async () => {
    const target = `/hubbar?standards=${Date.now()}`
    const first = await raw(target)
    expect(first.headers['x-cache']).toBe('MISS')
    expect(first.headers.vary).toMatch(/accept-encoding/i)
    const again = await raw(target)
    expect(again.headers['x-cache']).toBe('HIT')
    expect(again.headers.vary).toMatch(/accept-encoding/i)
  })

  it('HTML names its charset, rendered or kept', async () => {
    const target = `/en/hubs?standards=${Date.now()}`
    expect((await raw(target)).headers['content-type']).toBe('text/html; charset=utf-8')
    expect((await raw(target, { 'accept-encoding': 'gzip' })).headers['content-type']).toBe('text/html; charset=utf-8')
    expect((await raw('/natverket/anslut')).headers['content-type']).toBe('text/html; charset=utf-8')
  })

  it('a 304 varies as its 200 did, whether the feed was rendered or kept', async () => {
    const target = `/kalender.ics?standards=${Date.now()}`
    const first = await raw(target, { 'accept-encoding': 'gzip' })
    expect(first.headers.vary).toMatch(/accept-encoding/i)
    const etag = first.headers.etag!
    // With a cookie the feed itself answers (the cache is bypassed); without, the kept copy does.
    const rendered = await raw(target, { 'accept-encoding': 'gzip', 'if-none-match': etag, cookie: 'unrelated=1' })
    expect([rendered.status, rendered.headers['x-cache']]).toEqual([304, 'BYPASS'])
    expect(rendered.headers.vary).toMatch(/accept-encoding/i)
    const kept = await raw(target, { 'if-none-match': etag })
    expect([kept.status, kept.headers['x-cache']]).toEqual([304, 'HIT'])
    expect(kept.headers.vary).toMatch(/accept-encoding/i)
  })

  it('the weak ETag a data file goes out with still gets a 304 when the file is rendered, not kept', async () => {
    const first = await raw('/oppna-data/hubbar.geojson', { 'accept-encoding': 'gzip' })
    expect(first.headers.etag).toMatch(/^W\//)
    const again = await raw('/oppna-data/hubbar.geojson', { 'if-none-match': first.headers.etag!, cookie: 'unrelated=1' })
    expect([again.status, again.headers['x-cache']]).toEqual([304, 'BYPASS'])
  })

  it('gzip and plain answers do not share one strong ETag', async () => {
    const target = `/kalender.ics?standards=etag-${Date.now()}`
    const zipped = await raw(target, { 'accept-encoding': 'gzip' })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    const plain = await raw(target)
    expect(plain.headers['content-encoding']).toBeUndefined()
    const zippedKept = await raw(target, { 'accept-encoding': 'gzip' })
    expect(zippedKept.headers['x-cache']).toBe('HIT')
    const strong = (tag: string | undefined) => !!tag && !tag.startsWith('W/')
    for (const gzipped of [zipped, zippedKept]) expect(strong(gzipped.headers.etag) && gzipped.headers.etag === plain.headers.etag).toBe(false)
    // Still a validator: a weak match is a 304 either way.
    expect((await raw(target, { 'if-none-match': zipped.headers.etag! })).status).toBe(304)
    expect((await raw(target, { 'accept-encoding': 'gzip', 'if-none-match': plain.headers.etag! })).status).toBe(304)
  })
})
