/**
 * What the site reads about registrations outside any operation: the seats left at an
 * event, and the events behind a registration's personal calendar feed.
 */
import { createLocalReq, type Payload, type Where } from 'payload'
import type { RegistrationLocale } from '../domain/registration/input.ts'
import { byToken, eventIdOf, seatsTaken, type LoadedEvent } from './records.ts'
import { seatsLeft } from '../domain/registration/rules.ts'
import { calendarPlaces } from '../domain/registration/occurrence.ts'

/** Seats left at an event's occurrence (null: a single event) for the public page, or null when it has no limit. */
export async function seatsLeftFor(payload: Payload, eventId: number, capacity: number | null | undefined, occurrence: string | null = null, now = new Date()): Promise<number | null> {
  if (capacity == null) return null
  const req = await createLocalReq({}, payload)
  return seatsLeft(capacity, await seatsTaken(payload, req, eventId, now, occurrence))
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
    select: { event: true, holder: true, user: true, occurrence: true },
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
  const events = calendarPlaces([...found.values()], docs.map((r) => ({ event: eventIdOf(r), occurrence: r.occurrence })))
  return { name: registration.name, events }
}

/** An account's own live registration for an event, as the event page shows it. */
export interface OwnRegistration {
  /** The occurrence (Stockholm date), or null for a single event. */
  occurrence: string | null
  status: 'pending' | 'confirmed' | 'waitlisted'
  token: string
}

/** The registrations an account holds for an event that are not cancelled, earliest made first. */
export async function ownRegistrationsFor(payload: Payload, holderId: number, eventId: number): Promise<OwnRegistration[]> {
  const req = await createLocalReq({}, payload)
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { and: [{ holder: { equals: holderId } }, { event: { equals: eventId } }, { status: { not_equals: 'cancelled' } }] },
    sort: 'createdAt',
    limit: 100,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    req,
    select: { occurrence: true, status: true, token: true },
  })
  return docs.filter((r) => r.token).map((r) => ({ occurrence: r.occurrence || null, status: r.status as OwnRegistration['status'], token: r.token! }))
}
