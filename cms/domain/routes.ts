/**
 * The route table: every public address of the site, in both languages, written once.
 * Links, the language switch and `hreflang`, the sitemap and robots.txt, mail, search hits,
 * previews and feeds all come from here, and the site's middleware serves an English address
 * with its Swedish page file by reading the same table backwards (`match`). Pure.
 *
 * Patterns: `:name` stands for one path segment without a dot (a slug or a token, so
 * `/evenemang/<slug>.ics` is the event's feed, not its page); `*name` for a file name, dots
 * allowed. Slugs are shared by both languages, so only the literal parts differ.
 */
export type RouteLocale = 'sv' | 'en'

interface RouteDefinition {
  sv: string
  en: string
  /** The page has a form, so it takes POST as well as GET and HEAD. */
  form?: true
  /** Reached only by a secret link or after logging in: robots.txt keeps crawlers out. */
  hidden?: true
  /** English is served by a page file of its own, since its content differs (not by the Swedish page). */
  ownEnglishPage?: true
}

export const ROUTES = {
  home: { sv: '/', en: '/en' },
  hubs: { sv: '/hubbar', en: '/en/hubs' },
  hub: { sv: '/hubbar/:slug', en: '/en/hubs/:slug' },
  hubCalendar: { sv: '/hubbar/:slug/kalender.ics', en: '/en/hubs/:slug/calendar.ics' },
  /** A hub's contact form: mails its community managers, whose addresses the page never shows. */
  hubContact: { sv: '/hubbar/:slug/kontakt', en: '/en/hubs/:slug/contact', form: true, hidden: true },
  events: { sv: '/evenemang', en: '/en/events' },
  event: { sv: '/evenemang/:slug', en: '/en/events/:slug', form: true },
  eventCalendar: { sv: '/evenemang/:slug.ics', en: '/en/events/:slug.ics' },
  calendar: { sv: '/kalender.ics', en: '/en/calendar.ics' },
  municipality: { sv: '/kommuner/:slug', en: '/en/municipalities/:slug' },
  municipalityCalendar: { sv: '/kommuner/:slug/kalender.ics', en: '/en/municipalities/:slug/calendar.ics' },
  organiserCalendar: { sv: '/arrangorer/:slug/kalender.ics', en: '/en/organisers/:slug/calendar.ics' },
  search: { sv: '/sok', en: '/en/search' },
  accessibility: { sv: '/tillganglighet', en: '/en/accessibility', form: true, ownEnglishPage: true },
  privacy: { sv: '/integritet', en: '/en/privacy', ownEnglishPage: true },
  openData: { sv: '/oppna-data', en: '/en/open-data' },
  registration: { sv: '/anmalan/:token', en: '/en/registration/:token', form: true, hidden: true },
  registrationCalendar: { sv: '/anmalan/:token/kalender.ics', en: '/en/registration/:token/calendar.ics', hidden: true },
  preview: { sv: '/forhandsvisning', en: '/en/preview', hidden: true },
  network: { sv: '/natverket', en: '/en/network' },
  join: { sv: '/natverket/anslut', en: '/en/network/join', form: true },
  /** Where an applicant confirms their e-mail address (a button that POSTs). */
  confirmApplication: { sv: '/natverket/bekrafta/:token', en: '/en/network/confirm/:token', form: true, hidden: true },
  login: { sv: '/natverket/logga-in', en: '/en/network/login', form: true },
  logout: { sv: '/natverket/logga-ut', en: '/en/network/logout', form: true },
  forgotPassword: { sv: '/natverket/glomt-losenord', en: '/en/network/forgot-password', form: true },
  /** Choosing a password from a link in mail: a new account's first, or a reset. */
  setPassword: { sv: '/natverket/losenord/:token', en: '/en/network/password/:token', form: true, hidden: true },
  /** Confirming a new e-mail address for an account, from the link mailed to it. */
  confirmEmail: { sv: '/natverket/ny-epost/:token', en: '/en/network/new-email/:token', form: true, hidden: true },
  myPage: { sv: '/natverket/mina-sidor', en: '/en/network/my-page', form: true, hidden: true },
  myData: { sv: '/natverket/mina-sidor/data.json', en: '/en/network/my-page/data.json', hidden: true },
  /** A person's own calendar feed, at a secret address (calendar apps send no cookies). */
  personalCalendar: { sv: '/natverket/kalender/:token.ics', en: '/en/network/calendar/:token.ics', hidden: true },
  council: { sv: '/innovationsradet', en: '/en/innovation-council' },
  councilApply: { sv: '/innovationsradet/ansok', en: '/en/innovation-council/apply', form: true },
  /** A council member's meeting feed, signed with their calendar token. */
  councilCalendar: { sv: '/innovationsradet/kalender/:key.ics', en: '/en/innovation-council/calendar/:key.ics', hidden: true },
  /** Open data is published once, for both languages. */
  hubsGeoJson: { sv: '/oppna-data/hubbar.geojson', en: '/oppna-data/hubbar.geojson' },
  /** The site's own address for an uploaded file, never the CMS's. */
  media: { sv: '/media/*file', en: '/media/*file' },
  searchApi: { sv: '/api/search', en: '/api/search' },
} as const satisfies Record<string, RouteDefinition>

export type RouteName = keyof typeof ROUTES

/** The parameter names in a pattern: `/hubbar/:slug/kalender.ics` → 'slug'. */
type ParamNames<P extends string> = P extends `${string}${':' | '*'}${infer Rest}`
  ? Rest extends `${infer Name}/${infer Tail}`
    ? Name | ParamNames<`/${Tail}`>
    : Rest extends `${infer Name}.${string}`
      ? Name
      : Rest
  : never

export type RouteParams<N extends RouteName> = Record<ParamNames<(typeof ROUTES)[N]['sv']>, string | number>
type PathArgs<N extends RouteName> = [ParamNames<(typeof ROUTES)[N]['sv']>] extends [never]
  ? [locale: RouteLocale]
  : [params: RouteParams<N>, locale: RouteLocale]

const PARAM = /([:*])([a-z]+)/gi

/**
 * The address of a page: `path('hubs', 'en')`, `path('hub', { slug }, 'sv')`. Parameters are
 * percent-encoded.
 */
export function path<N extends RouteName>(name: N, ...args: PathArgs<N>): string {
  const [params, locale] = (args.length === 1 ? [{}, args[0]] : args) as [Record<string, string | number>, RouteLocale]
  const pattern: string = ROUTES[name][locale]
  return pattern.replace(PARAM, (_, __, key: string) => {
    const value = params[key]
    if (value === undefined) throw new Error(`route ${name}: missing parameter ${key}`)
    return encodeURIComponent(String(value))
  })
}

export interface RouteMatch {
  name: RouteName
  params: Record<string, string>
  locale: RouteLocale
}

interface Compiled {
  name: RouteName
  locale: RouteLocale
  regex: RegExp
  keys: string[]
  /** Literal characters: the more of them, the more specific (`:slug.ics` before `:slug`). */
  weight: number
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function compile(name: RouteName, locale: RouteLocale, pattern: string): Compiled {
  const keys: string[] = []
  let source = ''
  let last = 0
  for (const m of pattern.matchAll(PARAM)) {
    source += escapeRegex(pattern.slice(last, m.index)) + (m[1] === '*' ? '([^/]+)' : '([^/.]+)')
    keys.push(m[2])
    last = m.index + m[0].length
  }
  source += escapeRegex(pattern.slice(last))
  return { name, locale, regex: new RegExp(`^${source}$`), keys, weight: pattern.replace(PARAM, '').length }
}

const COMPILED: Compiled[] = (Object.keys(ROUTES) as RouteName[])
  .flatMap((name) => (['sv', 'en'] as const).map((locale) => compile(name, locale, ROUTES[name][locale])))
  .sort((a, b) => b.weight - a.weight)

/**
 * The route an address belongs to, with its decoded parameters and language; null for an
 * address the table does not know. A trailing slash is ignored; query and fragment too.
 * An address that is the same in both languages (open data, media) is Swedish.
 */
export function match(pathname: string): RouteMatch | null {
  let clean = pathname.split(/[?#]/)[0] || '/'
  if (clean.length > 1) clean = clean.replace(/\/+$/, '') || '/'
  for (const route of COMPILED) {
    const found = route.regex.exec(clean)
    if (!found) continue
    const params: Record<string, string> = {}
    try {
      route.keys.forEach((key, i) => (params[key] = decodeURIComponent(found[i + 1])))
    } catch {
      return null
    }
    return { name: route.name, params, locale: route.locale }
  }
  return null
}

/** The address of a matched route in a language (its parameters checked when it was matched). */
export const pathOf = (found: RouteMatch, locale: RouteLocale): string =>
  (path as (name: RouteName, params: Record<string, string>, locale: RouteLocale) => string)(found.name, found.params, locale)

/** The same page in another language; null when the address is not in the table. */
export function translate(pathname: string, locale: RouteLocale): string | null {
  const found = match(pathname)
  return found && pathOf(found, locale)
}

/** Whether a route's page has a form (takes POST). */
export const takesForm = (name: RouteName): boolean => 'form' in ROUTES[name]

/**
 * robots.txt's Disallow lines: the hidden routes in table order, each cut at its first
 * parameter, leaving out those an earlier line already covers.
 */
export function hiddenPrefixes(): string[] {
  const prefixes: string[] = []
  for (const name of Object.keys(ROUTES) as RouteName[]) {
    const route: RouteDefinition = ROUTES[name]
    if (!route.hidden) continue
    for (const locale of ['sv', 'en'] as const) {
      const pattern = route[locale]
      const cut = pattern.search(/[:*]/)
      // A parameter mid-path (`/hubbar/:slug/kontakt`): cutting there would hide every hub, so
      // the line keeps the rest with robots.txt's `*` wildcard (RFC 9309).
      const prefix = cut === -1 ? pattern : pattern.slice(cut).includes('/') ? pattern.replace(PARAM, '*') : pattern.slice(0, cut)
      if (!prefixes.some((p) => prefix.startsWith(p))) prefixes.push(prefix)
    }
  }
  return prefixes
}
