/**
 * Cheap bot filters for public forms: a honeypot field that people never see (so never
 * fill), and a signed timestamp of when the form was served, so a form sent back within
 * MIN_FILL_MS (faster than a person types) or after MAX_FORM_AGE_MS is refused. Pure
 * functions take the key; the Astro-facing ones use the site's secret.
 */
import type { Locale } from '../i18n.ts'
import { refusal, type Refusal } from './messages.ts'
import { siteKey } from './secret.ts'
import { readToken, signToken } from './signing.ts'

/** Rendered inside an element hidden by CSS, with autocomplete off so browsers do not fill it either. */
export const HONEYPOT_FIELD = 'extra_info'
export const STARTED_FIELD = 'form_started'
export const MIN_FILL_MS = 3_000
export const MAX_FORM_AGE_MS = 24 * 60 * 60 * 1000
const PURPOSE = 'form-time'

export interface FormGuardOptions {
  minFillMs?: number
  maxAgeMs?: number
  /** Binds the timestamp to one form (e.g. 'network-join'), so it cannot be reused on another. */
  form?: string
}

export function issueFormTimestamp(key: Buffer, now: number = Date.now(), form = ''): string {
  return signToken(key, PURPOSE, form, now)
}

export type FormGuardProblem = 'honeypot' | 'form-too-fast' | 'form-expired' | 'form-invalid'
export type FormGuardVerdict = { ok: true } | { ok: false; problem: FormGuardProblem }

/**
 * The honeypot must be absent or empty; the timestamp must be genuine, issued for this form,
 * at least `minFillMs` and at most `maxAgeMs` old. A missing or forged timestamp is
 * `form-invalid`.
 */
export function checkFormGuard(
  key: Buffer,
  submitted: { honeypot: string | null; started: string | null },
  now: number = Date.now(),
  options: FormGuardOptions = {},
): FormGuardVerdict {
  const { minFillMs = MIN_FILL_MS, maxAgeMs = MAX_FORM_AGE_MS, form = '' } = options
  if (submitted.honeypot !== null && submitted.honeypot !== '') return { ok: false, problem: 'honeypot' }
  if (!submitted.started) return { ok: false, problem: 'form-invalid' }
  const read = readToken(key, PURPOSE, form, submitted.started)
  if (!read.ok) return { ok: false, problem: 'form-invalid' }
  const age = now - read.issuedAt
  if (age < minFillMs) return { ok: false, problem: 'form-too-fast' }
  if (age > maxAgeMs) return { ok: false, problem: 'form-expired' }
  return { ok: true }
}

/* ------------------------------------------------------------------ Astro-facing helpers */

/** For a GET: the value of the hidden STARTED_FIELD. */
export function formTimestampValue(now: number = Date.now(), form = ''): string {
  return issueFormTimestamp(siteKey(PURPOSE), now, form)
}

export type FormGuardCheck = { ok: true } | Refusal<FormGuardProblem>

/** For a POST: checks the honeypot and the timestamp in `form`; on failure, a 400 with a message in `locale`. */
export function checkFormTiming(form: FormData, locale: Locale, now: number = Date.now(), options: FormGuardOptions = {}): FormGuardCheck {
  const text = (name: string): string | null => {
    const value = form.get(name)
    return value === null ? null : typeof value === 'string' ? value : 'file'
  }
  const verdict = checkFormGuard(siteKey(PURPOSE), { honeypot: text(HONEYPOT_FIELD), started: text(STARTED_FIELD) }, now, options)
  if (verdict.ok) return verdict
  return refusal(verdict.problem, locale)
}
