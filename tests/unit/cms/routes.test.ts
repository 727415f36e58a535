import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { hiddenPrefixes, match, path as route, ROUTES, takesForm, translate, type RouteName } from '../../../cms/domain/routes.ts'

const NAMES = Object.keys(ROUTES) as RouteName[]
const anyRoute = route as (name: RouteName, params: Record<string, string>, locale: 'sv' | 'en') => string
/** Example parameters for a pattern: every `:name`/`*name` gets a value of its kind. */
const exampleParams = (pattern: string): Record<string, string> =>
  Object.fromEntries([...pattern.matchAll(/([:*])([a-z]+)/gi)].map(([, kind, key]) => [key, kind === '*' ? 'bild-1.webp' : `x-${key}`]))

describe('path', () => {
  it('writes the public addresses of the design contract', () => {
    expect(route('home', 'sv')).toBe('/')
    expect(route('home', 'en')).toBe('/en')
    expect(route('hub', { slug: 'fjallhubben' }, 'sv')).toBe('/hubbar/fjallhubben')
    expect(route('hub', { slug: 'fjallhubben' }, 'en')).toBe('/en/hubs/fjallhubben')
    expect(route('eventCalendar', { slug: 'fika' }, 'en')).toBe('/en/events/fika.ics')
    expect(route('hubCalendar', { slug: 'are' }, 'sv')).toBe('/hubbar/are/kalender.ics')
    expect(route('councilCalendar', { key: '12-abc' }, 'en')).toBe('/en/innovation-council/calendar/12-abc.ics')
    expect(route('hubsGeoJson', 'en')).toBe('/oppna-data/hubbar.geojson')
  })

  it('percent-encodes parameters', () => {
    expect(route('registration', { token: 'a/b c' }, 'sv')).toBe('/anmalan/a%2Fb%20c')
    expect(route('media', { file: 'bild ä.webp' }, 'sv')).toBe('/media/bild%20%C3%A4.webp')
  })
})

describe('match', () => {
  it('reads every route back, in both languages, with its parameters', () => {
    for (const name of NAMES) {
      for (const locale of ['sv', 'en'] as const) {
        const params = exampleParams(ROUTES[name].sv)
        const found = match(anyRoute(name, params, locale))
        expect(found?.name, `${name} ${locale}`).toBe(name)
        expect(found?.params).toEqual(params)
        // Addresses shared by both languages read as Swedish.
        expect(found?.locale).toBe(ROUTES[name].sv === ROUTES[name].en ? 'sv' : locale)
      }
    }
  })

  it('tells a feed from a page by its extension', () => {
    expect(match('/evenemang/fika.ics')?.name).toBe('eventCalendar')
    expect(match('/evenemang/fika')?.name).toBe('event')
    expect(match('/en/network/my-page/data.json')?.name).toBe('myData')
  })

  it('decodes parameters, ignores a trailing slash and the query, and knows no other address', () => {
    expect(match('/hubbar/%C3%A5re/')).toEqual({ name: 'hub', params: { slug: 'åre' }, locale: 'sv' })
    expect(match('/en/hubs?municipality=are')).toEqual({ name: 'hubs', params: {}, locale: 'en' })
    expect(match('/hubbarna')).toBeNull()
    expect(match('/hubbar/a/b')).toBeNull()
    expect(match('/hubbar/%E0%A4%A')).toBeNull()
  })
})

describe('translate', () => {
  it('gives the same page in the other language', () => {
    expect(translate('/natverket/ny-epost/abc', 'en')).toBe('/en/network/new-email/abc')
    expect(translate('/en/innovation-council/apply', 'sv')).toBe('/innovationsradet/ansok')
    expect(translate('/okand', 'en')).toBeNull()
  })
})

describe('the flags', () => {
  it('says which pages have a form', () => {
    expect(NAMES.filter(takesForm).sort()).toEqual(
      ['accessibility', 'confirmApplication', 'confirmEmail', 'councilApply', 'event', 'forgotPassword', 'hubContact', 'join', 'login', 'logout', 'myPage', 'registration', 'setPassword'].sort(),
    )
  })

  it('keeps crawlers out of secret and personal pages, one line per prefix', () => {
    expect(hiddenPrefixes()).toEqual([
      '/hubbar/*/kontakt', '/en/hubs/*/contact', '/anmalan/', '/en/registration/', '/forhandsvisning', '/en/preview', '/natverket/bekrafta/', '/en/network/confirm/',
      '/natverket/losenord/', '/en/network/password/', '/natverket/ny-epost/', '/en/network/new-email/', '/natverket/mina-sidor',
      '/en/network/my-page', '/natverket/kalender/', '/en/network/calendar/', '/innovationsradet/kalender/', '/en/innovation-council/calendar/',
    ])
  })
})

const ROOT = path.resolve(import.meta.dirname, '../../..')
const PAGES = path.join(ROOT, 'site/pages')

/** The page file that answers a pattern, if any: `/hubbar/:slug` → hubbar/[slug].astro. */
function pageFile(pattern: string): string | null {
  const relative = pattern.replace(/^\//, '').replace(/[:*]([a-z]+)/gi, '[$1]') || 'index'
  const candidates = /\.[a-z]+$/.test(relative)
    ? [`${relative}.ts`]
    : [`${relative}.astro`, `${relative}/index.astro`, `${relative}.ts`]
  return candidates.find((c) => {
    try {
      readFileSync(path.join(PAGES, c))
      return true
    } catch {
      return false
    }
  }) ?? null
}

describe('the page tree', () => {
  it('has a page for every route', () => {
    for (const name of NAMES) {
      expect(pageFile(ROUTES[name].sv), `${name}: ${ROUTES[name].sv}`).not.toBeNull()
      if ('ownEnglishPage' in ROUTES[name]) expect(pageFile(ROUTES[name].en), `${name}: ${ROUTES[name].en}`).not.toBeNull()
    }
  })

  it('keeps English page files only where the content differs; the rest are served by the Swedish pages', () => {
    const english = readdirSync(path.join(PAGES, 'en'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(PAGES, path.join(entry.parentPath, entry.name)))
      .sort()
    const own = NAMES.filter((name) => 'ownEnglishPage' in ROUTES[name]).map((name) => pageFile(ROUTES[name].en)).sort()
    expect(english).toEqual(own)
  })
})

/** Every source file of the site and the CMS, but for the route table itself and generated code. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return ['.next', 'migrations', 'node_modules'].includes(entry.name) ? [] : sources(full)
    return /\.(ts|tsx|astro|mjs)$/.test(entry.name) && !entry.name.endsWith('payload-types.ts') ? [full] : []
  })
}

const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1').replace(/<!--[\s\S]*?-->/g, '')

describe('the route table is the only writer of site addresses', () => {
  it('finds no site path written by hand in site/ or cms/', () => {
    // Each route's literal beginning, up to its first parameter: '/hubbar', '/en/hubs', '/api/search'.
    const heads = new Set(NAMES.flatMap((n) => [ROUTES[n].sv, ROUTES[n].en]).map((p) => p.split(/[:*]/)[0].replace(/(.)\/$/, '$1')).filter((p) => p !== '/'))
    const handWritten = new RegExp(`['"\`](?:${[...heads].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?=[/'"\`?#.]|$)`)
    const offenders = [...sources(path.join(ROOT, 'site')), ...sources(path.join(ROOT, 'cms'))]
      .filter((file) => !file.endsWith(path.join('cms', 'domain', 'routes.ts')))
      .flatMap((file) =>
        withoutComments(readFileSync(file, 'utf8'))
          .split('\n')
          .filter((line) => handWritten.test(line))
          .map((line) => `${path.relative(ROOT, file)}: ${line.trim()}`),
      )
    expect(offenders).toEqual([])
  })
})
