/**
 * Registering for an event: a seat held for 48 hours until the address is confirmed, or a
 * place on the waiting list when the event is full.
 */
import type { Payload } from 'payload'
import { executor, sql } from '../db/sql.ts'
import { inTransaction } from '../db/transaction.ts'
import type { Entitlement } from '../network/entitlement.ts'
import type { RegistrationInput } from '../domain/registration/input.ts'
import { sendAbout } from './mail.ts'
import { RegistrationProblem } from '../domain/registration/messages.ts'
import { loadEvent, lockEvent, seatsTaken, type Options } from './records.ts'
import { pendingCutoff, registrationRefusal, seatOrWaitlist, seatsLeft } from '../domain/registration/rules.ts'

/** Who is registering: the public, or (for network and council events) an entitled representative. */
export type { Entitlement }

const PUBLIC: Entitlement = { network: false, council: false }

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
