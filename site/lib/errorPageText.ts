import { defineText } from './text.ts'

/** Interface text for the pages for "not found" and "something went wrong". */
export const errorPageText = defineText(
  {
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
  },
  {
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
  },
)
