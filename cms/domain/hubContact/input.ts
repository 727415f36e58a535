/**
 * What a message to a hub through its contact form may contain, checked before anything is
 * queued. Pure; messages in both languages beside the rules.
 */
import { normaliseName } from '../registration/input.ts'

export type ContactLocale = 'sv' | 'en'

export interface ContactInput {
  name: string
  /** The sender's address: the message's Reply-To, so the managers answer them directly. */
  email: string
  message: string
  locale: ContactLocale
}

export type ContactField = 'name' | 'email' | 'message'
export type ContactProblem = 'nameMissing' | 'nameTooLong' | 'emailMissing' | 'emailInvalid' | 'messageMissing' | 'messageTooLong'

export const NAME_MAX = 120
export const EMAIL_MAX = 254
export const MESSAGE_MAX = 3000

export const contactMessages: Record<ContactProblem, { sv: string; en: string }> = {
  nameMissing: { sv: 'Skriv ditt namn.', en: 'Enter your name.' },
  nameTooLong: { sv: 'Namnet får vara högst 120 tecken.', en: 'The name may be at most 120 characters.' },
  emailMissing: { sv: 'Skriv din e-postadress, så att hubben kan svara dig.', en: 'Enter your e-mail address, so that the hub can answer you.' },
  emailInvalid: { sv: 'Skriv en e-postadress i formen namn@exempel.se.', en: 'Enter an e-mail address like name@example.com.' },
  messageMissing: { sv: 'Skriv ditt meddelande.', en: 'Write your message.' },
  messageTooLong: { sv: 'Meddelandet får vara högst 3 000 tecken.', en: 'The message may be at most 3,000 characters.' },
}

export type ContactResult =
  | { ok: true; value: ContactInput }
  | { ok: false; problems: Partial<Record<ContactField, ContactProblem>>; value: ContactInput }

const EMAIL = /^[^\s@<>"'(),;:\\[\]]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i
const text = (form: Record<string, unknown>, key: string) => (typeof form[key] === 'string' ? (form[key] as string) : '')
/** Multi-line text: newlines kept, other control characters dropped. */
const plain = (value: string) => value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim()

export function parseContact(form: Record<string, unknown>, locale: ContactLocale): ContactResult {
  const value: ContactInput = {
    name: normaliseName(text(form, 'name')),
    email: text(form, 'email').trim().toLowerCase(),
    message: plain(text(form, 'message')),
    locale,
  }
  const problems: Extract<ContactResult, { ok: false }>['problems'] = {}
  if (!value.name) problems.name = 'nameMissing'
  else if (value.name.length > NAME_MAX) problems.name = 'nameTooLong'
  if (!value.email) problems.email = 'emailMissing'
  else if (value.email.length > EMAIL_MAX || !EMAIL.test(value.email)) problems.email = 'emailInvalid'
  if (!value.message) problems.message = 'messageMissing'
  else if (value.message.length > MESSAGE_MAX) problems.message = 'messageTooLong'
  if (Object.keys(problems).length === 0) return { ok: true, value }
  // Shown again in the form: kept within the limits, so a huge post is not echoed back whole.
  return { ok: false, problems, value: { ...value, name: value.name.slice(0, NAME_MAX), email: value.email.slice(0, EMAIL_MAX), message: value.message.slice(0, MESSAGE_MAX) } }
}
