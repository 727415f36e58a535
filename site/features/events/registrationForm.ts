/**
 * The registration form's state from what was posted and what the CMS answered: field
 * errors, a message for the form, the HTTP status, and the values to show again. Pure.
 */
import { parseRegistrationInput, type InputResult, type RegistrationInput } from '../../../cms/domain/registration/input.ts'
import { problemStatus, registrationMessages, type ServiceProblem } from '../../../cms/domain/registration/messages.ts'
import type { Locale } from '../../lib/i18n.ts'

export interface RegistrationFormState {
  status: number
  values: RegistrationInput
  fieldErrors: Partial<Record<'name' | 'email', string>>
  formError: string | null
  /** Accepted: `confirmed` when no e-mail confirmation is needed (the person's own account); `start` of the occurrence. */
  done: { waitlisted: boolean; email: string; confirmed: boolean; start: string | null } | null
  /** The person's registration was cancelled from the event page. */
  cancelled?: boolean
}

export const emptyRegistrationForm = (locale: Locale): RegistrationFormState => ({
  status: 200,
  values: { name: '', email: '', locale },
  fieldErrors: {},
  formError: null,
  done: null,
})

/** Form fields as plain strings; a field sent twice or as a file counts as absent. */
export function formFields(data: FormData): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const key of new Set(data.keys())) {
    const values = data.getAll(key)
    if (values.length === 1 && typeof values[0] === 'string') fields[key] = values[0]
  }
  return fields
}

export function checkRegistrationForm(fields: Record<string, string>, locale: Locale): InputResult {
  return parseRegistrationInput(fields, locale)
}

export function invalidFormState(result: Extract<InputResult, { ok: false }>, locale: Locale): RegistrationFormState {
  const fieldErrors: RegistrationFormState['fieldErrors'] = {}
  for (const [field, problem] of Object.entries(result.problems)) fieldErrors[field as 'name' | 'email'] = registrationMessages[problem][locale]
  return { status: 400, values: result.value, fieldErrors, formError: null, done: null }
}

export function refusedFormState(problem: ServiceProblem, values: RegistrationInput, locale: Locale): RegistrationFormState {
  return { status: problemStatus[problem], values, fieldErrors: {}, formError: registrationMessages[problem][locale], done: null }
}

export function acceptedFormState(
  values: RegistrationInput,
  outcome: { status: 'pending' | 'confirmed' | 'waitlisted'; confirmed?: boolean },
  start: string | null = null,
): RegistrationFormState {
  const done = { waitlisted: outcome.status === 'waitlisted', email: values.email, confirmed: Boolean(outcome.confirmed), start }
  // Confirmed at once is done (200); otherwise it waits for the mailed link (202 Accepted).
  return { status: done.confirmed ? 200 : 202, values, fieldErrors: {}, formError: null, done }
}
