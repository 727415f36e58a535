/**
 * What a report of an accessibility problem may contain, checked before anything is stored.
 * Pure; messages in both languages beside the rules.
 */
import { normaliseName } from '../registration/input.ts'

export type ReportLocale = 'sv' | 'en'

export interface ReportInput {
  /** Where: a page of this site (a path) or the visitor's own words. */
  page: string
  description: string
  name: string
  email: string
  locale: ReportLocale
}

export type ReportProblem = 'pageMissing' | 'pageTooLong' | 'descriptionMissing' | 'descriptionTooLong' | 'nameTooLong' | 'emailInvalid'

export const PAGE_MAX = 500
export const DESCRIPTION_MAX = 5000
const NAME_MAX = 120

export const reportMessages: Record<ReportProblem, { sv: string; en: string }> = {
  pageMissing: { sv: 'Skriv vilken sida eller vilken del av webbplatsen det gäller.', en: 'Say which page or part of the site it concerns.' },
  pageTooLong: { sv: 'Beskriv platsen med högst 500 tecken.', en: 'Describe the place in at most 500 characters.' },
  descriptionMissing: { sv: 'Beskriv problemet.', en: 'Describe the problem.' },
  descriptionTooLong: { sv: 'Beskrivningen får vara högst 5 000 tecken.', en: 'The description may be at most 5,000 characters.' },
  nameTooLong: { sv: 'Namnet får vara högst 120 tecken.', en: 'The name may be at most 120 characters.' },
  emailInvalid: { sv: 'Skriv en e-postadress i formen namn@exempel.se, eller lämna fältet tomt.', en: 'Enter an e-mail address like name@example.com, or leave the field empty.' },
}

export type ReportResult =
  | { ok: true; value: ReportInput }
  | { ok: false; problems: Partial<Record<'page' | 'description' | 'name' | 'email', ReportProblem>>; value: ReportInput }

const EMAIL = /^[^\s@<>"'(),;:\\[\]]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i
const text = (form: Record<string, unknown>, key: string) => (typeof form[key] === 'string' ? (form[key] as string) : '')
/** Multi-line text: newlines kept, other control characters dropped. */
const plain = (value: string) => value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim()

export function parseReport(form: Record<string, unknown>, pageLocale: ReportLocale): ReportResult {
  const chosen = text(form, 'locale')
  const value: ReportInput = {
    page: normaliseName(text(form, 'page')),
    description: plain(text(form, 'description')),
    name: normaliseName(text(form, 'name')),
    email: text(form, 'email').trim().toLowerCase(),
    locale: chosen === 'en' || chosen === 'sv' ? chosen : pageLocale,
  }
  const problems: Extract<ReportResult, { ok: false }>['problems'] = {}
  if (!value.page) problems.page = 'pageMissing'
  else if (value.page.length > PAGE_MAX) problems.page = 'pageTooLong'
  if (!value.description) problems.description = 'descriptionMissing'
  else if (value.description.length > DESCRIPTION_MAX) problems.description = 'descriptionTooLong'
  if (value.name.length > NAME_MAX) problems.name = 'nameTooLong'
  if (value.email && (value.email.length > 254 || !EMAIL.test(value.email))) problems.email = 'emailInvalid'
  const trimmed = { ...value, page: value.page.slice(0, PAGE_MAX), description: value.description.slice(0, DESCRIPTION_MAX), name: value.name.slice(0, NAME_MAX), email: value.email.slice(0, 254) }
  return Object.keys(problems).length > 0 ? { ok: false, problems, value: trimmed } : { ok: true, value }
}

/** A page of this site to pre-fill "where" with: a same-site path, or nothing. */
export function sameSitePath(value: string | null): string {
  if (!value || value.length > 300 || !value.startsWith('/') || value.startsWith('//') || /[\s\\]/.test(value)) return ''
  return value
}

/** A page's path with any secret part removed (a registrant's page holds their link token). */
export function withoutSecrets(path: string): string {
  const secret = /^(\/anmalan|\/en\/registration)\/[^/]+/.exec(path)
  return secret ? secret[1] : path
}
