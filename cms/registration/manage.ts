/**
 * What the holder of a registration's link may do: see it, confirm the address, cancel.
 */
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { inTransaction } from '../db/transaction.ts'
import type { Registration } from '../payload-types.ts'
import type { RegistrationLocale } from '../domain/registration/input.ts'
import { sendAbout } from './mail.ts'
import { RegistrationProblem } from '../domain/registration/messages.ts'
import { byToken, eventIdOf, loadEvent, lockEvent, type Options } from './records.ts'
import { confirmationExpired } from '../domain/registration/rules.ts'
import { atOccurrence } from '../domain/registration/occurrence.ts'
import { promoteWaitlist } from './waitlist.ts'

/** The logged-in person following a registration's link, if any. */
export interface Account {
  id: number
  email: string
}

export interface RegistrationView {
  name: string
  email: string
  locale: RegistrationLocale
  status: Registration['status']
  confirmed: boolean
  /** The confirmation window passed before the registration was confirmed. */
  expired: boolean
  /** The event at the occurrence registered for: `start` and `end` are that occurrence's. */
  event: { title: string; slug: string; start: string; end: string; cancelled: boolean; past: boolean }
  /** The occurrence's Stockholm date, for a recurring event. */
  occurrence: string | null
}

/** What the holder of a registration's link may see about it, or null for an unknown link. */
export async function viewRegistration(payload: Payload, token: string, locale: RegistrationLocale, options: Options = {}): Promise<RegistrationView | null> {
  const now = options.now ?? new Date()
  const req = options.req ?? (await createLocalReq({}, payload))
  const registration = await byToken(payload, req, token)
  if (!registration) return null
  const series = await loadEvent(payload, req, eventIdOf(registration), locale)
  if (!series) return null
  const event = atOccurrence(series, registration.occurrence)
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
    occurrence: registration.occurrence || null,
  }
}

/**
 * The registration behind a link, read again once its event is locked, so it is current for
 * the rest of the transaction; refused when the link is unknown or already cancelled.
 */
async function lockedByToken(payload: Payload, req: PayloadRequest, token: string): Promise<Registration> {
  const found = await byToken(payload, req, token)
  if (!found) throw new RegistrationProblem('tokenInvalid')
  await lockEvent(payload, req, eventIdOf(found))
  const registration = (await byToken(payload, req, token))!
  if (registration.status === 'cancelled') throw new RegistrationProblem('alreadyCancelled')
  return registration
}

/**
 * Confirms the e-mail address of a registration: its seat becomes a confirmed place. Confirmed
 * by someone logged in whose account has the registration's address, it becomes theirs
 * (`holder`): they proved both the mailbox (the link) and the account (the session).
 */
export async function confirmRegistration(payload: Payload, token: string, options: Options & { account?: Account | null } = {}): Promise<Registration['status']> {
  const now = options.now ?? new Date()
  return inTransaction(payload, options.req, async (req) => {
    const registration = await lockedByToken(payload, req, token)
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

/** Cancels a registration from its link; a seat it held goes to the waiting list. */
export async function cancelRegistration(payload: Payload, token: string, options: Options = {}): Promise<void> {
  const now = options.now ?? new Date()
  await inTransaction(payload, options.req, async (req) => {
    const registration = await lockedByToken(payload, req, token)
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
    if (registration.status === 'confirmed' || registration.status === 'pending') await promoteWaitlist(payload, req, event, now, registration.occurrence || null)
  })
}
