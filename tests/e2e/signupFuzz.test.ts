/**
 * 1,200 generated malformed sign-ups, posted over HTTP to the running site: missing fields,
 * wrong types, 100 KB strings, invalid UTF-8, control characters, HTML and script, SQL
 * fragments, organisation numbers with a wrong check digit, dates in the past, wrong
 * content types. Every answer must be a 4xx page with a message in the page's language,
 * and nothing may be stored or mailed.
 *
 * Each submission comes from its own loopback address (127.0.x.y) and e-mail address, so the
 * site's rate limit (5 per 10 minutes per address) lets every one reach the validation; the
 * CSRF cookie and form tokens come from one real GET of the form.
 */
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { STARTED_FIELD } from '../../site/lib/security/forms.ts'
import { adminAuthorization } from '../helpers/cmsSession.ts'
import { formTokens, type FormTokens } from '../helpers/siteForms.ts'

const siteUrl = new URL(inject('siteUrl'))
const cmsUrl = inject('cmsUrl')
const CASES = 1_200
const MARK = `fuzz${Date.now()}`

/** A small seeded generator, so a failing case can be reproduced from its number. */
function random(seed: number) {
  let s = seed >>> 0 || 1
  const next = () => {
    s ^= s << 13
    s >>>= 0
    s ^= s >>> 17
    s ^= s << 5
    s >>>= 0
    return s / 0x1_0000_0000
  }
  return { next, pick: <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)] }
}

const TEXT_FIELDS = ['agencyName', 'name', 'title'] as const
const REQUIRED = ['agencyName', 'orgNumber', 'website', 'municipality', 'name', 'title', 'email', 'interests', 'consent'] as const
const HTML = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '{{constructor.constructor("x")()}}', '&#60;script&#62;']
const SQL = ["' OR '1'='1", "'; DROP TABLE agency_applications; --", '1 UNION SELECT password FROM users', "\\'; SELECT pg_sleep(5); --"]
const CONTROL = ['\u0000', '\u0007', '\u001b[31m', '\u0085', '\u2028', '\r\n']
const WRONG_CHECK_DIGIT = ['202100-6298', '202100-5480', '212000-1351', '202100-2370']

interface Case {
  n: number
  path: string
  locale: 'sv' | 'en'
  contentType: string
  body: Buffer
  what: string
}

function validFields(n: number): Array<[string, string]> {
  return [
    ['agencyName', `Fuzzmyndigheten ${n}`],
    ['orgNumber', '202100-6297'],
    ['website', 'https://www.fuzz-myndighet.se'],
    ['municipality', 'ostersund'],
    ['staffInCounty', '12'],
    ['name', 'Fuzz Person'],
    ['title', 'Testare'],
    ['email', `${MARK}-${n}@fuzz-myndighet.se`],
    ['interests', 'meetups'],
    ['consent', 'yes'],
  ]
}

const urlencoded = (fields: Array<[string, string]>) => Buffer.from(new URLSearchParams(fields).toString())

/** Builds case `n`: a valid submission with one or two mutations, each of which makes it invalid. */
function makeCase(n: number, tokens: FormTokens): Case {
  const r = random(n * 7919 + 17)
  const locale = n % 2 === 0 ? 'sv' : 'en'
  const path = locale === 'sv' ? '/natverket/anslut' : '/en/network/join'
  let fields: Array<[string, string]> = [...Object.entries(tokens.hidden), ...validFields(n)]
  const set = (name: string, value: string) => {
    fields = fields.filter(([k]) => k !== name)
    fields.push([name, value])
  }
  let contentType = 'application/x-www-form-urlencoded'
  let body: Buffer | null = null
  const kinds = ['missing', 'twice', 'huge', 'utf8', 'control', 'html', 'sql', 'checkDigit', 'pastDate', 'contentType', 'file', 'values'] as const
  const kind = kinds[n % kinds.length]
  let what: string = kind

  switch (kind) {
    case 'missing': {
      const field = r.pick(REQUIRED)
      fields = fields.filter(([k]) => k !== field)
      what += `:${field}`
      break
    }
    case 'twice': {
      const field = r.pick(['agencyName', 'orgNumber', 'website', 'municipality', 'name', 'title', 'email', 'consent'] as const)
      fields.push([field, 'andra värdet'])
      what += `:${field}`
      break
    }
    case 'huge': {
      const field = r.pick([...TEXT_FIELDS, 'orgNumber', 'website', 'email', 'municipality'] as const)
      set(field, r.pick(['å', 'a', '<', '1']).repeat(100 * 1024))
      what += `:${field}`
      break
    }
    case 'utf8': {
      // Bytes that are not UTF-8, raw or percent-encoded, in a text field.
      const field = r.pick(TEXT_FIELDS)
      const others = fields.filter(([k]) => k !== field)
      const bad = r.pick([Buffer.from([0xff, 0xfe]), Buffer.from([0xc3, 0x28]), Buffer.from([0xe2, 0x82]), Buffer.from('%FF%FE%C0%AF')])
      body = Buffer.concat([urlencoded(others), Buffer.from(`&${field}=Test`), bad, Buffer.from('namn')])
      what += `:${field}`
      break
    }
    case 'control': {
      const field = r.pick(TEXT_FIELDS)
      set(field, `Fuzz${r.pick(CONTROL)}namn`)
      what += `:${field}`
      break
    }
    case 'html': {
      const field = r.pick([...TEXT_FIELDS, 'email', 'website', 'orgNumber', 'municipality', 'phone', 'staffInCounty'] as const)
      set(field, r.pick(HTML))
      what += `:${field}`
      break
    }
    case 'sql': {
      const field = r.pick(['orgNumber', 'municipality', 'email', 'staffInCounty', 'phone', 'website', 'interests'] as const)
      set(field, r.pick(SQL))
      what += `:${field}`
      break
    }
    case 'checkDigit':
      set('orgNumber', r.pick(WRONG_CHECK_DIGIT))
      break
    case 'pastDate':
      // The form's only date is when it was served: an unsigned or long-past one is refused.
      set(STARTED_FIELD, r.pick(['2020-01-01', '1999-12-31T23:59:59Z', String(Date.now() - 3 * 86_400_000), '0']))
      break
    case 'contentType': {
      const choice = r.pick(['json', 'text', 'none', 'empty'] as const)
      what += `:${choice}`
      if (choice === 'json') {
        contentType = 'application/json'
        body = Buffer.from(JSON.stringify(Object.fromEntries(fields)))
      } else if (choice === 'text') {
        contentType = 'text/plain'
        body = urlencoded(fields)
      } else if (choice === 'none') {
        contentType = ''
        body = urlencoded(fields)
      } else body = Buffer.alloc(0)
      break
    }
    case 'file': {
      // multipart/form-data with a file where text belongs.
      const field = r.pick(REQUIRED)
      const boundary = `----fuzz${n}`
      const parts = fields.filter(([k]) => k !== field).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
      parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="x.txt"\r\nContent-Type: text/plain\r\n\r\nfile content\r\n`)
      contentType = `multipart/form-data; boundary=${boundary}`
      body = Buffer.from(parts.join('') + `--${boundary}--\r\n`)
      what += `:${field}`
      break
    }
    case 'values': {
      const choice = r.pick(['municipality', 'interests', 'consent', 'phone', 'staffInCounty', 'website', 'orgNumberPrivate'] as const)
      what += `:${choice}`
      if (choice === 'municipality') set('municipality', r.pick(['stockholm', 'OSTERSUND', '', '../../etc/passwd']))
      if (choice === 'interests') set('interests', r.pick(['all', 'network', 'admin']))
      if (choice === 'consent') set('consent', r.pick(['no', 'true', 'on', '1']))
      if (choice === 'phone') set('phone', r.pick(['ring mig', '12', '+'.repeat(50), '0'.repeat(20)]))
      if (choice === 'staffInCounty') set('staffInCounty', r.pick(['-1', 'många', '1e9', '12.5', '9999999']))
      if (choice === 'website') set('website', r.pick(['javascript:alert(1)', 'ftp://x.se', 'http://localhost', 'https://192.168.0.1', 'inte en adress']))
      if (choice === 'orgNumberPrivate') set('orgNumber', '556036-0793')
      break
    }
  }
  return { n, path, locale, contentType, body: body ?? urlencoded(fields), what }
}

interface Answer {
  status: number
  body: string
}

/** Posts from 127.0.<hi>.<lo>, so each case has an address of its own. */
function post(c: Case, cookie: string): Promise<Answer> {
  const local = `127.0.${Math.floor(c.n / 250) + 1}.${(c.n % 250) + 2}`
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { origin: siteUrl.origin, cookie, 'content-length': c.body.length }
    if (c.contentType) headers['content-type'] = c.contentType
    const req = http.request({ host: siteUrl.hostname, port: siteUrl.port, path: c.path, method: 'POST', localAddress: local, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    req.end(c.body)
  })
}

async function countApplications(auth: string): Promise<number> {
  const response = await fetch(`${cmsUrl}/api/agency-applications?limit=0&depth=0`, { headers: { authorization: auth } })
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

async function countMail(auth: string): Promise<number> {
  const response = await fetch(`${cmsUrl}/api/mail-outbox?where[to][like]=${MARK}&limit=0&depth=0`, { headers: { authorization: auth } })
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

const SWEDISH = /[åäö]|Fyll|Skriv|Välj|Formuläret|Ange|inte/
const ENGLISH = /\b(enter|choose|the|form|could not|write|at most|give|tick)\b/i

let auth: string
let before: number
const answers: Array<{ c: Case; answer: Answer }> = []

beforeAll(async () => {
  auth = await adminAuthorization()
  before = await countApplications(auth)
  const tokens = await formTokens('/natverket/anslut')
  const cases = Array.from({ length: CASES }, (_, i) => makeCase(i, tokens))
  // A few at a time: the point is many shapes, not load.
  for (let i = 0; i < cases.length; i += 8) {
    const batch = cases.slice(i, i + 8)
    const results = await Promise.all(batch.map((c) => post(c, tokens.cookie)))
    batch.forEach((c, j) => answers.push({ c, answer: results[j] }))
  }
}, 600_000)

afterAll(() => {
  answers.length = 0
})

describe(`${CASES} malformed sign-ups`, () => {
  it('every one is answered with a 4xx, never a 5xx', () => {
    const wrong = answers.filter(({ answer }) => answer.status < 400 || answer.status >= 500).map(({ c, answer }) => `#${c.n} ${c.what}: ${answer.status}`)
    expect(wrong).toEqual([])
    expect(answers).toHaveLength(CASES)
  })

  it('every answer is a page in the form’s language with a message saying what is wrong', () => {
    const unclear: string[] = []
    for (const { c, answer } of answers) {
      const alert = /role="alert"[^>]*>([\s\S]*?)<\/div>/.exec(answer.body)?.[1].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim() ?? ''
      const lang = /<html[^>]*lang="(sv|en)"/.exec(answer.body)?.[1]
      const languageOk = c.locale === 'sv' ? SWEDISH.test(alert) : ENGLISH.test(alert)
      if (lang !== c.locale || alert.length < 10 || !languageOk) unclear.push(`#${c.n} ${c.what} (${answer.status}, lang ${lang}): ${alert.slice(0, 120)}`)
    }
    expect(unclear).toEqual([])
  })

  it('no script or markup that was sent comes back unescaped', () => {
    // Inside a quoted attribute value (the form shows what was typed) < and > are inert, and
    // Astro escapes the quote that could end it; anywhere else they would be markup.
    const outsideValues = (html: string) => html.replace(/ value="[^"]*"/g, '')
    const echoed = answers.filter(({ answer }) => HTML.slice(0, 3).some((h) => outsideValues(answer.body).includes(h))).map(({ c }) => `#${c.n} ${c.what}`)
    expect(echoed).toEqual([])
  })

  it('covers every kind of malformed input', () => {
    const kinds = new Set(answers.map(({ c }) => c.what.split(':')[0]))
    expect([...kinds].sort()).toEqual(['checkDigit', 'contentType', 'control', 'file', 'html', 'huge', 'missing', 'pastDate', 'sql', 'twice', 'utf8', 'values'])
  })

  it('nothing was stored and nothing was mailed', async () => {
    expect(await countApplications(auth)).toBe(before)
    expect(await countMail(auth)).toBe(0)
  })
})
