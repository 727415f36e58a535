/**
 * The shared interface text of one language in the shape the components read it
 * (`t.hubs.title`, `t.free`): the feature dictionaries put together. Each feature's text,
 * Swedish and English, lives in its own module.
 */
import { calendarText } from '../features/calendar/calendarText.ts'
import { errorPageText } from './errorPageText.ts'
import { eventsText } from '../features/events/eventsText.ts'
import { homeText } from '../features/home/homeText.ts'
import { hubsText } from '../features/hubs/hubsText.ts'
import { hubText } from '../features/hubs/hubText.ts'
import type { Locale } from './i18n.ts'
import { layoutText } from './layoutText.ts'
import { municipalityText } from '../features/municipalities/municipalityText.ts'
import { openDataText } from '../features/openData/openDataText.ts'

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
