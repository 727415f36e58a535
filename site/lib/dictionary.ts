/**
 * The shared interface text of one language in the shape the components read it
 * (`t.hubs.title`, `t.free`): the feature dictionaries put together. Each feature's text,
 * Swedish and English, lives in its own module.
 */
import { calendarText } from './calendarText.ts'
import { errorPageText } from './errorPageText.ts'
import { eventsText } from './eventsText.ts'
import { homeText } from './homeText.ts'
import { hubsText } from './hubsText.ts'
import { hubText } from './hubText.ts'
import type { Locale } from './i18n.ts'
import { layoutText } from './layoutText.ts'
import { municipalityText } from './municipalityText.ts'
import { openDataText } from './openDataText.ts'

const compose = /*#__NO_SIDE_EFFECTS__*/ (locale: Locale) => ({
  ...layoutText(locale),
  home: homeText(locale),
  hubs: hubsText(locale),
  hub: hubText(locale),
  events: eventsText(locale),
  calendar: calendarText(locale),
  municipality: municipalityText(locale),
  openData: openDataText(locale),
  ...errorPageText(locale),
})

export type Dictionary = ReturnType<typeof compose>

const DICTIONARIES: Record<Locale, Dictionary> = { sv: compose('sv'), en: compose('en') }

export const dictionary = (locale: Locale): Dictionary => DICTIONARIES[locale]
