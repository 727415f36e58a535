import { defineText } from '../../lib/text.ts'

/** Interface text for the calendar links (subscribe, download) on hub, municipality and event pages. */
export const calendarText = defineText(
  {
  heading: 'Kalender',
  subscribe: 'Prenumerera på kalendern',
  download: 'Ladda ner kalenderfilen (.ics)',
  help: 'En prenumeration håller din kalender uppdaterad när evenemang ändras eller ställs in.',
  organiser: 'Arrangörens alla evenemang i din kalender',
  subscribeShort: 'prenumerera',
  downloadShort: 'ladda ner (.ics)',
  },
  {
  heading: 'Calendar',
  subscribe: 'Subscribe to the calendar',
  download: 'Download the calendar file (.ics)',
  help: 'A subscription keeps your calendar up to date when events change or are cancelled.',
  organiser: 'All this organiser’s events in your calendar',
  subscribeShort: 'subscribe',
  downloadShort: 'download (.ics)',
  },
)
