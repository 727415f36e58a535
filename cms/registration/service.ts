/**
 * Registering for events: sign up, confirm by e-mail, cancel, waiting list and promotion,
 * and the messages about them. Each operation is one transaction that first locks the
 * event's row, so two people can never take the last seat, however many try at once;
 * the messages go into the outbox in the same transaction.
 */
import { createLocalReq, type Payload, type PayloadRequest, type Where } from 'payload'
import { buildInvitation } from '../calendar/eventCalendar.ts'
import { publicPaths, placeText, toCalendarEvent, type SourceEvent } from '../calendar/fromEvent.ts'
import { executor, sql } from '../db/sql.ts'
import { inTransaction } from '../db/transaction.ts'
import { siteUrl } from '../env.ts'
import { noReplyAddress } from '../mail/address.ts'
import { enqueueMail } from '../mail/outbox.ts'
import { renderRegistrationMail, type RegistrationMailKind } from '../mail/templates.ts'
import type { Event, Registration } from '../payload-types.ts'
import type { Entitlement } from '../network/entitlement.ts'
import type { RegistrationInput, RegistrationLocale } from './input.ts'
import type { ServiceProblem } from './messages.ts'
import { CONFIRM_HOURS, confirmationExpired, pendingCutoff, registrationRefusal, reminderWindow, seatOrWaitlist, seatsLeft } from './rules.ts'

export class RegistrationProblem extends Error {
  readonly problem: ServiceProblem

  constructor(problem: ServiceProblem) {
    super(problem)
    this.problem = problem
    this.name = 'RegistrationProblem'
  }
}

export interface Options {
  /** Runs inside this request's transaction instead of its own. */
  req?: PayloadRequest
  now?: Date
}

/** The logged-in person following a registration's link, if any. */
export interface Account {
  id: number
  email: string
}

/** Who is registering: the public, or (for network and council events) an entitled representative. */
export type { Entitlement }

const PUBLIC: Entitlement = { network: false, council: false }

/** Holds the event's row until the transaction ends: registrations for one event queue up here. */
async function lockEvent(payload: Payload, req: PayloadRequest, eventId: number): Promise<boolean> {
  const db = await executor(payload, req)
  const { rows } = await db.execute(sql`SELECT id FROM events WHERE id = ${eventId} FOR UPDATE`)
  return rows.length > 0
}

/** Seats held: confirmed places, and unconfirmed ones still inside their 48 hours. */
async function seatsTaken(payload: Payload, req: PayloadRequest, eventId: number, now: Date): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'registrations',
    where: {
      and: [
        { event: { equals: eventId } },
        {
          or: [
            { status: { equals: 'confirmed' } },
            { and: [{ status: { equals: 'pending' } }, { createdAt: { greater_than_equal: pendingCutoff(now).toISOString() } }] },
          ],
        },
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs
}

type LoadedEvent = Event & SourceEvent

async function loadEvent(payload: Payload, req: PayloadRequest, eventId: number, locale: RegistrationLocale): Promise<LoadedEvent | null> {
  try {
    return (await payload.findByID({ collection: 'events', id: eventId, locale, depth: 1, overrideAccess: true, req })) as LoadedEvent
  } catch {
    return null
  }
}

const ONLINE = { sv: 'Online', en: 'Online' }

/** Renders a message for one registration and writes it to the outbox. */
async function sendAbout(
  req: PayloadRequest,
  kind: RegistrationMailKind,
  registration: Pick<Registration, 'id' | 'name' | 'email' | 'locale' | 'token' | 'holder'>,
  event: LoadedEvent,
  now: Date,
  calendar?: 'REQUEST' | 'CANCEL',
): Promise<void> {
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

export interface RegisterResult {
  status: 'pending' | 'waitlisted'
  /** Seats left after this registration, when the event has a capacity. */
  seatsLeft: number | null
}

/**
 * Registers someone for an event and sends the confirmation link. The seat is held for
 * 48 hours; when the event is full the registration goes on the waiting list instead.
 */
export async function register(
  payload: Payload,
  eventId: number,
  input: RegistrationInput,
  entitlement: Entitlement = PUBLIC,
  options: Options = {},
): Promise<RegisterResult> {
  const now = options.now ?? new Date()
  return inTransaction(payload, options.req, async (req) => {
    if (!(await lockEvent(payload, req, eventId))) throw new RegistrationProblem('notFound')
    const event = await loadEvent(payload, req, eventId, input.locale)
    const refusal = registrationRefusal(event, now, entitlement)
    if (refusal || !event) throw new RegistrationProblem(refusal ?? 'notFound')

    const db = await executor(payload, req)
    // An unconfirmed registration that expired holds nothing: the address may register again.
    await db.execute(sql`
      UPDATE registrations SET status = 'cancelled', updated_at = ${now.toISOString()}
      WHERE event_id = ${eventId} AND lower(email) = ${input.email} AND status IN ('pending', 'waitlisted')
        AND confirmed_at IS NULL AND created_at < ${pendingCutoff(now).toISOString()}`)
    const { rows: existing } = await db.execute(sql`
      SELECT 1 FROM registrations WHERE event_id = ${eventId} AND lower(email) = ${input.email} AND status <> 'cancelled' LIMIT 1`)
    if (existing.length > 0) throw new RegistrationProblem('duplicate')

    const taken = await seatsTaken(payload, req, eventId, now)
    const status = seatOrWaitlist(event.capacity, taken)
    const registration = await payload.create({
      collection: 'registrations',
      data: {
        event: eventId,
        name: input.name,
        email: input.email,
        locale: input.locale,
        status,
        ...(entitlement.user ? { user: entitlement.user } : {}),
        ...(entitlement.agency ? { agency: entitlement.agency } : {}),
      },
      overrideAccess: true,
      req,
    })
    const withToken = await payload.findByID({ collection: 'registrations', id: registration.id, overrideAccess: true, req, depth: 0 })
    await sendAbout(req, 'registration-confirm', withToken, event, now)
    return { status, seatsLeft: seatsLeft(event.capacity, taken + (status === 'pending' ? 1 : 0)) }
  })
}

async function byToken(payload: Payload, req: PayloadRequest, token: string): Promise<Registration | null> {
  if (!/^[0-9a-f-]{36}$/i.test(token)) return null
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { token: { equals: token } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

const eventIdOf = (registration: Pick<Registration, 'event'>): number =>
  typeof registration.event === 'object' ? registration.event.id : registration.event

export interface RegistrationView {
  name: string
  email: string
  locale: RegistrationLocale
  status: Registration['status']
  confirmed: boolean
  /** The confirmation window passed before the registration was confirmed. */
  expired: boolean
  event: { title: string; slug: string; start: string; end: string; cancelled: boolean; past: boolean }
}

/** What the holder of a registration's link may see about it, or null for an unknown link. */
export async function viewRegistration(payload: Payload, token: string, locale: RegistrationLocale, options: Options = {}): Promise<RegistrationView | null> {
  const now = options.now ?? new Date()
  const req = options.req ?? (await createLocalReq({}, payload))
  const registration = await byToken(payload, req, token)
  if (!registration) return null
  const event = await loadEvent(payload, req, eventIdOf(registration), locale)
  if (!event) return null
  return {
    name: registration.name,
    email: registration.email,
    locale: registration.locale === 'en' ? 'en' : 'sv',
    status: registration.status,
    confirmed: Boolean(registration.confirmedAt),
    expired: !registration.confirmedAt && registration.status !== 'cancelled' && confirmationExpired(registration.createdAt, now),
    event: {
      title: event.title,
      slug: event.slug,
      start: event.start,
      end: event.end,
      cancelled: event.status === 'cancelled',
      past: new Date(event.start).getTime() <= now.getTime(),
    },
  }
}

/**
 * Confirms the e-mail address of a registration: its seat becomes a confirmed place. Confirmed
 * by someone logged in whose account has the registration's address, it becomes theirs
 * (`holder`): they proved both the mailbox (the link) and the account (the session).
 */
export async function confirmRegistration(payload: Payload, token: string, options: Options & { account?: Account | null } = {}): Promise<Registration['status']> {
  const now = options.now ?? new Date()
  return inTransaction(payload, options.req, async (req) => {
    const found = await byToken(payload, req, token)
    if (!found) throw new RegistrationProblem('tokenInvalid')
    await lockEvent(payload, req, eventIdOf(found))
    const registration = (await byToken(payload, req, token))!
    if (registration.status === 'cancelled') throw new RegistrationProblem('alreadyCancelled')
    if (registration.confirmedAt) return registration.status
    if (confirmationExpired(registration.createdAt, now)) throw new RegistrationProblem('tokenExpired')
    const event = await loadEvent(payload, req, eventIdOf(registration), registration.locale === 'en' ? 'en' : 'sv')
    if (!event) throw new RegistrationProblem('notFound')
    if (event.status === 'cancelled') throw new RegistrationProblem('cancelled')

    const status = registration.status === 'pending' ? 'confirmed' : registration.status
    const account = options.account
    const becomesTheirs = account != null && registration.holder == null && account.email.toLowerCase() === registration.email.toLowerCase()
    await payload.update({
      collection: 'registrations',
      id: registration.id,
      data: { status, confirmedAt: now.toISOString(), ...(becomesTheirs ? { holder: account.id } : {}) },
      overrideAccess: true,
      req,
    })
    const confirmed = becomesTheirs ? { ...registration, holder: account.id } : registration
    if (status === 'confirmed') await sendAbout(req, 'registration-confirmed', confirmed, event, now, 'REQUEST')
    else await sendAbout(req, 'registration-waitlisted', confirmed, event, now)
    return status
  })
}

/**
 * Gives free seats to the waiting list, first come first served, among those who have
 * confirmed their address. Runs inside the caller's transaction, which holds the event lock.
 */
async function promoteWaitlist(payload: Payload, req: PayloadRequest, event: LoadedEvent, now: Date): Promise<number> {
  if (event.status === 'cancelled' || new Date(event.start).getTime() <= now.getTime()) return 0
  let free = event.capacity == null ? Infinity : event.capacity - (await seatsTaken(payload, req, event.id, now))
  let promoted = 0
  while (free > 0) {
    const { docs } = await payload.find({
      collection: 'registrations',
      where: { and: [{ event: { equals: event.id } }, { status: { equals: 'waitlisted' } }, { confirmedAt: { exists: true } }] },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const next = docs[0]
    if (!next) break
    await payload.update({ collection: 'registrations', id: next.id, data: { status: 'confirmed' }, overrideAccess: true, req })
    const inTheirLanguage = next.locale === 'en' || next.locale === 'sv' ? await loadEvent(payload, req, event.id, next.locale) : event
    await sendAbout(req, 'registration-promoted', next, inTheirLanguage ?? event, now, 'REQUEST')
    free--
    promoted++
  }
  return promoted
}

/** Cancels a registration from its link; a seat it held goes to the waiting list. */
export async function cancelRegistration(payload: Payload, token: string, options: Options = {}): Promise<void> {
  const now = options.now ?? new Date()
  await inTransaction(payload, options.req, async (req) => {
    const found = await byToken(payload, req, token)
    if (!found) throw new RegistrationProblem('tokenInvalid')
    await lockEvent(payload, req, eventIdOf(found))
    const registration = (await byToken(payload, req, token))!
    if (registration.status === 'cancelled') throw new RegistrationProblem('alreadyCancelled')
    const event = await loadEvent(payload, req, eventIdOf(registration), registration.locale === 'en' ? 'en' : 'sv')
    if (!event) throw new RegistrationProblem('notFound')

    const hadPlace = registration.status === 'confirmed'
    await payload.update({
      collection: 'registrations',
      id: registration.id,
      data: { status: 'cancelled', cancelledAt: now.toISOString() },
      overrideAccess: true,
      req,
    })
    // Someone who never confirmed their address gets no mail from us.
    if (registration.confirmedAt) await sendAbout(req, 'registration-cancelled', registration, event, now, hadPlace ? 'CANCEL' : undefined)
    if (registration.status === 'confirmed' || registration.status === 'pending') await promoteWaitlist(payload, req, event, now)
  })
}

function registrationsWhere(payload: Payload, req: PayloadRequest, where: Where): Promise<Registration[]> {
  return payload.find({ collection: 'registrations', where, limit: 0, pagination: false, depth: 0, overrideAccess: true, req }).then((r) => r.docs)
}

/** Runs `send` for each registration with the event in the registrant's own language. */
async function inTheirLanguage(
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

/**
 * Tells everyone with a confirmed address that the event is cancelled, with a calendar
 * cancellation for those who had a place. Registrations are kept. Runs in the editor's
 * transaction (from the events collection's hook).
 */
export async function notifyEventCancelled(payload: Payload, req: PayloadRequest, eventId: number, now = new Date()): Promise<number> {
  const docs = await registrationsWhere(payload, req, {
    and: [{ event: { equals: eventId } }, { status: { in: ['confirmed', 'waitlisted'] } }, { confirmedAt: { exists: true } }],
  })
  await inTheirLanguage(payload, req, eventId, docs, (registration, event) =>
    sendAbout(req, 'event-cancelled', registration, event, now, registration.status === 'confirmed' ? 'CANCEL' : undefined),
  )
  return docs.length
}

/**
 * Sends everyone with a place the event's new time or place, with an updated calendar entry
 * (same UID, higher SEQUENCE), so the entry they already have moves. Runs in the editor's
 * transaction.
 */
export async function notifyEventChanged(payload: Payload, req: PayloadRequest, eventId: number, now = new Date()): Promise<number> {
  const docs = await registrationsWhere(payload, req, { and: [{ event: { equals: eventId } }, { status: { equals: 'confirmed' } }] })
  await inTheirLanguage(payload, req, eventId, docs, (registration, event) => sendAbout(req, 'event-changed', registration, event, now, 'REQUEST'))
  return docs.length
}

/** Sends the reminder, once, to every confirmed place at an event in the next 24 hours. */
export async function sendReminders(payload: Payload, now = new Date()): Promise<number> {
  const window = reminderWindow(now)
  const upcoming: Where = {
    and: [
      { start: { greater_than: window.from.toISOString() } },
      { start: { less_than_equal: window.to.toISOString() } },
      { status: { not_equals: 'cancelled' } },
    ],
  }
  const { docs: events } = await payload.find({ collection: 'events', where: upcoming, limit: 0, pagination: false, depth: 0, overrideAccess: true, select: { title: true } })
  let sent = 0
  for (const { id } of events) {
    sent += await inTransaction(payload, undefined, async (req) => {
      await lockEvent(payload, req, id)
      const docs = await registrationsWhere(payload, req, {
        and: [{ event: { equals: id } }, { status: { equals: 'confirmed' } }, { remindedAt: { exists: false } }],
      })
      await inTheirLanguage(payload, req, id, docs, async (registration, event) => {
        await payload.update({ collection: 'registrations', id: registration.id, data: { remindedAt: now.toISOString() }, overrideAccess: true, req })
        await sendAbout(req, 'event-reminder', registration, event, now, 'REQUEST')
      })
      return docs.length
    })
  }
  return sent
}

/** Seats left at an event for the public page, or null when it has no limit. */
export async function seatsLeftFor(payload: Payload, eventId: number, capacity: number | null | undefined, now = new Date()): Promise<number | null> {
  if (capacity == null) return null
  const req = await createLocalReq({}, payload)
  return seatsLeft(capacity, await seatsTaken(payload, req, eventId, now))
}

const idOf = (value: number | { id: number } | null | undefined): number | null => (value == null ? null : typeof value === 'object' ? value.id : value)

/**
 * The events a person has a place at, for the calendar feed behind a registration's link:
 * the confirmed registrations of the same account (when the registration is linked to one),
 * or else those made with the same address and linked to no account. Each event is read
 * with the access, now, of the account the registration goes through (its holder, or the
 * representative who made it), so a network or council meeting drops out once that account
 * may no longer see it; a registration without an account sees public events only.
 * Null for an unknown token.
 */
export async function personalFeedEvents(payload: Payload, token: string, locale: RegistrationLocale): Promise<{ name: string; events: LoadedEvent[] } | null> {
  const req = await createLocalReq({}, payload)
  const registration = await byToken(payload, req, token)
  if (!registration) return null
  const holder = idOf(registration.holder)
  const whose: Where = holder != null ? { holder: { equals: holder } } : { and: [{ email: { equals: registration.email } }, { holder: { exists: false } }] }
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { and: [whose, { status: { equals: 'confirmed' } }] },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { event: true, holder: true, user: true },
  })
  const eventsByAccount = new Map<number | null, Set<number>>()
  for (const r of docs) {
    const account = idOf(r.holder) ?? idOf(r.user)
    if (!eventsByAccount.has(account)) eventsByAccount.set(account, new Set())
    eventsByAccount.get(account)!.add(eventIdOf(r))
  }
  const found = new Map<number, LoadedEvent>()
  for (const [account, ids] of eventsByAccount) {
    const user = account == null ? null : await payload.findByID({ collection: 'users', id: account, depth: 0, overrideAccess: true, req }).catch(() => null)
    // A request of its own per account: Payload keeps the user on the request it is given.
    // An account that is gone sees what the public sees.
    const asAccount = await createLocalReq(user ? { user: { ...user, collection: 'users' } } : {}, payload)
    const { docs: events } = await payload.find({
      collection: 'events',
      where: { and: [{ id: { in: [...ids] } }, { _status: { equals: 'published' } }] },
      locale,
      depth: 1,
      pagination: false,
      overrideAccess: false,
      req: asAccount,
    })
    for (const event of events) found.set(event.id, event as LoadedEvent)
  }
  const events = [...found.values()].sort((a, b) => a.start.localeCompare(b.start))
  return { name: registration.name, events }
}

/**
 * Seats held by unconfirmed registrations are freed after 48 hours; this gives them to the
 * waiting list. Runs with the reminders. Returns how many were promoted.
 */
export async function promoteAfterExpiry(payload: Payload, now = new Date()): Promise<number> {
  const { docs: stale } = await payload.find({
    collection: 'registrations',
    where: {
      and: [{ status: { equals: 'pending' } }, { createdAt: { less_than: pendingCutoff(now).toISOString() } }, { confirmedAt: { exists: false } }],
    },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { event: true },
  })
  let promoted = 0
  for (const eventId of new Set(stale.map(eventIdOf))) {
    promoted += await inTransaction(payload, undefined, async (req) => {
      await lockEvent(payload, req, eventId)
      // The expired ones hold nothing already; marking them cancelled says so in the admin panel.
      const db = await executor(payload, req)
      await db.execute(sql`
        UPDATE registrations SET status = 'cancelled', cancelled_at = ${now.toISOString()}, updated_at = ${now.toISOString()}
        WHERE event_id = ${eventId} AND status = 'pending' AND confirmed_at IS NULL AND created_at < ${pendingCutoff(now).toISOString()}`)
      const event = await loadEvent(payload, req, eventId, 'sv')
      return event ? promoteWaitlist(payload, req, event, now) : 0
    })
  }
  return promoted
}
