/**
 * Everything a page with a state-changing form calls, in one place.
 *
 * GET:  const protection = protectForm(Astro, { action: 'network-join' })
 *       …<form method="post"><FormProtection fields={protection} locale={locale} />…
 * POST: const form = await readFormData(Astro.request)   (null: answer 400, see below)
 *       const check = checkFormSubmission(Astro, form, { locale, action: 'network-join', email: form.get('email') })
 *       (the same `action` on both: it binds the form's timestamp and names the rate limit)
 *       if (!check.ok) { Astro.response.status = check.status; apply check.headers; show check.message }
 *       else validate the input, then act.
 *
 * The checks run in this order: Origin/Sec-Fetch-Site, CSRF token, honeypot and fill time,
 * rate limit (only submissions that got this far are counted).
 */
import type { Locale } from '../i18n.ts'
import { checkCsrf, csrfFieldValue, CSRF_FIELD, type CsrfContext } from './csrf.ts'
import { checkFormTiming, formTimestampValue, STARTED_FIELD, HONEYPOT_FIELD, type FormGuardOptions } from './formGuard.ts'
import { PROBLEM_STATUS, problemMessage, problemResponse, type SecurityProblem } from './messages.ts'
import { allowedOrigins, checkRequestOrigin } from './origin.ts'
import { checkRateLimit, clientAddress, formRateLimiter, rateLimitKeys, type ClientContext, type SlidingWindowLimiter } from './rateLimit.ts'

export { CSRF_FIELD, HONEYPOT_FIELD, STARTED_FIELD }

export interface FormContext extends CsrfContext, ClientContext {
  /** Astro.response in a page; absent in an endpoint. */
  response?: { headers: Headers }
}

/** The hidden values a protected form carries; render them with components/FormProtection.astro. */
export interface FormProtectionFields {
  csrfToken: string
  startedToken: string
}

/**
 * For the GET that renders a form: sets the CSRF cookie if needed, marks the response
 * `private, no-store` (it carries a per-visitor token, so no cache may share it), and
 * returns the hidden fields. `action` names the form; the POST must check the same action.
 */
export function protectForm(context: FormContext, options: { action: string; now?: number }): FormProtectionFields {
  const now = options.now ?? Date.now()
  context.response?.headers.set('Cache-Control', 'private, no-store')
  return { csrfToken: csrfFieldValue(context, now), startedToken: formTimestampValue(now, options.action) }
}

export type FormFailure = {
  ok: false
  problem: SecurityProblem
  status: 400 | 403 | 429
  /** For the visitor, in the requested language. */
  message: string
  /** To send with the failure (Retry-After on a 429). */
  headers: Record<string, string>
  retryAfterSeconds: number
}
export type FormCheck = { ok: true } | FormFailure

export interface FormCheckOptions extends Pick<FormGuardOptions, 'minFillMs' | 'maxAgeMs'> {
  locale: Locale
  /**
   * Names the form, as given to protectForm, e.g. 'network-join', 'login', 'event-registration':
   * the timestamp must have been issued for it, and it names the rate-limit keys.
   */
  action: string
  /** The submitted e-mail address, when the form has one: rate limited per address as well as per IP. */
  email?: FormDataEntryValue | string | null
  /** null: the form throttles on its own (the login form, through the CMS's shared login throttle). */
  limiter?: SlidingWindowLimiter | null
  now?: number
}

function failure(problem: SecurityProblem, locale: Locale, retryAfterSeconds = 0, headers: Record<string, string> = {}): FormFailure {
  return { ok: false, problem, status: PROBLEM_STATUS[problem] as FormFailure['status'], message: problemMessage(problem, locale, retryAfterSeconds), headers, retryAfterSeconds }
}

/** For the POST: every check before the page validates the input itself. */
export function checkFormSubmission(context: FormContext, form: FormData, options: FormCheckOptions): FormCheck {
  const { locale, now = Date.now() } = options
  const origin = checkRequestOrigin({
    method: context.request.method,
    origin: context.request.headers.get('origin'),
    secFetchSite: context.request.headers.get('sec-fetch-site'),
    allowedOrigins: allowedOrigins(context.url),
  })
  if (!origin.ok) return failure('cross-site', locale)

  const csrf = checkCsrf(context, form, locale, now)
  if (!csrf.ok) return failure(csrf.problem, locale)

  const timing = checkFormTiming(form, locale, now, { minFillMs: options.minFillMs, maxAgeMs: options.maxAgeMs, form: options.action })
  if (!timing.ok) return failure(timing.problem, locale)

  if (options.limiter === null) return { ok: true }
  const email = typeof options.email === 'string' ? options.email : null
  const keys = rateLimitKeys(options.action, { ip: clientAddress(context), email })
  const limited = checkRateLimit(keys, locale, options.limiter ?? formRateLimiter, now)
  if (!limited.ok) return failure('rate-limited', locale, limited.retryAfterSeconds, limited.headers)
  return { ok: true }
}

/**
 * The submitted form, or null when the body is not a form or cannot be read: a wrong
 * content type, broken multipart, a body over the adapter's `bodySizeLimit`. `request.formData()`
 * throws on all of these, which would otherwise be a 500; answer null with a 400.
 */
export async function readFormData(request: Request): Promise<FormData | null> {
  const type = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase()
  if (type !== 'application/x-www-form-urlencoded' && type !== 'multipart/form-data') return null
  try {
    return await request.formData()
  } catch {
    return null
  }
}

/** A failure as a complete response (for an endpoint): a small localised page with its status and headers. */
export function failureResponse(check: FormFailure, locale: Locale): Response {
  return problemResponse(check.problem, locale, check.retryAfterSeconds)
}
