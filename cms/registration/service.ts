/**
 * Registering for events, as the site and the tests call it: sign up (`register.ts`), see,
 * confirm and cancel through the link (`manage.ts`), the waiting list (`waitlist.ts`), notices
 * and reminders (`notices.ts`), and the site's reads (`reads.ts`). Each operation is one
 * transaction that first locks the event's row (`records.ts`), and its messages go into the
 * outbox in the same transaction (`mail.ts`). The rules themselves are pure, in `rules.ts`.
 */
export { cancelRegistration, confirmRegistration, viewRegistration, type Account, type RegistrationView } from './manage.ts'
export { RegistrationProblem } from '../domain/registration/messages.ts'
export { notifyEventCancelled, notifyEventChanged, sendReminders } from './notices.ts'
export { ownRegistrationsFor, personalFeedEvents, seatsLeftFor, type OwnRegistration } from './reads.ts'
export type { Options } from './records.ts'
export { register, type Entitlement, type RegisterResult } from './register.ts'
export { promoteAfterExpiry } from './waitlist.ts'
