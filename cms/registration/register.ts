/**
 * Registering for an event, or for one occurrence of a recurring event: a seat held for 48
 * hours until the address is confirmed, or a place on the waiting list when that occurrence
 * is full. Someone logged in who registers their own account's address is confirmed at once.
 */
import type { Payload } from 'payload'
import { executor, sql } from '../db/sql.ts'
import { inTransaction } from '../db/transaction.ts'
import type { Entitlement } from '../network/entitlement.ts'
import type { RegistrationInput } from '../domain/registration/input.ts'
import { sendAbout } from './mail.ts'
import type { Account } from './manage.ts'
import { RegistrationProblem } from '../domain/registration/messages.ts'
import { chooseOccurrence } from '../domain/registration/occurrence.ts'
import { loadEvent, lockEvent, seatsTaken, type Options } from './records.ts'
import { pendingCutoff, registrationRefusal, seatOrWaitlist, seatsLeft } from '../domain/registration/rules.ts'

/** Who is registering: the public, or (for network and council events) an entitled representative. */
export type { Entitlement }

const PUBLIC: Entitlement = { network: false, council: false }

export interface RegisterResult {
  /** `confirmed` (or a confirmed place on the waiting list) only for an account registering itself. */
  status: 'pending' | 'confirmed' | 'waitlisted'
  /** Whether the address still needs confirming by the mailed link. */
  confirmed: boolean
  /** Seats left at the occurrence after this registration, when the event has a capacity. */
  seatsLeft: number | null
  /** The occurrence registered for (Stockholm date), or null for a single event. */
  occurrence: string | null
}

/**
 * Registers someone for an event (`input.occurrence`: which occurrence of a recurring one;
 * the next when it names none) and sends the confirmation link. The seat is held for 48
 * hours; when the occurrence is full the registration goes on the waiting list instead.
 * With `account` (the logged-in person) and the account's own address, the address is
 * already proven: the registration is confirmed at once and the confirmation mail says so.
 */
export async function register(
  payload: Payload,
  eventId: number,
  input: RegistrationInput,
  entitlement: Entitlement = PUBLIC,
  options: Options & { account?: Account | null } = {},
): Promise<RegisterResult> {
  const now = options.now ?? new Date()
  return inTransaction(payload, options.req, async (req) => {
    if (!(await lockEvent(payload, req, eventId))) throw new RegistrationProblem('notFound')
    const event = await loadEvent(payload, req, eventId, input.locale)
    const refusal = registrationRefusal(event, now, entitlement)
    if (refusal || !event) throw new RegistrationProblem(refusal ?? 'notFound')
    const chosen = chooseOccurrence(event, input.occurrence, now)
    if (!chosen.ok) throw new RegistrationProblem(chosen.problem)
    const occurrence = chosen.occurrence.date

    const db = await executor(payload, req)
    const sameOccurrence = occurrence ? sql`occurrence = ${occurrence}` : sql`(occurrence IS NULL OR occurrence = '')`
    // An unconfirmed registration that expired holds nothing: the address may register again.
    await db.execute(sql`
      UPDATE registrations SET status = 'cancelled', updated_at = ${now.toISOString()}
      WHERE event_id = ${eventId} AND ${sameOccurrence} AND lower(email) = ${input.email} AND status IN ('pending', 'waitlisted')
        AND confirmed_at IS NULL AND created_at < ${pendingCutoff(now).toISOString()}`)
    const { rows: existing } = await db.execute(sql`
      SELECT 1 FROM registrations WHERE event_id = ${eventId} AND ${sameOccurrence} AND lower(email) = ${input.email} AND status <> 'cancelled' LIMIT 1`)
    if (existing.length > 0) throw new RegistrationProblem('duplicate')

    const account = options.account
    const ownAddress = account != null && entitlement.user === account.id && account.email.toLowerCase() === input.email
    const taken = await seatsTaken(payload, req, eventId, now, occurrence)
    const seat = seatOrWaitlist(event.capacity, taken)
    const status = ownAddress && seat === 'pending' ? 'confirmed' : seat
    const registration = await payload.create({
      collection: 'registrations',
      data: {
        event: eventId,
        ...(occurrence ? { occurrence } : {}),
        name: input.name,
        email: input.email,
        locale: input.locale,
        status,
        ...(ownAddress ? { confirmedAt: now.toISOString(), holder: account.id } : {}),
        ...(entitlement.user ? { user: entitlement.user } : {}),
        ...(entitlement.agency ? { agency: entitlement.agency } : {}),
      },
      overrideAccess: true,
      req,
    })
    const withToken = await payload.findByID({ collection: 'registrations', id: registration.id, overrideAccess: true, req, depth: 0 })
    if (!ownAddress) await sendAbout(req, 'registration-confirm', withToken, event, now)
    else if (status === 'confirmed') await sendAbout(req, 'registration-confirmed', withToken, event, now, 'REQUEST')
    else await sendAbout(req, 'registration-waitlisted', withToken, event, now)
    return { status, confirmed: ownAddress, seatsLeft: seatsLeft(event.capacity, taken + (seat === 'pending' ? 1 : 0)), occurrence }
  })
}
