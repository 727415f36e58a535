/**
 * The messages sent about registrations, in Swedish or English by the registrant's choice,
 * each with a plain-text and an HTML part. Pure: the outbox stores what this returns, so a
 * message is fixed when it is decided, not when the mail server is next reachable.
 */
import { DateTime } from 'luxon'
import { STOCKHOLM } from '../domain/calendar/eventCalendar.ts'

export type MailLocale = 'sv' | 'en'

export type RegistrationMailKind =
  | 'registration-confirm'
  | 'registration-confirmed'
  | 'registration-waitlisted'
  | 'registration-promoted'
  | 'registration-cancelled'
  | 'event-cancelled'
  | 'event-reminder'
  | 'event-changed'

export interface MailEvent {
  title: string
  /** ISO instants. */
  start: string
  end: string
  /** Where, as one line: a hub and address, a venue, or "Online". */
  place: string | null
  /** Absolute URL of the event page. */
  url: string
}

export interface RegistrationMail {
  kind: RegistrationMailKind
  locale: MailLocale
  name: string
  event: MailEvent
  /** Absolute URL of the registrant's own page: confirm, see status, cancel. */
  manageUrl: string
  /** Hours the confirmation link stays valid. */
  confirmHours?: number
}

export interface RenderedMail {
  subject: string
  text: string
  html: string
}

const COPY = {
  sv: {
    greeting: (name: string) => `Hej ${name}!`,
    when: 'När',
    where: 'Var',
    event: 'Evenemanget',
    signature: 'Hälsningar\nCo-working Region – nätverket för arbetshubbar i Jämtlands län',
    manage: 'Se eller avboka din anmälan',
    ignore: 'Om det inte var du som anmälde dig kan du bortse från det här meddelandet; anmälan tas bort om den inte bekräftas.',
    kinds: {
      'registration-confirm': {
        subject: (t: string) => `Bekräfta din anmälan: ${t}`,
        lead: (t: string, hours: number) =>
          `Tack för din anmälan till ${t}. Bekräfta den genom att öppna länken nedan och trycka på knappen. Länken gäller i ${hours} timmar.`,
        action: 'Bekräfta anmälan',
      },
      'registration-confirmed': {
        subject: (t: string) => `Du är anmäld: ${t}`,
        lead: (t: string) => `Din plats på ${t} är bekräftad. Evenemanget finns bifogat, så att du kan lägga in det i din kalender.`,
        action: 'Se din anmälan',
      },
      'registration-waitlisted': {
        subject: (t: string) => `Du står på väntelistan: ${t}`,
        lead: (t: string) =>
          `${t} är fullbokat, och du står på väntelistan. Får du en plats skickar vi ett nytt mejl med evenemanget att lägga in i kalendern.`,
        action: 'Se din anmälan',
      },
      'registration-promoted': {
        subject: (t: string) => `Du har fått en plats: ${t}`,
        lead: (t: string) => `En plats har blivit ledig, och den är din: du är nu anmäld till ${t}. Evenemanget finns bifogat.`,
        action: 'Se eller avboka din anmälan',
      },
      'registration-cancelled': {
        subject: (t: string) => `Avbokad: ${t}`,
        lead: (t: string) => `Din anmälan till ${t} är avbokad. Bifogat finns en avbokning som tar bort evenemanget ur din kalender.`,
        action: 'Till evenemanget',
      },
      'event-cancelled': {
        subject: (t: string) => `Inställt: ${t}`,
        lead: (t: string) =>
          `${t} är tyvärr inställt. Din anmälan finns kvar hos oss men evenemanget blir inte av. Bifogat finns en avbokning för din kalender.`,
        action: 'Till evenemanget',
      },
      'event-changed': {
        subject: (t: string) => `Ändrat: ${t}`,
        lead: (t: string) => `Tid eller plats för ${t} har ändrats. Här är det som gäller nu; den bifogade kalenderposten uppdaterar din kalender.`,
        action: 'Se eller avboka din anmälan',
      },
      'event-reminder': {
        subject: (t: string) => `Påminnelse: ${t} i morgon`,
        lead: (t: string) => `Välkommen till ${t}! Här är tid och plats. Kan du inte komma? Avboka gärna, så kan någon annan få din plats.`,
        action: 'Se eller avboka din anmälan',
      },
    },
  },
  en: {
    greeting: (name: string) => `Hello ${name},`,
    when: 'When',
    where: 'Where',
    event: 'The event',
    signature: 'Best regards\nCo-working Region – the network of co-working hubs in Jämtland County',
    manage: 'See or cancel your registration',
    ignore: 'If you did not register, you can ignore this message; an unconfirmed registration is removed.',
    kinds: {
      'registration-confirm': {
        subject: (t: string) => `Confirm your registration: ${t}`,
        lead: (t: string, hours: number) =>
          `Thank you for registering for ${t}. Confirm by opening the link below and pressing the button. The link is valid for ${hours} hours.`,
        action: 'Confirm registration',
      },
      'registration-confirmed': {
        subject: (t: string) => `You are registered: ${t}`,
        lead: (t: string) => `Your place at ${t} is confirmed. The event is attached, so you can add it to your calendar.`,
        action: 'See your registration',
      },
      'registration-waitlisted': {
        subject: (t: string) => `You are on the waiting list: ${t}`,
        lead: (t: string) =>
          `${t} is fully booked, and you are on the waiting list. If a place becomes free we will e-mail you again with the event for your calendar.`,
        action: 'See your registration',
      },
      'registration-promoted': {
        subject: (t: string) => `You have a place: ${t}`,
        lead: (t: string) => `A place has become free and it is yours: you are now registered for ${t}. The event is attached.`,
        action: 'See or cancel your registration',
      },
      'registration-cancelled': {
        subject: (t: string) => `Cancelled: ${t}`,
        lead: (t: string) => `Your registration for ${t} is cancelled. The attached cancellation removes the event from your calendar.`,
        action: 'Go to the event',
      },
      'event-cancelled': {
        subject: (t: string) => `Cancelled: ${t}`,
        lead: (t: string) =>
          `Unfortunately ${t} has been cancelled. Your registration is kept, but the event will not take place. The attached cancellation is for your calendar.`,
        action: 'Go to the event',
      },
      'event-changed': {
        subject: (t: string) => `Changed: ${t}`,
        lead: (t: string) => `The time or place of ${t} has changed. Here is what applies now; the attached calendar entry updates your calendar.`,
        action: 'See or cancel your registration',
      },
      'event-reminder': {
        subject: (t: string) => `Reminder: ${t} tomorrow`,
        lead: (t: string) => `Welcome to ${t}! Here are the time and place. If you cannot come, please cancel so that someone else can have your place.`,
        action: 'See or cancel your registration',
      },
    },
  },
} as const

/** "tisdag 24 november 2026, 09:00–10:30" in Stockholm time, in the mail's language. */
export function formatEventTime(startIso: string, endIso: string, locale: MailLocale): string {
  const intl = locale === 'sv' ? 'sv-SE' : 'en-GB'
  const start = DateTime.fromISO(startIso, { zone: 'utc' }).setZone(STOCKHOLM).setLocale(intl)
  const end = DateTime.fromISO(endIso, { zone: 'utc' }).setZone(STOCKHOLM).setLocale(intl)
  if (!start.isValid || !end.isValid) return ''
  const day = start.toFormat('cccc d LLLL yyyy')
  const sameDay = start.hasSame(end, 'day')
  const endText = sameDay ? end.toFormat('HH:mm') : `${end.toFormat('d LLLL yyyy')} ${end.toFormat('HH:mm')}`
  return `${day}, ${start.toFormat('HH:mm')}–${endText}`
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

/** Names and titles are one line in a subject: a newline there would start a new header. */
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim()

export function renderRegistrationMail(mail: RegistrationMail): RenderedMail {
  const copy = COPY[mail.locale]
  const kind = copy.kinds[mail.kind]
  const title = oneLine(mail.event.title)
  const name = oneLine(mail.name)
  const when = formatEventTime(mail.event.start, mail.event.end, mail.locale)
  const place = mail.event.place ? oneLine(mail.event.place) : null
  const lead = kind.lead(title, mail.confirmHours ?? 48)
  const actionUrl = mail.kind === 'registration-cancelled' || mail.kind === 'event-cancelled' ? mail.event.url : mail.manageUrl
  const facts: Array<[string, string]> = [[copy.when, when], ...(place ? [[copy.where, place] as [string, string]] : [])]

  const text = [
    copy.greeting(name),
    '',
    lead,
    '',
    ...facts.map(([label, value]) => `${label}: ${value}`),
    `${copy.event}: ${mail.event.url}`,
    '',
    `${kind.action}: ${actionUrl}`,
    ...(mail.kind === 'registration-confirm' ? ['', copy.ignore] : []),
    '',
    copy.signature,
    '',
  ].join('\n')

  const html = `<!doctype html>
<html lang="${mail.locale}">
<head><meta charset="utf-8"><title>${escapeHtml(kind.subject(title))}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 40em;">
<p>${escapeHtml(copy.greeting(name))}</p>
<p>${escapeHtml(lead)}</p>
<dl>
${facts.map(([label, value]) => `<dt><strong>${escapeHtml(label)}</strong></dt><dd>${escapeHtml(value)}</dd>`).join('\n')}
</dl>
<p><a href="${escapeHtml(actionUrl)}" style="display: inline-block; padding: 0.6em 1.2em; background: #0b5394; color: #ffffff; text-decoration: none; border-radius: 4px;">${escapeHtml(kind.action)}</a></p>
<p>${escapeHtml(copy.event)}: <a href="${escapeHtml(mail.event.url)}">${escapeHtml(title)}</a></p>
${mail.kind === 'registration-confirm' ? `<p>${escapeHtml(copy.ignore)}</p>\n` : ''}<p>${escapeHtml(copy.signature).replace(/\n/g, '<br>')}</p>
</body>
</html>
`
  return { subject: kind.subject(title), text, html }
}
