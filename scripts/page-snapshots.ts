/**
 * Snapshots of every page type in both languages, for a change that must not change what
 * the site serves (a restructure):
 *
 *   node scripts/page-snapshots.ts record DIR      start the built portal with the demo data,
 *                                                  fetch every page type, write DIR/<name>.txt
 *   node scripts/page-snapshots.ts compare A B     list the page types whose snapshots differ
 *
 * Each snapshot holds the status, the content type and the body, with what differs from run
 * to run masked: form tokens, secrets in links, times of the seed. Record both sides on the
 * same day (the demo events are dated from today) and compare.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { startPortal, type Portal } from './lib/portal.ts'

const PASSWORD = 'en lång och hemlig lösenfras för ögonblicksbilder'
const REPRESENTATIVE = 'snapshot-representative@coworking-region.invalid'

/** What differs between two runs of the same code. */
export function mask(body: string): string {
  return (
    body
      // Form protection and per-visitor secrets.
      .replace(/(name="(?:csrf_token|form_started)" value=")[^"]*/g, '$1…')
      // Random tokens (base64url) hold a capital or an underscore; slugs never do.
      .replace(/(?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]{0,42}[A-Z_])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g, '<secret>')
      // Each run has its own ports.
      .replace(/(127\.0\.0\.1|localhost):\d+/g, '$1:<port>')
      .replace(/\b\d+-[0-9a-f]{64}\b/g, '<signed>')
      .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, '<uuid>')
      // When the seed ran (updatedAt in feeds, sitemaps and JSON).
      .replace(/\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z\b/g, '<time>')
      .replace(/\b(DTSTAMP|LAST-MODIFIED|CREATED):\d{8}T\d{6}Z/g, '$1:<time>')
      .replace(/"tookMs":\s*[\d.]+/g, '"tookMs":0')
      .replace(/\?v=[0-9a-z]+/g, '?v=…')
  )
}

interface Target {
  name: string
  path: string
  /** Fetch with the logged-in representative's session. */
  session?: boolean
}

async function targets(portal: Portal): Promise<Target[]> {
  const json = async (p: string) => (await (await fetch(portal.siteUrl + p)).json()) as { hits: Array<{ type: string; url: string }> }
  const { hits } = await json('/api/search?q=&locale=sv')
  const hub = hits.find((h) => h.type === 'hub')!.url.split('/').pop()!
  const event = hits.find((h) => h.type === 'event')!.url.split('/').pop()!
  const both = (name: string, sv: string, en: string, session = false): Target[] => [
    { name: `${name}.sv`, path: sv, session },
    { name: `${name}.en`, path: en, session },
  ]
  return [
    ...both('home', '/', '/en'),
    ...both('hubs', '/hubbar', '/en/hubs'),
    ...both('hubs-filtered', '/hubbar?municipality=are&amenity=wifi&open=now&near=Järpen', '/en/hubs?municipality=are&amenity=wifi&open=now&near=Järpen'),
    ...both('hub', `/hubbar/${hub}`, `/en/hubs/${hub}`),
    ...both('hub-calendar', `/hubbar/${hub}/kalender.ics`, `/en/hubs/${hub}/calendar.ics`),
    ...both('events', '/evenemang', '/en/events'),
    ...both('events-filtered', '/evenemang?municipality=ostersund&type=meetup', '/en/events?municipality=ostersund&type=meetup'),
    ...both('event', `/evenemang/${event}`, `/en/events/${event}`),
    ...both('event-ics', `/evenemang/${event}.ics`, `/en/events/${event}.ics`),
    ...both('municipality', '/kommuner/ostersund', '/en/municipalities/ostersund'),
    ...both('municipality-calendar', '/kommuner/are/kalender.ics', '/en/municipalities/are/calendar.ics'),
    ...both('calendar', '/kalender.ics', '/en/calendar.ics'),
    ...both('council', '/innovationsradet', '/en/innovation-council'),
    ...both('council-apply', '/innovationsradet/ansok', '/en/innovation-council/apply'),
    ...both('network', '/natverket', '/en/network'),
    ...both('join', '/natverket/anslut', '/en/network/join'),
    ...both('confirm-forged', `/natverket/bekrafta/${'x'.repeat(43)}`, `/en/network/confirm/${'x'.repeat(43)}`),
    ...both('login', '/natverket/logga-in', '/en/network/login'),
    ...both('forgot-password', '/natverket/glomt-losenord', '/en/network/forgot-password'),
    ...both('set-password-forged', `/natverket/losenord/${'a'.repeat(40)}`, `/en/network/password/${'a'.repeat(40)}`),
    ...both('new-email-forged', `/natverket/ny-epost/${'x'.repeat(43)}`, `/en/network/new-email/${'x'.repeat(43)}`),
    ...both('my-page', '/natverket/mina-sidor', '/en/network/my-page', true),
    ...both('my-page-anonymous', '/natverket/mina-sidor', '/en/network/my-page'),
    ...both('council-apply-logged-in', '/innovationsradet/ansok', '/en/innovation-council/apply', true),
    ...both('event-logged-in', `/evenemang/${event}`, `/en/events/${event}`, true),
    ...both('registration-forged', `/anmalan/${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}`, `/en/registration/${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}`),
    ...both('search', '/sok?q=hubb', '/en/search?q=hubb'),
    ...both('search-empty', '/sok', '/en/search'),
    ...both('accessibility', '/tillganglighet', '/en/accessibility'),
    ...both('privacy', '/integritet', '/en/privacy'),
    ...both('open-data', '/oppna-data', '/en/open-data'),
    ...both('not-found', '/finns-inte', '/en/no-such-page'),
    ...both('hub-not-found', '/hubbar/finns-inte', '/en/hubs/no-such-hub'),
    ...both('api-search', '/api/search?q=hubb&locale=sv', '/api/search?q=hubb&locale=en'),
    ...both('organiser-calendar', '/arrangorer/region-jamtland-harjedalen-demo/kalender.ics', '/en/organisers/region-jamtland-harjedalen-demo/calendar.ics'),
    { name: 'geojson', path: '/oppna-data/hubbar.geojson' },
    { name: 'sitemap', path: '/sitemap.xml' },
    { name: 'robots', path: '/robots.txt' },
  ]
}

/** A representative of a member agency, made through the CMS's REST API, logged in on the site. */
async function representativeSession(portal: Portal): Promise<string> {
  const login = await fetch(`${portal.cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: portal.adminEmail, password: portal.adminPassword }),
  })
  const admin = { authorization: `JWT ${((await login.json()) as { token: string }).token}`, 'content-type': 'application/json' }
  const agencies = (await (await fetch(`${portal.cmsUrl}/api/agencies?where[membershipStatus][equals]=member&limit=1&depth=0&sort=name`, { headers: admin })).json()) as { docs: Array<{ id: number }> }
  await fetch(`${portal.cmsUrl}/api/users`, {
    method: 'POST',
    headers: admin,
    body: JSON.stringify({ email: REPRESENTATIVE, password: PASSWORD, name: 'Ögonblicksbild', role: 'agency-representative', agency: agencies.docs[0].id }),
  })
  const page = await fetch(`${portal.siteUrl}/natverket/logga-in`)
  const html = await page.text()
  const cookies = page.headers.getSetCookie().map((c) => c.split(';')[0])
  const hidden = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? ''
  // The form refuses what is filled in faster than a person could.
  await new Promise((resolve) => setTimeout(resolve, 3_100))
  const answer = await fetch(`${portal.siteUrl}/natverket/logga-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.join('; '), origin: portal.siteUrl },
    body: new URLSearchParams({ csrf_token: hidden('csrf_token'), form_started: hidden('form_started'), extra_info: '', email: REPRESENTATIVE, password: PASSWORD }),
  })
  const session = answer.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => !c.startsWith('csrf'))
  if (!session) throw new Error(`logging in for the snapshots failed: ${answer.status}`)
  return [...cookies, session].join('; ')
}

async function record(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true })
  const portal = await startPortal('snapshot')
  try {
    const cookie = await representativeSession(portal)
    for (const target of await targets(portal)) {
      const response = await fetch(portal.siteUrl + target.path, { redirect: 'manual', headers: target.session ? { cookie } : {} })
      const body = mask(await response.text())
      const head = [`${response.status} ${target.path}`, `content-type: ${response.headers.get('content-type') ?? ''}`, `location: ${response.headers.get('location') ?? ''}`]
      writeFileSync(path.join(dir, `${target.name}.txt`), `${head.join('\n')}\n\n${body}`)
      console.log(`${response.status} ${target.name} ${target.path}`)
    }
  } finally {
    await portal.stop()
  }
}

function compare(a: string, b: string): number {
  const names = [...new Set([...readdirSync(a), ...readdirSync(b)])].sort()
  let differing = 0
  for (const name of names) {
    const read = (dir: string) => {
      try {
        return readFileSync(path.join(dir, name), 'utf8')
      } catch {
        return null
      }
    }
    const [left, right] = [read(a), read(b)]
    if (left === right) continue
    differing++
    if (left === null || right === null) {
      console.log(`${name}: only in ${left === null ? b : a}`)
      continue
    }
    const [l, r] = [left.split('\n'), right.split('\n')]
    const line = l.findIndex((text, i) => text !== r[i])
    console.log(`${name}: differs from line ${line + 1}\n  - ${l[line]?.slice(0, 200)}\n  + ${r[line]?.slice(0, 200)}`)
  }
  console.log(`${names.length - differing} of ${names.length} page snapshots are identical`)
  return differing
}

const [verb, ...args] = process.argv.slice(2)
if (verb === 'record' && args[0]) await record(args[0])
else if (verb === 'compare' && args[0] && args[1]) process.exit(compare(args[0], args[1]) === 0 ? 0 : 1)
else {
  console.error('usage: node scripts/page-snapshots.ts record DIR | compare DIR_A DIR_B')
  process.exit(2)
}
