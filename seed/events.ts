import { DateTime } from 'luxon'
import type { Recurrence } from '../cms/domain/calendar/recurrence.ts'
import type { Audience, EventType } from '../cms/domain/eventVocabulary.ts'

export interface DemoEvent {
  title: { sv: string; en: string }
  summary: { sv: string; en: string }
  hubIndex: number | null
  venue?: { kind: 'venue' | 'online'; name?: string; url?: string }
  type: EventType
  audience: Audience
  dayOffset: number
  startHour: number
  startMinute?: number
  durationMinutes: number
  capacity?: number
  registrationRequired?: boolean
  cancelled?: boolean
  recurrence?: Recurrence
}

const fika = (hubIndex: number, hubName: string, dayOffset: number): DemoEvent => ({
  title: { sv: `Förmiddagsfika på ${hubName}`, en: `Morning fika at ${hubName}` },
  summary: {
    sv: 'Ta en paus med andra som arbetar på hubben. Ingen anmälan behövs.',
    en: 'Take a break with others working at the hub. No registration needed.',
  },
  hubIndex,
  type: 'fika',
  audience: 'public',
  dayOffset,
  startHour: 10,
  durationMinutes: 45,
})

/** 24 demo events over the next 60 days, some capped, one cancelled, some for the network or council only. */
export function demoEvents(hubNames: string[]): DemoEvent[] {
  const events: DemoEvent[] = []
  for (let i = 0; i < 8; i++) events.push(fika(i % hubNames.length, hubNames[i % hubNames.length], 3 + i * 7))
  // The first hub's fika is a weekly one, for ten weeks.
  events[0] = { ...events[0], recurrence: { frequency: 'weekly', count: 10 }, title: { sv: `Veckofika på ${hubNames[0]}`, en: `Weekly fika at ${hubNames[0]}` } }
  events.push(
    {
      title: { sv: 'Öppet hus: prova att jobba nära hemmet', en: 'Open house: try working close to home' },
      summary: { sv: 'Kom och prova en arbetsdag på hubben, med visning och introduktion.', en: 'Try a working day at the hub, with a tour and introduction.' },
      hubIndex: 3, type: 'open-house', audience: 'public', dayOffset: 5, startHour: 9, durationMinutes: 8 * 60,
    },
    {
      title: { sv: 'Workshop: hybrida möten som fungerar', en: 'Workshop: hybrid meetings that work' },
      summary: { sv: 'Praktiska tips för möten där några sitter på hubben och några på kontoret.', en: 'Practical tips for meetings with some people at a hub and some at the office.' },
      hubIndex: 9, type: 'workshop', audience: 'public', dayOffset: 9, startHour: 13, durationMinutes: 150, capacity: 12, registrationRequired: true,
    },
    {
      title: { sv: 'Frukostträff för distansarbetare', en: 'Breakfast meetup for remote workers' },
      summary: { sv: 'Frukost och kort presentationsrunda. Anmäl dig så vi vet hur mycket fralla vi ska köpa.', en: 'Breakfast and a short round of introductions. Register so we know how much to buy.' },
      hubIndex: 4, type: 'meetup', audience: 'public', dayOffset: 12, startHour: 7, startMinute: 30, durationMinutes: 90, capacity: 15, registrationRequired: true,
    },
    {
      title: { sv: 'Öppet hus på biblioteket i Stugun', en: 'Open house at the library in Stugun' },
      summary: { sv: 'Se arbetsplatserna i biblioteket och träffa community managern.', en: 'See the desks in the library and meet the community manager.' },
      hubIndex: 0, type: 'open-house', audience: 'public', dayOffset: 16, startHour: 15, durationMinutes: 120, cancelled: true,
    },
    {
      title: { sv: 'Workshop: ergonomi på flexibla arbetsplatser', en: 'Workshop: ergonomics at flexible workplaces' },
      summary: { sv: 'En fysioterapeut visar hur du ställer in en lånad arbetsplats.', en: 'A physiotherapist shows how to set up a borrowed desk.' },
      hubIndex: 8, type: 'workshop', audience: 'public', dayOffset: 20, startHour: 13, durationMinutes: 120, capacity: 10, registrationRequired: true,
    },
    {
      title: { sv: 'Träff: nya i länet', en: 'Meetup: new in the county' },
      summary: { sv: 'För dig som nyss flyttat hit och arbetar på distans. Lär känna andra och hubbarna.', en: 'For people who just moved here and work remotely. Meet others and the hubs.' },
      hubIndex: 1, type: 'meetup', audience: 'public', dayOffset: 24, startHour: 17, durationMinutes: 120,
    },
    {
      title: { sv: 'Webbinarium: så fungerar hubbarna', en: 'Webinar: how the hubs work' },
      summary: { sv: 'En genomgång online av hubbarna, bokning och introduktion.', en: 'An online walk-through of the hubs, booking and onboarding.' },
      hubIndex: null, venue: { kind: 'online', url: 'https://example.org/webbinarium-demo' }, type: 'meetup', audience: 'public', dayOffset: 27, startHour: 12, durationMinutes: 45,
    },
    {
      title: { sv: 'Öppet hus i Gällö', en: 'Open house in Gällö' },
      summary: { sv: 'Visning av arbetsplatserna och kaffe.', en: 'A tour of the desks, with coffee.' },
      hubIndex: 1, type: 'open-house', audience: 'public', dayOffset: 33, startHour: 10, durationMinutes: 180,
    },
    {
      title: { sv: 'Myndighetsnätverket: månadsträff', en: 'Authority network: monthly meeting' },
      summary: { sv: 'Myndigheterna i länet delar erfarenheter av nätverksbaserat arbete.', en: 'The agencies in the county share experience of network-based work.' },
      hubIndex: 9, type: 'network-meeting', audience: 'network', dayOffset: 7, startHour: 9, durationMinutes: 120, capacity: 30, registrationRequired: true,
    },
    {
      title: { sv: 'Myndighetsnätverket: gemensam kompetensförsörjning', en: 'Authority network: shared skills supply' },
      summary: { sv: 'Arbetsmöte om att rekrytera och behålla kompetens i hela länet.', en: 'Working meeting on recruiting and keeping skills across the county.' },
      hubIndex: 5, type: 'network-meeting', audience: 'network', dayOffset: 35, startHour: 13, durationMinutes: 150, capacity: 25, registrationRequired: true,
    },
    {
      title: { sv: 'Myndighetsnätverket: digital träff', en: 'Authority network: online meeting' },
      summary: { sv: 'Kort avstämning online.', en: 'A short online check-in.' },
      hubIndex: null, venue: { kind: 'online', url: 'https://example.org/natverket-demo' }, type: 'network-meeting', audience: 'network', dayOffset: 49, startHour: 14, durationMinutes: 60,
    },
    {
      title: { sv: 'Innovationsrådets möte', en: 'Innovation council meeting' },
      summary: { sv: 'Rådet behandlar förslag om gemensamma mötesplatser.', en: 'The council discusses proposals for shared meeting places.' },
      hubIndex: null, venue: { kind: 'venue', name: 'Regionens hus, Östersund (demo)' }, type: 'council-meeting', audience: 'council', dayOffset: 14, startHour: 9, durationMinutes: 180, capacity: 12, registrationRequired: true,
    },
    {
      title: { sv: 'Innovationsrådets arbetsmöte', en: 'Innovation council working session' },
      summary: { sv: 'Arbetsmöte om uppföljning av hubbarnas beläggning.', en: 'Working session on following up hub occupancy.' },
      hubIndex: 10, type: 'council-meeting', audience: 'council', dayOffset: 42, startHour: 13, durationMinutes: 120, capacity: 12, registrationRequired: true,
    },
    {
      title: { sv: 'Workshop: community manager-rollen', en: 'Workshop: the community manager role' },
      summary: { sv: 'Erfarenhetsutbyte mellan hubbarnas community managers.', en: 'Community managers of the hubs share experience.' },
      hubIndex: 6, type: 'workshop', audience: 'public', dayOffset: 45, startHour: 10, durationMinutes: 180, capacity: 20, registrationRequired: true,
    },
    {
      title: { sv: 'Vinterträff på fjället', en: 'Winter meetup in the mountains' },
      summary: { sv: 'Lunch och skidtur för den som vill, efter arbetsdagen på hubben.', en: 'Lunch and an optional ski tour after the working day at the hub.' },
      hubIndex: 3, type: 'meetup', audience: 'public', dayOffset: 55, startHour: 12, durationMinutes: 90,
    },
  )
  return events
}

/**
 * Start and end as UTC ISO strings, from a wall-clock time in Stockholm `dayOffset` days
 * ahead, moved forward past weekends and the given holidays (YYYY-MM-DD).
 */
export function stockholmTimes(
  now: Date,
  e: Pick<DemoEvent, 'dayOffset' | 'startHour' | 'startMinute' | 'durationMinutes'>,
  holidays: ReadonlySet<string> = new Set(),
) {
  let start = DateTime.fromJSDate(now, { zone: 'Europe/Stockholm' })
    .plus({ days: e.dayOffset })
    .set({ hour: e.startHour, minute: e.startMinute ?? 0, second: 0, millisecond: 0 })
  while (start.weekday > 5 || holidays.has(start.toISODate()!)) start = start.plus({ days: 1 })
  const end = start.plus({ minutes: e.durationMinutes })
  return { start: start.toUTC().toISO()!, end: end.toUTC().toISO()!, date: start.toISODate()! }
}
