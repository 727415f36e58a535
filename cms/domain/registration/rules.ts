/**
 * The rules of registering for an event, as pure functions of the event and the clock.
 */
import type { Recurrence } from '../calendar/recurrence.ts'
import { upcomingOccurrences } from './occurrence.ts'

export const CONFIRM_HOURS = 48
const HOUR = 60 * 60 * 1000

export interface RegistrableEvent {
  status?: string | null
  _status?: string | null
  audience?: string | null
  registrationRequired?: boolean | null
  start: string
  end?: string | null
  recurrence?: Recurrence | null
  capacity?: number | null
}

export type Refusal = 'notFound' | 'cancelled' | 'past' | 'noRegistration' | 'audience'

/** Why nobody may register now, or null when registration is open. */
export function registrationRefusal(event: RegistrableEvent | null, now: Date, entitled: { network: boolean; council: boolean }): Refusal | null {
  if (!event || event._status === 'draft') return 'notFound'
  if (event.audience === 'network' && !entitled.network) return 'audience'
  if (event.audience === 'council' && !entitled.council) return 'audience'
  if (event.status === 'cancelled') return 'cancelled'
  // A recurring event stays open while an occurrence is still to come.
  if (upcomingOccurrences({ ...event, end: event.end ?? event.start }, now, 1).length === 0) return 'past'
  if (!event.registrationRequired) return 'noRegistration'
  return null
}

/** A seat while there is one; otherwise a place on the waiting list. No capacity means no limit. */
export function seatOrWaitlist(capacity: number | null | undefined, taken: number): 'pending' | 'waitlisted' {
  return capacity == null || taken < capacity ? 'pending' : 'waitlisted'
}

export function seatsLeft(capacity: number | null | undefined, taken: number): number | null {
  return capacity == null ? null : Math.max(0, capacity - taken)
}

/** An unconfirmed registration older than this holds no seat and its link no longer works. */
export function confirmationExpired(createdAt: string, now: Date): boolean {
  return now.getTime() - new Date(createdAt).getTime() > CONFIRM_HOURS * HOUR
}

/** The instant before which a pending registration has expired. */
export const pendingCutoff = (now: Date): Date => new Date(now.getTime() - CONFIRM_HOURS * HOUR)

/** Reminders go out once, for confirmed places, in the day before the event. */
export const REMINDER_HOURS = 24
export const reminderWindow = (now: Date) => ({ from: now, to: new Date(now.getTime() + REMINDER_HOURS * HOUR) })
