/**
 * The messages about a registration: each is rendered in the registrant's language, with a
 * calendar entry where it changes their calendar, and written to the outbox in the
 * operation's transaction, so a message goes out only if what it reports was saved.
 */
import type { Payload, PayloadRequest } from 'payload'
import { buildInvitation } from '../domain/calendar/eventCalendar.ts'
import { publicPaths, placeText, toCalendarEvent } from '../domain/calendar/fromEvent.ts'
import { siteUrl } from '../env.ts'
import { noReplyAddress } from '../domain/mail/address.ts'
import { enqueueMail } from '../mail/outbox.ts'
import { renderRegistrationMail, type RegistrationMailKind } from '../mail/templates.ts'
import type { Registration } from '../payload-types.ts'
import type { RegistrationLocale } from '../domain/registration/input.ts'
import { loadEvent, type LoadedEvent } from './records.ts'
import { CONFIRM_HOURS } from '../domain/registration/rules.ts'
import { atOccurrence } from '../domain/registration/occurrence.ts'

const ONLINE = { sv: 'Online', en: 'Online' }

/**
 * Renders a message for one registration and writes it to the outbox. A registration for one
 * occurrence of a series is told about that occurrence: its date, and a calendar entry for it.
 */
export async function sendAbout(
  req: PayloadRequest,
  kind: RegistrationMailKind,
  registration: Pick<Registration, 'id' | 'name' | 'email' | 'locale' | 'token' | 'holder' | 'occurrence'>,
  series: LoadedEvent,
  now: Date,
  calendar?: 'REQUEST' | 'CANCEL',
): Promise<void> {
  const event = atOccurrence(series, registration.occurrence)
  const locale: RegistrationLocale = registration.locale === 'en' ? 'en' : 'sv'
  const base = siteUrl()
  const eventUrl = base + publicPaths.event(locale, event.slug)
  const calendarEvent = toCalendarEvent(event, eventUrl)
  const rendered = renderRegistrationMail({
    kind,
    locale,
    name: registration.name,
    event: { title: event.title, start: event.start, end: event.end, url: eventUrl, place: placeText(calendarEvent.place, ONLINE[locale]) },
    manageUrl: base + publicPaths.registration(locale, registration.token ?? ''),
    confirmHours: CONFIRM_HOURS,
  })
  const content = calendar
    ? buildInvitation(calendarEvent, {
        locale,
        method: calendar,
        attendee: { name: registration.name, email: registration.email },
        noReplyEmail: noReplyAddress(process.env.MAIL_FROM),
        now,
      })
    : null
  await enqueueMail(req, {
    to: registration.email,
    ...rendered,
    kind,
    registration: registration.id,
    user: registration.holder == null ? null : typeof registration.holder === 'object' ? registration.holder.id : registration.holder,
    ...(calendar && content ? { calendar: { method: calendar, content } } : {}),
  })
}

/** Runs `send` for each registration with the event in the registrant's own language. */
export async function inTheirLanguage(
  payload: Payload,
  req: PayloadRequest,
  eventId: number,
  registrations: Registration[],
  send: (registration: Registration, event: LoadedEvent) => Promise<void>,
): Promise<void> {
  const events: Partial<Record<RegistrationLocale, LoadedEvent | null>> = {}
  for (const registration of registrations) {
    const locale: RegistrationLocale = registration.locale === 'en' ? 'en' : 'sv'
    if (!(locale in events)) events[locale] = await loadEvent(payload, req, eventId, locale)
    const event = events[locale]
    if (event) await send(registration, event)
  }
}
