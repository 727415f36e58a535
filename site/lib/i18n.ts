/**
 * The site's two languages: the locale helpers and the mapping between Swedish paths and
 * their English counterparts under /en. Pure, so it is unit tested without a server. The
 * interface text is in one dictionary per feature (`*Text.ts`, see text.ts); `dictionary`
 * puts the shared ones together.
 */
import { path as route, translate } from '../../cms/domain/routes.ts'
export const LOCALES = ['sv', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'sv'

export const isLocale = (value: unknown): value is Locale => value === 'sv' || value === 'en'
export const otherLocale = (locale: Locale): Locale => (locale === 'sv' ? 'en' : 'sv')

/** BCP 47 tags for Intl formatting. */
export const INTL_LOCALE: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' }

/** The same page in `target`; an address the route table does not know maps to the other language's home page. */
export function localizePath(path: string, target: Locale): string {
  const clean = (path.split(/[?#]/)[0] || '/').replace(/(.)\/+$/, '$1')
  if (localeOfPath(clean) === target) return clean
  return translate(clean, target) ?? route('home', target)
}

export const alternatePath = (path: string): string => localizePath(path, otherLocale(localeOfPath(path)))

/**
 * The address of the page being rendered as the visitor asked for it. An English address is
 * served by the Swedish page file (see the middleware), so Astro's own URL is the Swedish one.
 */
export function pagePath(pathname: string, locale: Locale): string {
  const clean = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  return locale === 'en' ? (translate(clean, 'en') ?? clean) : clean
}

/** The language a path belongs to: everything under /en is English. */
export function localeOfPath(path: string): Locale {
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path
  const english = route('home', 'en')
  return clean === english || clean.startsWith(english + '/') ? 'en' : 'sv'
}

/** Paths to the site's pages in a given language, from the route table. */
export const paths = {
  home: (locale: Locale) => route('home', locale),
  hubs: (locale: Locale) => route('hubs', locale),
  hub: (locale: Locale, slug: string) => route('hub', { slug }, locale),
  events: (locale: Locale) => route('events', locale),
  event: (locale: Locale, slug: string) => route('event', { slug }, locale),
  municipality: (locale: Locale, slug: string) => route('municipality', { slug }, locale),
  eventCalendar: (locale: Locale, slug: string) => route('eventCalendar', { slug }, locale),
  calendar: (locale: Locale) => route('calendar', locale),
  hubCalendar: (locale: Locale, slug: string) => route('hubCalendar', { slug }, locale),
  hubContact: (locale: Locale, slug: string) => route('hubContact', { slug }, locale),
  municipalityCalendar: (locale: Locale, slug: string) => route('municipalityCalendar', { slug }, locale),
  organiserCalendar: (locale: Locale, slug: string) => route('organiserCalendar', { slug }, locale),
  accessibility: (locale: Locale) => route('accessibility', locale),
  privacy: (locale: Locale) => route('privacy', locale),
  registration: (locale: Locale, token: string) => route('registration', { token }, locale),
  personalCalendar: (locale: Locale, token: string) => route('registrationCalendar', { token }, locale),
  openData: (locale: Locale) => route('openData', locale),
  hubsGeoJson: () => route('hubsGeoJson', 'sv'),
}

export { dictionary, type Dictionary } from './dictionary.ts'

/** A label from one of the CMS vocabularies ({ sv, en } per key), falling back to the key. */
export function vocabularyLabel<K extends string>(
  vocabulary: Record<K, { sv: string; en: string }>,
  key: string | null | undefined,
  locale: Locale,
): string {
  if (!key) return ''
  return (vocabulary as Record<string, { sv: string; en: string }>)[key]?.[locale] ?? key
}
