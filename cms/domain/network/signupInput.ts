/**
 * What the authority network's sign-up form may contain, checked before anything touches
 * the database. Pure, so every rule is unit tested; messages are in `signupMessages.ts`.
 */
import { checkOrgNumber } from '../orgNumber.ts'
import { emailDomainCheck, hostOf } from './emailDomain.ts'

export type SignupLocale = 'sv' | 'en'

export const INTERESTS = ['meetups', 'council', 'hub-seats'] as const
export type Interest = (typeof INTERESTS)[number]

export interface SignupInput {
  agencyName: string
  /** Normalised to NNNNNN-NNNN. */
  orgNumber: string
  website: string
  /** A municipality's slug. */
  municipality: string
  staffInCounty: number | null
  name: string
  title: string
  /** Lower case. */
  email: string
  phone: string
  interests: Interest[]
  consent: boolean
  locale: SignupLocale
  /** The applicant says the e-mail's domain is one the agency uses, though it is not the website's. */
  domainConfirmed: boolean
  /** The agency is already in the network and the applicant asks to be another representative. */
  addRepresentative: boolean
}

export type SignupField =
  | 'agencyName'
  | 'orgNumber'
  | 'website'
  | 'municipality'
  | 'staffInCounty'
  | 'name'
  | 'title'
  | 'email'
  | 'phone'
  | 'interests'
  | 'consent'

export type SignupProblem =
  | 'missing'
  | 'tooLong'
  | 'markup'
  | 'unreadable'
  | 'orgNumberFormat'
  | 'orgNumberChecksum'
  | 'orgNumberNotPublic'
  | 'websiteInvalid'
  | 'municipalityUnknown'
  | 'staffInvalid'
  | 'emailInvalid'
  | 'emailDomain'
  | 'phoneInvalid'
  | 'interestsMissing'
  | 'interestsUnknown'
  | 'consentMissing'

export type SignupWarning = 'freeMail'

export type SignupResult =
  | { ok: true; value: SignupInput; warnings: SignupWarning[] }
  | { ok: false; problems: Partial<Record<SignupField, SignupProblem>>; value: SignupInput; warnings: SignupWarning[] }

export const LIMITS = { agencyName: 200, name: 120, title: 120, website: 300, email: 254, phone: 40, staffInCounty: 100_000 } as const

/** Local part, @, a domain with at least one dot; no spaces, quotes or angle brackets. */
const EMAIL = /^[^\s@<>"'(),;:\\[\]]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i
// C0 and C1 control characters and the line and paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/
const MARKUP = /[<>{}]|&#|javascript:/i

/** A form as the site reads it: one string per field, and every value of a repeated field. */
export interface SignupForm {
  get(name: string): string | null
  getAll(name: string): string[]
}

/** Wraps FormData (or URLSearchParams): files and repeated single fields count as absent. */
export function signupForm(data: { getAll(name: string): Array<FormDataEntryValue | string> }): SignupForm {
  return {
    get(name) {
      const values = data.getAll(name)
      return values.length === 1 && typeof values[0] === 'string' ? values[0] : null
    },
    getAll(name) {
      return data.getAll(name).filter((v): v is string => typeof v === 'string')
    },
  }
}

type TextCheck = { value: string; problem: SignupProblem | null }

/** One line of text: white space collapsed; control characters, markup and undecodable bytes refused. */
function lineOfText(raw: string | null, max: number, required: boolean): TextCheck {
  const text = raw ?? ''
  const value = text.replace(/\s+/g, ' ').trim()
  if (!value) return { value: '', problem: required ? 'missing' : null }
  if (value.length > max) return { value: value.slice(0, max), problem: 'tooLong' }
  // U+FFFD is what a decoder leaves of bytes that were not UTF-8.
  if (text.includes('\uFFFD')) return { value, problem: 'unreadable' }
  if (CONTROL.test(text)) return { value, problem: 'unreadable' }
  if (MARKUP.test(value)) return { value, problem: 'markup' }
  return { value, problem: null }
}

/** An http(s) address with a dotted host name; a bare host gets https:// in front. */
export function normaliseWebsite(raw: string): string | null {
  const text = raw.trim()
  if (!text || /\s/.test(text) || CONTROL.test(text) || text.includes('\uFFFD')) return null
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  if (url.username || url.password) return null
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname) || /^[\d.]+$/.test(url.hostname)) return null
  return url.href
}

/** Digits, spaces and + - ( ); between 6 and 15 digits (E.164 allows 15). */
export function checkPhone(raw: string): boolean {
  if (!/^[0-9+\-() ]+$/.test(raw)) return false
  const digits = raw.replace(/\D/g, '').length
  return digits >= 6 && digits <= 15
}

export function parseSignupInput(form: SignupForm, pageLocale: SignupLocale, municipalities: readonly string[]): SignupResult {
  const problems: Partial<Record<SignupField, SignupProblem>> = {}
  const warnings: SignupWarning[] = []
  const text = (field: SignupField, max: number, required: boolean) => {
    const check = lineOfText(form.get(field), max, required)
    if (check.problem) problems[field] = check.problem
    return check.value
  }

  const agencyName = text('agencyName', LIMITS.agencyName, true)

  const rawOrg = (form.get('orgNumber') ?? '').trim()
  let orgNumber = rawOrg.slice(0, 20)
  if (!rawOrg) problems.orgNumber = 'missing'
  else {
    const check = checkOrgNumber(rawOrg.replace(/\s+/g, ''))
    if (!check.ok) problems.orgNumber = check.reason === 'format' ? 'orgNumberFormat' : 'orgNumberChecksum'
    else {
      orgNumber = check.normalized
      // Public bodies (the state, regions, municipalities) have numbers that begin with 2.
      if (!orgNumber.startsWith('2')) problems.orgNumber = 'orgNumberNotPublic'
    }
  }

  const rawWebsite = (form.get('website') ?? '').trim()
  let website = rawWebsite.slice(0, LIMITS.website)
  if (!rawWebsite) problems.website = 'missing'
  else if (rawWebsite.length > LIMITS.website) problems.website = 'tooLong'
  else {
    const normalised = normaliseWebsite(rawWebsite)
    if (normalised) website = normalised
    else problems.website = 'websiteInvalid'
  }

  const municipality = (form.get('municipality') ?? '').trim()
  if (!municipality) problems.municipality = 'missing'
  else if (!municipalities.includes(municipality)) problems.municipality = 'municipalityUnknown'

  const rawStaff = (form.get('staffInCounty') ?? '').trim()
  let staffInCounty: number | null = null
  if (rawStaff) {
    const compact = rawStaff.replace(/[\s\u00a0]/g, '')
    if (/^\d{1,6}$/.test(compact) && Number(compact) <= LIMITS.staffInCounty) staffInCounty = Number(compact)
    else problems.staffInCounty = 'staffInvalid'
  }

  const name = text('name', LIMITS.name, true)
  const title = text('title', LIMITS.title, true)

  const rawEmail = (form.get('email') ?? '').trim()
  const email = rawEmail.toLowerCase().slice(0, LIMITS.email)
  const domainConfirmed = form.get('domainConfirmed') === 'yes'
  if (!rawEmail) problems.email = 'missing'
  else if (rawEmail.length > LIMITS.email) problems.email = 'tooLong'
  else if (!EMAIL.test(rawEmail)) problems.email = 'emailInvalid'
  else if (!problems.website) {
    const domain = emailDomainCheck(email, hostOf(website))
    if (domain === 'free-mail') warnings.push('freeMail')
    else if (domain === 'other' && !domainConfirmed) problems.email = 'emailDomain'
  }

  const rawPhone = (form.get('phone') ?? '').trim()
  const phone = rawPhone.slice(0, LIMITS.phone)
  if (rawPhone && (rawPhone.length > LIMITS.phone || !checkPhone(rawPhone))) problems.phone = 'phoneInvalid'

  const chosen = form.getAll('interests')
  const interests = INTERESTS.filter((i) => chosen.includes(i))
  if (chosen.some((i) => !(INTERESTS as readonly string[]).includes(i))) problems.interests = 'interestsUnknown'
  else if (interests.length === 0) problems.interests = 'interestsMissing'

  const consent = form.get('consent') === 'yes'
  if (!consent) problems.consent = 'consentMissing'

  const rawLocale = form.get('locale')
  const locale: SignupLocale = rawLocale === 'en' || rawLocale === 'sv' ? rawLocale : pageLocale

  const value: SignupInput = {
    agencyName,
    orgNumber,
    website,
    municipality: municipality.slice(0, 40),
    staffInCounty,
    name,
    title,
    email,
    phone,
    interests,
    consent,
    locale,
    domainConfirmed,
    addRepresentative: form.get('addRepresentative') === 'yes',
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems, value, warnings } : { ok: true, value, warnings }
}
