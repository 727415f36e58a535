import { path } from '../../../cms/domain/routes.ts'
import type { Locale } from '../../lib/i18n.ts'
import { defineText } from '../../lib/text.ts'

/** Interface text for the authority network and innovation council pages. */
export const networkText = defineText(
  {
    navNetwork: 'Nätverket',
    navCouncil: 'Innovationsrådet',
    network: {
      title: 'Myndighetsnätverket',
      lead: 'I Jämtlands län finns omkring 33 statliga myndigheter med ungefär 4 000 anställda. I myndighetsnätverket delar de arbetsplatser, erfarenheter och frågor som ingen av dem löser ensam.',
      purposeHeading: 'Därför finns nätverket',
      purpose: [
        'Regionens rapporter visar att nätverksbaserat arbete behöver hubbar i varje kommun, så att anställda kan arbeta nära hemmet i stället för att pendla till Östersund.',
        'Nätverket är också en mötesplats där myndigheterna, regionen och kommunerna arbetar tillsammans med komplexa samhällsfrågor.',
      ],
      membersHeading: 'Myndigheter i nätverket',
      noOffice: 'Kontor inte angivet',
      noMembers: 'Inga myndigheter är publicerade ännu.',
      eventsHeading: 'Kommande öppna träffar',
      noEvents: 'Inga öppna träffar är inplanerade just nu.',
      joinHeading: 'Så ansluter din myndighet',
      join: 'En representant för myndigheten anmäler den med formuläret här på webbplatsen. Du bekräftar din e-postadress, regionen godkänner anmälan och du får ett konto där du anmäler dig och kollegor till nätverkets träffar. Är myndigheten redan med kan du bli ytterligare en representant.',
      joinLink: 'Anslut din myndighet',
      councilLink: 'Läs om det regionala innovationsrådet',
    },
    council: {
      seats: (n: number) => `Rådet har ${n} platser.`,
      membersHeading: 'Ledamöter',
      name: 'Namn',
      organisation: 'Organisation',
      role: 'Roll',
      roles: { chair: 'Ordförande', member: 'Ledamot', secretary: 'Sekreterare' },
      noMembers: 'Inga ledamöter är publicerade ännu.',
      documentsHeading: 'Dokument',
      meetings: 'Rådets möten är för ledamöterna. Ledamöterna ser mötena och prenumererar på rådets mötekalender från Mina sidor när de har loggat in.',
      missing: 'Innovationsrådets sida är inte publicerad ännu.',
      /** The name of the members' meeting calendar (their feed). */
      calendarName: 'Innovationsrådets möten',
    },
  },
  {
    navNetwork: 'The network',
    navCouncil: 'Innovation council',
    network: {
      title: 'The authority network',
      lead: 'About 33 state agencies with some 4,000 staff work in Jämtland county. In the authority network they share workplaces, experience and the problems none of them can solve alone.',
      purposeHeading: 'Why the network exists',
      purpose: [
        'The region’s reports show that network-based work needs hubs in every municipality, so that staff can work close to home instead of commuting to Östersund.',
        'The network is also a meeting place where the agencies, the region and the municipalities work together on complex problems.',
      ],
      membersHeading: 'Agencies in the network',
      noOffice: 'Office not given',
      noMembers: 'No agencies are published yet.',
      eventsHeading: 'Upcoming open meetups',
      noEvents: 'No open meetups are planned right now.',
      joinHeading: 'How your agency joins',
      join: 'A representative of the agency signs it up with the form on this site. You confirm your e-mail address, the region approves the sign-up, and you get an account for registering yourself and colleagues for the network’s meetups. If the agency is already a member, you can become another representative.',
      joinLink: 'Sign your agency up',
      councilLink: 'Read about the regional innovation council',
    },
    council: {
      seats: (n: number) => `The council has ${n} seats.`,
      membersHeading: 'Members',
      name: 'Name',
      organisation: 'Organisation',
      role: 'Role',
      roles: { chair: 'Chair', member: 'Member', secretary: 'Secretary' },
      noMembers: 'No members are published yet.',
      documentsHeading: 'Documents',
      meetings: 'The council’s meetings are for its members. Members see the meetings and subscribe to the council’s meeting calendar from My page when logged in.',
      missing: 'The innovation council’s page has not been published yet.',
      calendarName: 'Innovation council meetings',
    },
  },
)
export const networkPath = (locale: Locale) => path('network', locale)
export const councilPath = (locale: Locale) => path('council', locale)
