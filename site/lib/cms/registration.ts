/** Registering for events, and what a registration's link shows and does. */
import type { RegistrationInput } from '../../../cms/domain/registration/input.ts'
import type { ServiceProblem } from '../../../cms/domain/registration/messages.ts'
import {
  cancelRegistration,
  confirmRegistration,
  ownRegistrationsFor,
  personalFeedEvents,
  register,
  RegistrationProblem,
  seatsLeftFor,
  viewRegistration,
  type OwnRegistration,
  type RegisterResult,
  type RegistrationView,
} from '../../../cms/registration/service.ts'
import { entitlementOf } from '../../../cms/network/entitlement.ts'
import type { Event } from '../../../cms/payload-types.ts'
import type { Locale } from '../i18n.ts'
import type { SiteUser } from './account.ts'
import type { FeedEvent } from './feeds.ts'
import { attempt, cms } from './payload.ts'

export type { OwnRegistration, RegistrationView }

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: ServiceProblem }

/** Seats left at an event's occurrence (null: a single event), or null when it has no limit. */
export async function seatsLeftAt(event: Pick<Event, 'id' | 'capacity'>, occurrence: string | null = null): Promise<number | null> {
  return seatsLeftFor(await cms(), event.id, event.capacity, occurrence)
}

/** Registers the public for a public event (network and council events need a representative). */
export function registerForEvent(eventId: number, input: RegistrationInput): Promise<Outcome<RegisterResult>> {
  return attempt(RegistrationProblem, (payload) => register(payload, eventId, input))
}

/**
 * Registers someone (the person or a colleague) for an event with the person's entitlement.
 * With the person's own address it is confirmed at once: their account's address is verified.
 */
export async function registerAs(user: SiteUser, eventId: number, input: RegistrationInput): Promise<Outcome<RegisterResult>> {
  return attempt(RegistrationProblem, async (payload) => {
    return register(payload, eventId, input, await entitlementOf(payload, user.account), { account: { id: user.id, email: user.email } })
  })
}

/** The person's own live registrations for an event (for "you are registered" and its cancel button). */
export async function ownRegistrationsAt(user: SiteUser, eventId: number): Promise<OwnRegistration[]> {
  return ownRegistrationsFor(await cms(), user.id, eventId)
}

export async function loadRegistration(token: string, locale: Locale): Promise<RegistrationView | null> {
  return viewRegistration(await cms(), token, locale)
}

/** Confirms a registration from its link; confirmed while logged in with the same address, it becomes the person's own. */
export function confirmRegistrationLink(token: string, user: SiteUser | null = null): Promise<Outcome<Awaited<ReturnType<typeof confirmRegistration>>>> {
  return attempt(RegistrationProblem, (payload) => confirmRegistration(payload, token, { account: user ? { id: user.id, email: user.email } : null }))
}

export function cancelRegistrationLink(token: string): Promise<Outcome<void>> {
  return attempt(RegistrationProblem, (payload) => cancelRegistration(payload, token))
}

/** The events a registrant has a place at, for their personal feed; null for an unknown token. */
export async function loadPersonalFeed(token: string, locale: Locale): Promise<{ name: string; events: FeedEvent[] } | null> {
  return personalFeedEvents(await cms(), token, locale)
}
