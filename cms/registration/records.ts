/**
 * The reads and the lock every registration operation shares. Each operation is one
 * transaction that first locks the event's row (`lockEvent`), so two people can never take
 * the last seat, however many try at once.
 */
import type { Payload, PayloadRequest, Where } from 'payload'
import type { SourceEvent } from '../domain/calendar/fromEvent.ts'
import { executor, sql } from '../db/sql.ts'
import type { Event, Registration } from '../payload-types.ts'
import type { RegistrationLocale } from '../domain/registration/input.ts'
import { pendingCutoff } from '../domain/registration/rules.ts'

export interface Options {
  /** Runs inside this request's transaction instead of its own. */
  req?: PayloadRequest
  now?: Date
}

/** Holds the event's row until the transaction ends: registrations for one event queue up here. */
export async function lockEvent(payload: Payload, req: PayloadRequest, eventId: number): Promise<boolean> {
  const db = await executor(payload, req)
  const { rows } = await db.execute(sql`SELECT id FROM events WHERE id = ${eventId} FOR UPDATE`)
  return rows.length > 0
}

/** The registrations for one occurrence (null: a single event's, which name none). */
export const forOccurrence = (occurrence: string | null | undefined): Where =>
  occurrence ? { occurrence: { equals: occurrence } } : { or: [{ occurrence: { exists: false } }, { occurrence: { equals: '' } }] }

/** Seats held at one occurrence: confirmed places, and unconfirmed ones still inside their 48 hours. */
export async function seatsTaken(payload: Payload, req: PayloadRequest, eventId: number, now: Date, occurrence: string | null = null): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'registrations',
    where: {
      and: [
        { event: { equals: eventId } },
        forOccurrence(occurrence),
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

export type LoadedEvent = Event & SourceEvent

export async function loadEvent(payload: Payload, req: PayloadRequest, eventId: number, locale: RegistrationLocale): Promise<LoadedEvent | null> {
  try {
    return (await payload.findByID({ collection: 'events', id: eventId, locale, depth: 1, overrideAccess: true, req })) as LoadedEvent
  } catch {
    return null
  }
}

export async function byToken(payload: Payload, req: PayloadRequest, token: string): Promise<Registration | null> {
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

export const eventIdOf = (registration: Pick<Registration, 'event'>): number =>
  typeof registration.event === 'object' ? registration.event.id : registration.event

export function registrationsWhere(payload: Payload, req: PayloadRequest, where: Where): Promise<Registration[]> {
  return payload.find({ collection: 'registrations', where, limit: 0, pagination: false, depth: 0, overrideAccess: true, req }).then((r) => r.docs)
}
