import type { Amenity } from '../cms/domain/amenities.ts'
import facts from './facts/jamtland.json' with { type: 'json' }

/**
 * Demo content for the hubs in the region's facts. Names, places and coordinates come from
 * the facts file; amenities, hours, prices and people are invented and marked as demo.
 */
export interface HubFact {
  name: string
  locality: string
  municipality: string
  lat: number
  lon: number
  note?: string
  pilotStaff?: number
}

export function hubFacts(): HubFact[] {
  const pilot = facts.pilotHubs2022_2023.hubs as HubFact[]
  const ostersund = facts.pilotHubs2022_2023.alsoInOstersund.map((h) => ({
    name: h.name,
    locality: 'Östersund',
    municipality: 'Östersund',
    lat: h.lat,
    lon: h.lon,
    note: h.note,
  }))
  return [...pilot, ...ostersund]
}

const AMENITY_SETS: Amenity[][] = [
  ['wifi', 'kitchen', 'quiet-room', 'height-adjustable-desks', 'parking', 'step-free-access'],
  ['wifi', 'kitchen', 'meeting-room', 'phone-booth', 'printer', 'public-transport', 'ev-charging'],
  ['wifi', 'kitchen', 'height-adjustable-desks', 'meeting-room', 'access-24-7', 'parking', 'video-conferencing'],
  ['wifi', 'quiet-room', 'phone-booth', 'kitchen', 'public-transport', 'step-free-access'],
]

/** First names and invented surnames, so nobody mistakes a demo person for a real one. */
const DEMO_PEOPLE = [
  'Alva Exempelsson', 'Nils Påhittad', 'Maja Demosdotter', 'Elias Testberg', 'Ebba Låtsasson',
  'Oskar Provander', 'Saga Exempelqvist', 'Hugo Fiktivsson', 'Wilma Demolin', 'Lars Påhittsson', 'Greta Testlund',
]

export function demoPerson(index: number): string {
  return `${DEMO_PEOPLE[index % DEMO_PEOPLE.length]} (demo)`
}

/**
 * What a demo manager shows the public: every other one their e-mail address, some a phone
 * number instead (in the range the Swedish telecom regulator keeps for fiction, 070-1740605 to
 * 070-1740699), and some neither, so the page shows how each case looks (the contact form
 * reaches them all).
 */
export function demoContact(index: number) {
  return { showEmail: index % 2 === 0, showPhone: index % 4 === 1, phone: `070-174 06 ${String(5 + (index % 90)).padStart(2, '0')}` }
}

/** "How to book", naming only the ways the hub's page shows. */
export function howToBook(contact: { showEmail: boolean; showPhone: boolean }) {
  const [sv, en] =
    contact.showEmail && contact.showPhone
      ? ['per e-post eller telefon', 'by e-mail or phone']
      : contact.showEmail
        ? ['per e-post', 'by e-mail']
        : contact.showPhone
          ? ['per telefon eller via kontaktformuläret', 'by phone or through the contact form']
          : ['via kontaktformuläret', 'through the contact form']
  return {
    sv: `Boka dagskort hos community managern ${sv}, senast dagen innan.`,
    en: `Book a day pass with the community manager ${en}, at the latest the day before.`,
  }
}

export function demoHubDetails(hub: HubFact, index: number) {
  const booking = howToBook(demoContact(index))
  const amenities = AMENITY_SETS[index % AMENITY_SETS.length]
  const inTown = hub.municipality === 'Östersund'
  const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const
  const openingHours = weekdays.map((day) => ({ day, opens: inTown ? '07:30' : '08:00', closes: day === 'fri' ? '15:00' : '17:00' }))
  if (index % 3 === 0) openingHours.push({ day: 'sat' as never, opens: '10:00', closes: '14:00' })
  return {
    amenities,
    desks: 4 + ((index * 5) % 17),
    openingHours,
    dayPassPrice: inTown ? 150 : index % 4 === 0 ? 0 : 100,
    sv: {
      summary: `${hub.name} är en hubb för distansarbete i ${hub.locality}, ${hub.municipality}. Uppgifterna om öppettider, pris och utrustning är exempel (demo).`,
      description: [
        hub.note
          ? `${hub.name}: ${hub.note}`
          : `${hub.name} ligger i ${hub.locality} och var en av hubbarna i regionens pilot för hybridarbete 2022–2023.`,
        'Här kan du arbeta nära hemmet i stället för att pendla: skrivbord, wifi, kök och kollegor från andra organisationer. Beskrivningen är exempelinnehåll som hubbens community manager ersätter.',
      ],
      howToBook: booking.sv,
      keys: 'Community managern möter dig första dagen och lämnar ut passerbricka mot kvittens.',
      alarm: 'Larmet kopplas av med din personliga kod. Du får den vid introduktionen.',
      houseRules: 'Tyst arbete i tysta rummet, samtal i telefonbåset. Diska efter dig och lämna skrivbordet tomt.',
      transit: inTown ? 'Stadsbuss stannar inom 300 meter.' : `Regionbuss till ${hub.locality}; se tidtabellen hos länstrafiken.`,
    },
    en: {
      summary: `${hub.name} is a remote-work hub in ${hub.locality}, ${hub.municipality}. Opening hours, price and equipment are example (demo) data.`,
      description: [
        hub.note
          ? `${hub.name}: a co-working space in Östersund.`
          : `${hub.name} is in ${hub.locality} and was one of the hubs in the region's 2022–2023 hybrid-work pilot.`,
        'Work close to home instead of commuting: desks, Wi-Fi, a kitchen and colleagues from other organisations. This description is demo content that the hub’s community manager replaces.',
      ],
      howToBook: booking.en,
      keys: 'The community manager meets you on your first day and hands over an access tag against a receipt.',
      alarm: 'Disarm the alarm with your personal code, which you get at the introduction.',
      houseRules: 'Quiet work in the quiet room, calls in the phone booth. Wash up after yourself and leave the desk clear.',
      transit: inTown ? 'A city bus stops within 300 metres.' : `Regional bus to ${hub.locality}; see the county transport timetable.`,
    },
  }
}

/** Demo agencies. Invented names and organisation numbers with valid check digits. */
export const DEMO_AGENCIES = [
  { name: 'Demomyndigheten för fjällnära service', orgPrefix: '202990001', status: 'member', staff: 240, office: 'Åre' },
  { name: 'Exempelverket, Östersundskontoret', orgPrefix: '202990002', status: 'member', staff: 410, office: 'Östersund' },
  { name: 'Påhittade statistikmyndigheten (demo)', orgPrefix: '202990003', status: 'confirmed', staff: 95, office: 'Östersund' },
  { name: 'Testinspektionen Jämtland (demo)', orgPrefix: '202990004', status: 'applied', staff: 60, office: 'Krokom' },
  { name: 'Låtsasarkivet i Härjedalen (demo)', orgPrefix: '202990005', status: 'member', staff: 30, office: 'Härjedalen' },
] as const

export { facts }
