/**
 * What a registration form may contain, checked before anything touches the database.
 * Pure, so every rule is unit tested. Messages live in `messages.ts`, in both languages.
 */
export type RegistrationLocale = 'sv' | 'en'

export interface RegistrationInput {
  name: string
  email: string
  locale: RegistrationLocale
  /**
   * Which occurrence of a recurring event, as the visitor chose it (a Stockholm date or an
   * ISO instant); none means the next. The registration service checks it against the event.
   */
  occurrence?: string | null
}

export type InputProblem = 'nameMissing' | 'nameTooLong' | 'nameMarkup' | 'emailMissing' | 'emailInvalid' | 'emailTooLong'

export type InputResult =
  | { ok: true; value: RegistrationInput }
  | { ok: false; problems: Partial<Record<'name' | 'email', InputProblem>>; value: RegistrationInput }

export const NAME_MAX = 120
export const EMAIL_MAX = 254

/** Local part, @, a domain with at least one dot; no spaces, quotes or angle brackets. */
const EMAIL = /^[^\s@<>"'(),;:\\[\]]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i

const field = (form: Record<string, unknown>, name: string): string => {
  const value = form[name]
  return typeof value === 'string' ? value : ''
}

/** Collapses runs of white space and strips control characters; a name is one line. */
export function normaliseName(raw: string): string {
  return raw.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim()
}

export function parseRegistrationInput(form: Record<string, unknown>, pageLocale: RegistrationLocale): InputResult {
  const rawName = field(form, 'name')
  const rawEmail = field(form, 'email')
  const locale: RegistrationLocale = field(form, 'locale') === 'en' ? 'en' : field(form, 'locale') === 'sv' ? 'sv' : pageLocale
  const name = normaliseName(rawName)
  const email = rawEmail.trim().toLowerCase()
  const occurrence = field(form, 'occurrence').trim().slice(0, 40) || null
  const value = { name: name.slice(0, NAME_MAX), email: email.slice(0, EMAIL_MAX), locale, ...(occurrence ? { occurrence } : {}) }
  const problems: Partial<Record<'name' | 'email', InputProblem>> = {}

  if (!name) problems.name = 'nameMissing'
  else if (name.length > NAME_MAX) problems.name = 'nameTooLong'
  // A name has no use for markup; refusing it keeps mail, exports and pages plain.
  else if (/[<>{}]|&#|javascript:/i.test(name)) problems.name = 'nameMarkup'

  if (!email) problems.email = 'emailMissing'
  else if (email.length > EMAIL_MAX) problems.email = 'emailTooLong'
  else if (!EMAIL.test(email)) problems.email = 'emailInvalid'

  return Object.keys(problems).length > 0 ? { ok: false, problems, value } : { ok: true, value }
}
