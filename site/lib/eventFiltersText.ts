import type { Locale } from './i18n.ts'

const TEXT = {
  sv: {
    legend: 'Filtrera evenemang',
    municipality: 'Kommun',
    anyMunicipality: 'Alla kommuner',
    hub: 'Hubb',
    anyHub: 'Alla hubbar',
    type: 'Typ',
    anyType: 'Alla typer',
    from: 'Från och med (ÅÅÅÅ-MM-DD)',
    to: 'Till och med (ÅÅÅÅ-MM-DD)',
    submit: 'Visa',
    reset: 'Rensa filter',
    ignored: 'Delar av filtret kunde inte användas:',
    upcomingHeading: (n: number) => (n === 1 ? '1 kommande evenemang' : `${n} kommande evenemang`),
    pastHeading: (n: number) => (n === 1 ? '1 tidigare evenemang' : `${n} tidigare evenemang`),
    showPast: 'Visa tidigare evenemang',
    showUpcoming: 'Visa kommande evenemang',
    pastNone: 'Inga tidigare evenemang matchar.',
  },
  en: {
    legend: 'Filter events',
    municipality: 'Municipality',
    anyMunicipality: 'All municipalities',
    hub: 'Hub',
    anyHub: 'All hubs',
    type: 'Type',
    anyType: 'All types',
    from: 'From (YYYY-MM-DD)',
    to: 'To (YYYY-MM-DD)',
    submit: 'Show',
    reset: 'Clear filters',
    ignored: 'Parts of the filter could not be used:',
    upcomingHeading: (n: number) => (n === 1 ? '1 upcoming event' : `${n} upcoming events`),
    pastHeading: (n: number) => (n === 1 ? '1 past event' : `${n} past events`),
    showPast: 'Show past events',
    showUpcoming: 'Show upcoming events',
    pastNone: 'No past events match.',
  },
} as const

export const eventFiltersText = (locale: Locale) => TEXT[locale]
