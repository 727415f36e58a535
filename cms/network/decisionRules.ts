/**
 * The pure rules of deciding on applications (network and council): who may decide, the
 * decision's message, council seats, and the refusals with their HTTP status and text in
 * both languages. No server needed, so unit tested on their own.
 */
import { agencyIdOf, isAdmin, isAgencyRepresentative, type RoleBearer } from '../access/roles.ts'
import { ServiceRefusal } from '../domain/refusal.ts'

/** A new account's link to choose a password lasts a week: the mail may wait over a weekend. */
export const WELCOME_LINK_DAYS = 7
export const DECISION_MESSAGE_MAX = 2000

export type DecisionProblem =
  | 'notLoggedIn'
  | 'forbidden'
  | 'notFound'
  | 'notConfirmed'
  | 'alreadyDecided'
  | 'accountExists'
  | 'messageMissing'
  | 'messageTooLong'
  | 'councilFull'
  | 'unsavable'

export const decisionStatus: Record<DecisionProblem, 400 | 401 | 403 | 404 | 409> = {
  notLoggedIn: 401,
  forbidden: 403,
  notFound: 404,
  notConfirmed: 409,
  alreadyDecided: 409,
  accountExists: 409,
  messageMissing: 400,
  messageTooLong: 400,
  councilFull: 409,
  unsavable: 409,
}

/** Both languages, Swedish first, as the admin panel's other messages. */
export const decisionText: Record<DecisionProblem, string> = {
  notLoggedIn: 'Logga in först. / Log in first.',
  forbidden: 'Du får inte besluta om den här ansökan. / You may not decide on this application.',
  notFound: 'Ansökan finns inte. / The application does not exist.',
  notConfirmed: 'Den sökande har inte bekräftat sin e-postadress än. / The applicant has not confirmed their e-mail address yet.',
  alreadyDecided: 'Ansökan är redan beslutad. / The application has already been decided.',
  accountExists: 'Det finns redan ett konto med den e-postadressen, för en annan myndighet eller roll. Ändra kontot i stället. / An account with that e-mail address already exists, for another agency or role. Change that account instead.',
  messageMissing: 'Skriv varför ansökan avslås; den sökande får meddelandet. / Write why the application is rejected; the applicant gets the message.',
  messageTooLong: 'Meddelandet får vara högst 2 000 tecken. / The message may be at most 2,000 characters.',
  councilFull: 'Rådets alla platser är tagna. Öka antalet platser på rådets sida, eller låt någon lämna sin plats först. / All the council’s seats are taken. Raise the number of seats on the council page, or let someone leave their seat first.',
  unsavable: 'Uppgifterna i ansökan kunde inte sparas som de är; inget har ändrats. Rätta ansökan eller myndigheten och försök igen. / The application’s details could not be saved as they are; nothing has changed. Correct the application or the agency and try again.',
}

export class DecisionProblemError extends ServiceRefusal<DecisionProblem> {
  override name = 'DecisionProblemError'
}

export interface DecidableApplication {
  kind?: 'new-agency' | 'add-representative' | null
  agency?: number | { id: number } | null
}

/**
 * Who may decide on a network application: admins always; for a request to become another
 * representative, also the current representatives of that agency.
 */
export function mayDecide(user: RoleBearer | null | undefined, application: DecidableApplication): boolean {
  if (isAdmin(user)) return true
  const agency = typeof application.agency === 'object' ? application.agency?.id : application.agency
  return application.kind === 'add-representative' && isAgencyRepresentative(user) && agency != null && agencyIdOf(user) === agency
}

/** Who may decide on a council application: region staff only. */
export const mayDecideCouncil = (user: RoleBearer | null | undefined): boolean => isAdmin(user)

/** The refusal for someone who may not decide: 401 when not logged in, 403 otherwise. */
export const refusalFor = (user: RoleBearer | null | undefined): DecisionProblem => (user ? 'forbidden' : 'notLoggedIn')

/** The refusal, if any, for deciding on an application in `status` (network: confirmed; council: pending). */
export function statusProblem(status: string | null | undefined, decidable: 'confirmed' | 'pending'): DecisionProblem | null {
  if (status === decidable) return null
  if (status === 'pending') return 'notConfirmed'
  return 'alreadyDecided'
}

/** The optional (approve) or required (reject) message, trimmed. */
export function decisionMessage(raw: unknown, required: boolean): { ok: true; value: string } | { ok: false; problem: DecisionProblem } {
  const value = typeof raw === 'string' ? raw.replace(/\r\n/g, '\n').trim() : ''
  if (required && !value) return { ok: false, problem: 'messageMissing' }
  if (value.length > DECISION_MESSAGE_MAX) return { ok: false, problem: 'messageTooLong' }
  return { ok: true, value }
}

/**
 * Free seats on the council: every named member holds one (the chair and the secretary
 * too, and seats without an account). No `seats` on the council page means no limit.
 */
export function freeSeats(seats: number | null | undefined, members: readonly unknown[] | null | undefined): number {
  if (seats == null) return Number.POSITIVE_INFINITY
  return Math.max(0, seats - (members?.length ?? 0))
}

/** The id of a `number | { id }` relation, or null. */
export function idOf(value: number | { id: number } | null | undefined): number | null {
  if (value == null) return null
  return typeof value === 'object' ? value.id : value
}

/**
 * A new agency's slug: from its name (cut to fit the slug field's 120 characters), with the
 * organisation number's digits added when that slug is taken. A name with no letters or
 * digits at all gives the digits alone.
 */
export function agencySlug(nameSlug: string, orgNumber: string, taken: boolean): string {
  const digits = orgNumber.replace(/\D/g, '')
  const base = nameSlug.slice(0, 100).replace(/-+$/, '')
  if (!base) return `myndighet-${digits}`
  return taken ? `${base}-${digits}` : base
}
