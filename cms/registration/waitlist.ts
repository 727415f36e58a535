/**
 * The waiting list: freed seats go to those waiting, first come first served, among those
 * who have confirmed their address.
 */
import type { Payload, PayloadRequest } from 'payload'
import { executor, sql } from '../db/sql.ts'
import { inTransaction } from '../db/transaction.ts'
import { sendAbout } from './mail.ts'
import { eventIdOf, forOccurrence, loadEvent, lockEvent, seatsTaken, type LoadedEvent } from './records.ts'
import { pendingCutoff } from '../domain/registration/rules.ts'
import { atOccurrence } from '../domain/registration/occurrence.ts'

/**
 * Gives free seats at one occurrence (null: a single event) to its waiting list, first come
 * first served, among those who have confirmed their address. Runs inside the caller's
 * transaction, which holds the event lock.
 */
export async function promoteWaitlist(payload: Payload, req: PayloadRequest, event: LoadedEvent, now: Date, occurrence: string | null): Promise<number> {
  if (event.status === 'cancelled' || new Date(atOccurrence(event, occurrence).start).getTime() <= now.getTime()) return 0
  let free = event.capacity == null ? Infinity : event.capacity - (await seatsTaken(payload, req, event.id, now, occurrence))
  let promoted = 0
  while (free > 0) {
    const { docs } = await payload.find({
      collection: 'registrations',
      where: { and: [{ event: { equals: event.id } }, forOccurrence(occurrence), { status: { equals: 'waitlisted' } }, { confirmedAt: { exists: true } }] },
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
    select: { event: true, occurrence: true },
  })
  let promoted = 0
  const byEvent = new Map<number, Set<string | null>>()
  for (const r of stale) byEvent.set(eventIdOf(r), (byEvent.get(eventIdOf(r)) ?? new Set()).add(r.occurrence || null))
  for (const [eventId, occurrences] of byEvent) {
    promoted += await inTransaction(payload, undefined, async (req) => {
      await lockEvent(payload, req, eventId)
      // The expired ones hold nothing already; marking them cancelled says so in the admin panel.
      const db = await executor(payload, req)
      await db.execute(sql`
        UPDATE registrations SET status = 'cancelled', cancelled_at = ${now.toISOString()}, updated_at = ${now.toISOString()}
        WHERE event_id = ${eventId} AND status = 'pending' AND confirmed_at IS NULL AND created_at < ${pendingCutoff(now).toISOString()}`)
      const event = await loadEvent(payload, req, eventId, 'sv')
      let count = 0
      for (const occurrence of occurrences) count += event ? await promoteWaitlist(payload, req, event, now, occurrence) : 0
      return count
    })
  }
  return promoted
}
