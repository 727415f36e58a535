import { defineText } from './text.ts'

/** Interface text for the site-wide layout: header, menu, footer, and words every page may use. */
export const layoutText = defineText(
  {
    siteName: 'Co-working Region',
    siteTagline: 'Arbetsplatser och mötesplatser i Jämtlands län',
    skipToContent: 'Hoppa till huvudinnehållet',
    mainNav: 'Huvudmeny',
    menu: 'Meny',
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
    free: 'Gratis',
    yes: 'Ja',
    no: 'Nej',
    weekdays: { mon: 'Måndag', tue: 'Tisdag', wed: 'Onsdag', thu: 'Torsdag', fri: 'Fredag', sat: 'Lördag', sun: 'Söndag' },
  },
  {
    siteName: 'Co-working Region',
    siteTagline: 'Workplaces and meeting places in Jämtland County',
    skipToContent: 'Skip to main content',
    mainNav: 'Main menu',
    menu: 'Menu',
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
    free: 'Free',
    yes: 'Yes',
    no: 'No',
    weekdays: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' },
  },
)
