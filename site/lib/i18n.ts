/**
 * The site's two languages: shared interface text and the mapping between Swedish paths
 * and their English counterparts under /en. Pure, so it is unit tested without a server.
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
  municipalityCalendar: (locale: Locale, slug: string) => route('municipalityCalendar', { slug }, locale),
  organiserCalendar: (locale: Locale, slug: string) => route('organiserCalendar', { slug }, locale),
  accessibility: (locale: Locale) => route('accessibility', locale),
  privacy: (locale: Locale) => route('privacy', locale),
  registration: (locale: Locale, token: string) => route('registration', { token }, locale),
  personalCalendar: (locale: Locale, token: string) => route('registrationCalendar', { token }, locale),
  openData: (locale: Locale) => route('openData', locale),
  hubsGeoJson: () => route('hubsGeoJson', 'sv'),
}

const sv = {
  siteName: 'Co-working Region',
  siteTagline: 'Arbetsplatser och mötesplatser i Jämtlands län',
  skipToContent: 'Hoppa till huvudinnehållet',
  mainNav: 'Huvudmeny',
  breadcrumbs: 'Du är här',
  nav: { home: 'Start', hubs: 'Hubbar', events: 'Evenemang' },
  languageSwitch: { label: 'Språk', other: 'English', otherLang: 'en' },
  footer: {
    label: 'Om webbplatsen',
    accessibility: 'Tillgänglighetsredogörelse',
    privacy: 'Personuppgifter och integritet',
    openData: 'Öppna data',
    about: 'Co-working Region är nätverket av arbetshubbar i Jämtlands län, samordnat av Region Jämtland Härjedalen.',
  },
  home: {
    title: 'Co-working Region – arbeta nära hemma i Jämtlands län',
    lead:
      'Co-working Region är ett nätverk av arbetshubbar i varje kommun i Jämtlands län. Här kan du som bor i länet, eller flyttar hit, arbeta nära hemmet i stället för att pendla.',
    points: [
      'Varje hubb drivs av en community manager som tar emot nya besökare och håller ordning på platsen.',
      'Hubbarna är också mötesplatser där statliga myndigheter, regionen och kommunerna arbetar tillsammans med frågor som ingen av dem löser ensam.',
      'Myndigheterna i länets myndighetsnätverk kan söka plats i det regionala innovationsrådet.',
    ],
    hubsHeading: 'Hubbar',
    allHubs: 'Alla hubbar',
    eventsHeading: 'Kommande evenemang',
    allEvents: 'Alla evenemang',
    municipalitiesHeading: 'Kommuner',
    numbersHeading: 'Nätverket i siffror',
    numbers: {
      hubs: 'arbetshubbar',
      municipalities: (covered: number, all: number) => `av länets ${all} kommuner har en hubb`,
      events: 'evenemang den här månaden',
    },
  },
  hubs: {
    title: 'Hubbar',
    intro: 'Arbetshubbar i Jämtlands län där du kan hyra en arbetsplats för en dag eller längre.',
    none: 'Det finns inga publicerade hubbar ännu.',
    municipality: 'Kommun',
    desks: 'Arbetsplatser',
    dayPass: 'Dagskort',
    amenities: 'Faciliteter',
    demo: 'Exempelinnehåll – uppgifterna är inte verifierade.',
    filters: 'Filtrera hubbar',
    allMunicipalities: 'Alla kommuner',
    amenitiesLegend: 'Faciliteter (alla valda måste finnas)',
    openNow: 'Öppet nu',
    near: 'Nära en plats',
    nearHint: 'En ort eller kommun i länet, eller koordinater (latitud, longitud), till exempel Funäsdalen eller 63.18, 14.64. Hubbarna sorteras då efter avstånd.',
    submit: 'Visa hubbar',
    clear: 'Rensa filtren',
    count: (n: number) => (n === 1 ? '1 hubb' : `${n} hubbar`),
    sortedBy: (place: string) => `Sorterade efter avstånd från ${place}, närmast först.`,
    noMatch: 'Inga hubbar matchar filtren. Ta bort något filter och försök igen.',
    ignoredHeading: 'En del av sökningen kunde inte användas',
    ignoredNote: 'Listan visas utan de delarna.',
    status: 'Just nu',
    distance: 'Avstånd',
    distanceFrom: (km: string, place: string) => `${km} km från ${place}`,
  },
  hub: {
    about: 'Om hubben',
    amenities: 'Faciliteter',
    noAmenities: 'Inga faciliteter angivna.',
    openingHours: 'Öppettider',
    openingHoursCaption: 'Ordinarie öppettider per veckodag',
    day: 'Dag',
    hours: 'Öppet',
    closed: 'Stängt',
    noOpeningHours: 'Öppettiderna är inte angivna. Kontakta hubben.',
    exceptions: 'Avvikande dagar',
    dayPass: 'Dagskort och bokning',
    price: 'Pris',
    howToBook: 'Så bokar du',
    bookingLink: 'Boka en plats',
    onboarding: 'Din första dag',
    contact: 'Kontakt',
    keys: 'Nycklar och passerkort',
    alarm: 'Larm',
    houseRules: 'Husregler',
    managers: 'Community managers',
    location: 'Hitta hit',
    address: 'Adress',
    coordinates: 'Koordinater (WGS 84)',
    mapLink: 'Visa på OpenStreetMap (extern webbplats)',
    transit: 'Kollektivtrafik',
    website: 'Hubbens webbplats',
    events: 'Kommande evenemang på hubben',
    desks: 'Arbetsplatser',
    email: 'E-post',
    phone: 'Telefon',
    today: 'i dag',
    date: 'Datum',
    note: 'Anmärkning',
    weekCaption: 'Öppettider de kommande sju dagarna, med avvikande dagar',
    regularHours: 'Ordinarie öppettider',
    nearby: 'Andra hubbar i närheten',
    distanceAway: (km: string) => `${km} km bort`,
  },
  events: {
    title: 'Evenemang',
    intro: 'Kommande öppna evenemang på hubbarna och i nätverket. Tiderna anges i svensk tid.',
    none: 'Det finns inga kommande evenemang just nu.',
    cancelled: 'Inställt',
    cancelledNotice: 'Evenemanget är inställt.',
    past: 'Evenemanget har redan ägt rum.',
    when: 'När',
    where: 'Var',
    online: 'Online',
    onlineLink: 'Länk till mötet',
    organiser: 'Arrangör',
    type: 'Typ',
    audience: 'Målgrupp',
    capacity: 'Antal platser',
    registration: 'Anmälan',
    registrationRequired: 'Anmälan krävs',
    registrationNotRequired: 'Ingen anmälan behövs',
    price: 'Pris',
    details: 'Om evenemanget',
    addToCalendar: 'Lägg till i din kalender (.ics)',
  },
  calendar: {
    heading: 'Kalender',
    subscribe: 'Prenumerera på kalendern',
    download: 'Ladda ner kalenderfilen (.ics)',
    help: 'En prenumeration håller din kalender uppdaterad när evenemang ändras eller ställs in.',
    organiser: 'Arrangörens alla evenemang i din kalender',
    subscribeShort: 'prenumerera',
    downloadShort: 'ladda ner (.ics)',
  },
  municipality: {
    seat: 'Centralort',
    roadKm: 'Vägavstånd till Östersund',
    km: 'km',
    approx: 'ungefär',
    hubs: 'Hubbar i kommunen',
    noHubs: 'Det finns inga publicerade hubbar i kommunen ännu.',
    events: 'Kommande evenemang i kommunen',
    commuters: 'Pendling till Östersund',
    commutersCaption: 'Offentliganställda som bor i kommunen och arbetar i Östersund, 2018',
    commutersNote: 'Källa: regionens rapporter om nätverksbaserat arbete.',
    commutersMissing: 'Uppgifter om pendling saknas.',
    chartTitle: (name: string) => `Offentliganställda som bor i ${name} och arbetar i Östersund 2018, per arbetsgivare`,
    chartTableNote: 'Samma siffror finns i tabellen.',
    homeMunicipality: 'Bostadskommun',
    employer: 'Arbetsgivare',
    region: 'Regionen',
    municipal: 'Kommunerna',
    state: 'Staten',
    total: 'Totalt',
  },
  openData: {
    title: 'Öppna data',
    lead: 'Alla publicerade hubbar finns som en öppen datamängd som vem som helst får hämta, använda och dela vidare.',
    datasetHeading: 'Hubbarna som GeoJSON',
    download: 'Hämta hubbar.geojson',
    format:
      'Formatet är GeoJSON enligt RFC 7946 (mediatyp application/geo+json). Varje hubb är en punkt med koordinaterna i WGS 84, longitud före latitud.',
    fieldsHeading: 'Fält för varje hubb',
    fields: [
      ['name', 'hubbens namn'],
      ['slug', 'kort namn som används i adressen'],
      ['url', 'hubbens sida på den här webbplatsen'],
      ['municipality', 'kommunen'],
      ['locality', 'orten'],
      ['address', 'besöksadressen på en rad'],
      ['amenities', 'faciliteter, som koder (till exempel wifi, quiet-room)'],
      ['desks', 'antal arbetsplatser'],
      ['dayPassPriceSek', 'pris för ett dagskort i kronor, 0 betyder gratis'],
    ] as Array<[string, string]>,
    updates: 'Filen skapas från webbplatsens publicerade innehåll vid varje hämtning, så den är alltid aktuell.',
    licenceHeading: 'Licens',
    licence:
      'Webbplatsen har valt att ge ut datamängden under CC0 1.0 (ingen upphovsrätt förbehållen): du får använda den fritt, också kommersiellt, utan att ange källa. Vi uppskattar ändå om du nämner Co-working Region.',
    demoNote: 'Just nu innehåller datamängden exempeluppgifter (demo) om öppettider, priser och utrustning som inte är verifierade.',
  },
  notFound: {
    title: 'Sidan finns inte',
    body: 'Vi hittar inte sidan du söker. Den kan ha flyttats eller tagits bort, eller så är adressen felskriven.',
    home: 'Gå till startsidan',
    hubs: 'Se alla hubbar',
    events: 'Se alla evenemang',
  },
  serverError: {
    title: 'Något gick fel',
    body: 'Sidan kunde inte visas just nu. Försök igen om en stund.',
    home: 'Gå till startsidan',
  },
  free: 'Gratis',
  yes: 'Ja',
  no: 'Nej',
  weekdays: { mon: 'Måndag', tue: 'Tisdag', wed: 'Onsdag', thu: 'Torsdag', fri: 'Fredag', sat: 'Lördag', sun: 'Söndag' },
}

export type Dictionary = typeof sv

const en: Dictionary = {
  siteName: 'Co-working Region',
  siteTagline: 'Workplaces and meeting places in Jämtland County',
  skipToContent: 'Skip to main content',
  mainNav: 'Main menu',
  breadcrumbs: 'You are here',
  nav: { home: 'Home', hubs: 'Hubs', events: 'Events' },
  languageSwitch: { label: 'Language', other: 'Svenska', otherLang: 'sv' },
  footer: {
    label: 'About this website',
    accessibility: 'Accessibility statement',
    privacy: 'Personal data and privacy',
    openData: 'Open data',
    about: 'Co-working Region is the network of co-working hubs in Jämtland County, coordinated by Region Jämtland Härjedalen.',
  },
  home: {
    title: 'Co-working Region – work close to home in Jämtland County',
    lead:
      'Co-working Region is a network of co-working hubs in every municipality of Jämtland County. Whether you live in the county or are moving here, you can work close to home instead of commuting.',
    points: [
      'Each hub is run by a community manager who welcomes new visitors and looks after the place.',
      'The hubs are also meeting places where state agencies, the region and the municipalities work together on problems none of them can solve alone.',
      'Agencies in the county’s authority network can apply for a seat on the regional innovation council.',
    ],
    hubsHeading: 'Hubs',
    allHubs: 'All hubs',
    eventsHeading: 'Upcoming events',
    allEvents: 'All events',
    municipalitiesHeading: 'Municipalities',
    numbersHeading: 'The network in numbers',
    numbers: {
      hubs: 'co-working hubs',
      municipalities: (covered: number, all: number) => `of the county’s ${all} municipalities have a hub`,
      events: 'events this month',
    },
  },
  hubs: {
    title: 'Hubs',
    intro: 'Co-working hubs in Jämtland County where you can rent a desk for a day or longer.',
    none: 'There are no published hubs yet.',
    municipality: 'Municipality',
    desks: 'Desks',
    dayPass: 'Day pass',
    amenities: 'Amenities',
    demo: 'Demo content – the details have not been verified.',
    filters: 'Filter hubs',
    allMunicipalities: 'All municipalities',
    amenitiesLegend: 'Amenities (all selected must be available)',
    openNow: 'Open now',
    near: 'Near a place',
    nearHint: 'A locality or municipality in the county, or coordinates (latitude, longitude), for example Funäsdalen or 63.18, 14.64. The hubs are then sorted by distance.',
    submit: 'Show hubs',
    clear: 'Clear the filters',
    count: (n: number) => (n === 1 ? '1 hub' : `${n} hubs`),
    sortedBy: (place: string) => `Sorted by distance from ${place}, nearest first.`,
    noMatch: 'No hubs match the filters. Remove a filter and try again.',
    ignoredHeading: 'Part of your search could not be used',
    ignoredNote: 'The list is shown without those parts.',
    status: 'Right now',
    distance: 'Distance',
    distanceFrom: (km: string, place: string) => `${km} km from ${place}`,
  },
  hub: {
    about: 'About the hub',
    amenities: 'Amenities',
    noAmenities: 'No amenities listed.',
    openingHours: 'Opening hours',
    openingHoursCaption: 'Regular opening hours by weekday',
    day: 'Day',
    hours: 'Open',
    closed: 'Closed',
    noOpeningHours: 'Opening hours have not been given. Please contact the hub.',
    exceptions: 'Exceptions',
    dayPass: 'Day pass and booking',
    price: 'Price',
    howToBook: 'How to book',
    bookingLink: 'Book a desk',
    onboarding: 'Your first day',
    contact: 'Contact',
    keys: 'Keys and access cards',
    alarm: 'Alarm',
    houseRules: 'House rules',
    managers: 'Community managers',
    location: 'Getting here',
    address: 'Address',
    coordinates: 'Coordinates (WGS 84)',
    mapLink: 'Show on OpenStreetMap (external website)',
    transit: 'Public transport',
    website: 'The hub’s website',
    events: 'Upcoming events at the hub',
    desks: 'Desks',
    email: 'E-mail',
    phone: 'Phone',
    today: 'today',
    date: 'Date',
    note: 'Note',
    weekCaption: 'Opening hours for the next seven days, with exceptions',
    regularHours: 'Regular opening hours',
    nearby: 'Other hubs nearby',
    distanceAway: (km: string) => `${km} km away`,
  },
  events: {
    title: 'Events',
    intro: 'Upcoming open events at the hubs and in the network. Times are Swedish time.',
    none: 'There are no upcoming events right now.',
    cancelled: 'Cancelled',
    cancelledNotice: 'This event has been cancelled.',
    past: 'This event has already taken place.',
    when: 'When',
    where: 'Where',
    online: 'Online',
    onlineLink: 'Link to the meeting',
    organiser: 'Organiser',
    type: 'Type',
    audience: 'Audience',
    capacity: 'Places',
    registration: 'Registration',
    registrationRequired: 'Registration required',
    registrationNotRequired: 'No registration needed',
    price: 'Price',
    details: 'About the event',
    addToCalendar: 'Add to your calendar (.ics)',
  },
  calendar: {
    heading: 'Calendar',
    subscribe: 'Subscribe to the calendar',
    download: 'Download the calendar file (.ics)',
    help: 'A subscription keeps your calendar up to date when events change or are cancelled.',
    organiser: 'All this organiser’s events in your calendar',
    subscribeShort: 'subscribe',
    downloadShort: 'download (.ics)',
  },
  municipality: {
    seat: 'Seat',
    roadKm: 'Road distance to Östersund',
    km: 'km',
    approx: 'approximately',
    hubs: 'Hubs in the municipality',
    noHubs: 'There are no published hubs in the municipality yet.',
    events: 'Upcoming events in the municipality',
    commuters: 'Commuting to Östersund',
    commutersCaption: 'Public-sector employees living in the municipality and working in Östersund, 2018',
    commutersNote: 'Source: the region’s reports on network-based work.',
    commutersMissing: 'No commuting figures are available.',
    chartTitle: (name: string) => `Public-sector employees living in ${name} and working in Östersund in 2018, by employer`,
    chartTableNote: 'The same figures are in the table.',
    homeMunicipality: 'Home municipality',
    employer: 'Employer',
    region: 'Region',
    municipal: 'Municipalities',
    state: 'State',
    total: 'Total',
  },
  openData: {
    title: 'Open data',
    lead: 'All published hubs are available as an open dataset that anyone may download, use and share.',
    datasetHeading: 'The hubs as GeoJSON',
    download: 'Download hubbar.geojson',
    format:
      'The format is GeoJSON as in RFC 7946 (media type application/geo+json). Each hub is a point with WGS 84 coordinates, longitude before latitude.',
    fieldsHeading: 'Fields for each hub',
    fields: [
      ['name', 'the hub’s name'],
      ['slug', 'short name used in the address'],
      ['url', 'the hub’s page on this website (in Swedish)'],
      ['municipality', 'the municipality'],
      ['locality', 'the locality'],
      ['address', 'the visiting address on one line'],
      ['amenities', 'amenities, as codes (for example wifi, quiet-room)'],
      ['desks', 'number of desks'],
      ['dayPassPriceSek', 'price of a day pass in Swedish kronor, 0 means free'],
    ] as Array<[string, string]>,
    updates: 'The file is built from the website’s published content on every download, so it is always current.',
    licenceHeading: 'Licence',
    licence:
      'This website has chosen to publish the dataset under CC0 1.0 (no rights reserved): you may use it freely, commercially too, without attribution. We still appreciate a mention of Co-working Region.',
    demoNote: 'For now the dataset contains example (demo) opening hours, prices and equipment that have not been verified.',
  },
  notFound: {
    title: 'Page not found',
    body: 'We cannot find the page you are looking for. It may have been moved or removed, or the address may be mistyped.',
    home: 'Go to the home page',
    hubs: 'See all hubs',
    events: 'See all events',
  },
  serverError: {
    title: 'Something went wrong',
    body: 'The page cannot be shown right now. Please try again in a moment.',
    home: 'Go to the home page',
  },
  free: 'Free',
  yes: 'Yes',
  no: 'No',
  weekdays: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' },
}

const DICTIONARIES: Record<Locale, Dictionary> = { sv, en }

export const dictionary = (locale: Locale): Dictionary => DICTIONARIES[locale]

/** A label from one of the CMS vocabularies ({ sv, en } per key), falling back to the key. */
export function vocabularyLabel<K extends string>(
  vocabulary: Record<K, { sv: string; en: string }>,
  key: string | null | undefined,
  locale: Locale,
): string {
  if (!key) return ''
  return (vocabulary as Record<string, { sv: string; en: string }>)[key]?.[locale] ?? key
}
