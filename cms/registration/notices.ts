/**
 * What everyone registered hears when their event changes, and the reminder the day before.
 */
import type { Payload, PayloadRequest, Where } from 'payload'
import type { Registration } from '../payload-types.ts'
import { inTransaction } from '../db/transaction.ts'
import { inTheirLanguage, sendAbout } from './mail.ts'
import { lockEvent, registrationsWhere } from './records.ts'
import { reminderWindow } from '../domain/registration/rules.ts'
import { isRecurring, occurrences, stockholmDate } from '../domain/calendar/recurrence.ts'

/** A series' registrations for occasions already over hear nothing more about it. */
const stillToCome = (now: Date) => {
  const today = stockholmDate(now.toISOString())!
  return (registration: Registration) => !registration.occurrence || registration.occurrence >= today
}

/**
 * Tells everyone with a confirmed address that the event is cancelled, with a calendar
 * cancellation for those who had a place. Registrations are kept. Runs in the editor's
 * transaction (from the events collection's hook).
 */
export async function notifyEventCancelled(payload: Payload, req: PayloadRequest, eventId: number, now = new Date()): Promise<number> {
  const docs = await registrationsWhere(payload, req, {
    and: [{ event: { equals: eventId } }, { status: { in: ['confirmed', 'waitlisted'] } }, { confirmedAt: { exists: true } }],
  }).then((found) => found.filter(stillToCome(now)))
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
  const docs = (await registrationsWhere(payload, req, { and: [{ event: { equals: eventId } }, { status: { equals: 'confirmed' } }] })).filter(stillToCome(now))
  await inTheirLanguage(payload, req, eventId, docs, (registration, event) => sendAbout(req, 'event-changed', registration, event, now, 'REQUEST'))
  return docs.length
}

/**
 * Sends the reminder, once, to every confirmed place at an event (or, for a series, at an
 * occurrence) in the next 24 hours.
 */
export async function sendReminders(payload: Payload, now = new Date()): Promise<number> {
  const window = reminderWindow(now)
  const upcoming: Where = {
    and: [
      {
        or: [
          { and: [{ start: { greater_than: window.from.toISOString() } }, { start: { less_than_equal: window.to.toISOString() } }] },
          // A series began long ago; which of its occurrences fall in the window is worked out below.
          { and: [{ 'recurrence.frequency': { in: ['weekly', 'monthly'] } }, { start: { less_than_equal: window.to.toISOString() } }] },
        ],
      },
      { status: { not_equals: 'cancelled' } },
    ],
  }
  const { docs: events } = await payload.find({
    collection: 'events',
    where: upcoming,
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { title: true, start: true, end: true, recurrence: true },
  })
  let sent = 0
  for (const event of events) {
    const id = event.id
    let which: Where = { id: { exists: true } }
    if (isRecurring(event.recurrence)) {
      const dates = occurrences(event.start, event.end, event.recurrence, window.from, window.to, 5)
        .filter((o) => Date.parse(o.start) > window.from.getTime())
        .map((o) => stockholmDate(o.start)!)
      if (dates.length === 0) continue
      which = { occurrence: { in: dates } }
    }
    sent += await inTransaction(payload, undefined, async (req) => {
      await lockEvent(payload, req, id)
      const docs = await registrationsWhere(payload, req, {
        and: [{ event: { equals: id } }, which, { status: { equals: 'confirmed' } }, { remindedAt: { exists: false } }],
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
