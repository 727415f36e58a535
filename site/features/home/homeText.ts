import { defineText } from '../../lib/text.ts'

/** Interface text for the home page. */
export const homeText = defineText(
  {
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
  {
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
)
