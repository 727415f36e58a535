import { describe, expect, it } from 'vitest'
import { alternatePath, dictionary, localeOfPath, localizePath, paths, vocabularyLabel } from '../../../site/lib/i18n.ts'
import { EVENT_TYPES } from '../../../cms/domain/eventVocabulary.ts'

describe('localeOfPath', () => {
  it('treats everything under /en as English', () => {
    expect(localeOfPath('/en')).toBe('en')
    expect(localeOfPath('/en/hubs/fjallhubben')).toBe('en')
  })

  it('treats every other path as Swedish, including ones that merely start with "en"', () => {
    expect(localeOfPath('/')).toBe('sv')
    expect(localeOfPath('/hubbar')).toBe('sv')
    expect(localeOfPath('/enkat')).toBe('sv')
  })
})

describe('localizePath', () => {
  it('maps the Swedish sections to their English counterparts, keeping the slug', () => {
    expect(localizePath('/hubbar', 'en')).toBe('/en/hubs')
    expect(localizePath('/hubbar/fjallhubben', 'en')).toBe('/en/hubs/fjallhubben')
    expect(localizePath('/evenemang/fika-i-stugun', 'en')).toBe('/en/events/fika-i-stugun')
    expect(localizePath('/kommuner/are', 'en')).toBe('/en/municipalities/are')
  })

  it('maps the English sections back to Swedish', () => {
    expect(localizePath('/en/hubs/as-torsta', 'sv')).toBe('/hubbar/as-torsta')
    expect(localizePath('/en/events', 'sv')).toBe('/evenemang')
    expect(localizePath('/en/municipalities/ostersund', 'sv')).toBe('/kommuner/ostersund')
    expect(localizePath('/en/privacy', 'sv')).toBe('/integritet')
    expect(localizePath('/en/accessibility', 'sv')).toBe('/tillganglighet')
  })

  it('maps the home pages to each other', () => {
    expect(localizePath('/', 'en')).toBe('/en')
    expect(localizePath('/en', 'sv')).toBe('/')
  })

  it('takes the longest matching section, so the join page is not mistaken for the network page', () => {
    expect(localizePath('/natverket/anslut', 'en')).toBe('/en/network/join')
    expect(localizePath('/natverket', 'en')).toBe('/en/network')
  })

  it('matches whole path segments only', () => {
    expect(localizePath('/hubbarna', 'en')).toBe('/en')
  })

  it('ignores a trailing slash, query and fragment', () => {
    expect(localizePath('/hubbar/', 'en')).toBe('/en/hubs')
    expect(localizePath('/evenemang?sida=2#lista', 'en')).toBe('/en/events')
  })

  it('leaves a path already in the target language as it is', () => {
    expect(localizePath('/en/hubs', 'en')).toBe('/en/hubs')
  })

  it('sends a page without a counterpart to the other language’s home page', () => {
    expect(localizePath('/okand-sida', 'en')).toBe('/en')
    expect(localizePath('/en/unknown', 'sv')).toBe('/')
  })
})

describe('alternatePath', () => {
  it('gives the same page in the other language', () => {
    expect(alternatePath('/hubbar/fjallhubben')).toBe('/en/hubs/fjallhubben')
    expect(alternatePath('/en/hubs/fjallhubben')).toBe('/hubbar/fjallhubben')
  })
})

describe('paths', () => {
  it('builds each page’s path in both languages', () => {
    expect(paths.hub('sv', 'house-be')).toBe('/hubbar/house-be')
    expect(paths.hub('en', 'house-be')).toBe('/en/hubs/house-be')
    expect(paths.event('en', 'fika')).toBe('/en/events/fika')
    expect(paths.municipality('sv', 'berg')).toBe('/kommuner/berg')
  })

  it('agrees with localizePath for every section', () => {
    const pages = ['home', 'hubs', 'events', 'accessibility', 'privacy', 'openData'] as const
    for (const page of pages) expect(localizePath(paths[page]('sv'), 'en')).toBe(paths[page]('en'))
    expect(localizePath(paths.municipality('sv', 'are'), 'en')).toBe(paths.municipality('en', 'are'))
  })

  it('builds the calendar feeds’ paths from the public contract, with English aliases', () => {
    expect(paths.calendar('sv')).toBe('/kalender.ics')
    expect(paths.hubCalendar('sv', 'fjallhubben')).toBe('/hubbar/fjallhubben/kalender.ics')
    expect(paths.municipalityCalendar('sv', 'are')).toBe('/kommuner/are/kalender.ics')
    expect(paths.eventCalendar('sv', 'fika')).toBe('/evenemang/fika.ics')
    expect(paths.calendar('en')).toBe('/en/calendar.ics')
    expect(paths.hubCalendar('en', 'fjallhubben')).toBe('/en/hubs/fjallhubben/calendar.ics')
    expect(paths.municipalityCalendar('en', 'are')).toBe('/en/municipalities/are/calendar.ics')
    expect(paths.eventCalendar('en', 'fika')).toBe('/en/events/fika.ics')
  })
})

describe('dictionary', () => {
  it('has the same keys in Swedish and English', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value).flatMap(([key, child]) => keys(child, `${prefix}${key}.`))
        : [prefix]
    expect(keys(dictionary('en'))).toEqual(keys(dictionary('sv')))
  })
})

describe('vocabularyLabel', () => {
  it('labels a CMS vocabulary key in the given language', () => {
    expect(vocabularyLabel(EVENT_TYPES, 'open-house', 'sv')).toBe('Öppet hus')
    expect(vocabularyLabel(EVENT_TYPES, 'open-house', 'en')).toBe('Open house')
  })

  it('falls back to the key for an unknown value and to nothing for no value', () => {
    expect(vocabularyLabel(EVENT_TYPES, 'hackathon', 'sv')).toBe('hackathon')
    expect(vocabularyLabel(EVENT_TYPES, null, 'sv')).toBe('')
  })
})
