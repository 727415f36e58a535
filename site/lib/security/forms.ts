/**
 * Everything a page with a state-changing form calls, in one place.
 *
 * GET:  const protection = protectForm(Astro, { action: 'network-join' })
 *       …<form method="post"><FormProtection fields={protection} locale={locale} />…
 * POST: const post = await openForm(Astro, { locale, action: 'network-join', email: (form) => form.get('email') })
 *       (the same `action` on both: it binds the form's timestamp and names the rate limit)
 *       if (!post.ok) { answer post.status with post.headers and show post.message }
 *       else validate post.form, then act.
 *
 * The checks run in this order: a readable form body, Origin/Sec-Fetch-Site, CSRF token,
 * honeypot and fill time, rate limit (only submissions that got this far are counted). Every
 * refusal has the one shape of messages.ts's `Refusal`.
 */
import type { Locale } from '../i18n.ts'
import { checkCsrf, csrfFieldValue, CSRF_FIELD, type CsrfContext } from './csrf.ts'
import { checkFormTiming, formTimestampValue, STARTED_FIELD, HONEYPOT_FIELD, type FormGuardOptions } from './formGuard.ts'
import { problemResponse, refusal, type Refusal } from './messages.ts'
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

export type FormCheck = { ok: true } | Refusal

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

/** For the POST: every check before the page validates the input itself. */
export function checkFormSubmission(context: FormContext, form: FormData, options: FormCheckOptions): FormCheck {
  const { locale, now = Date.now() } = options
  const origin = checkRequestOrigin({
    method: context.request.method,
    origin: context.request.headers.get('origin'),
    secFetchSite: context.request.headers.get('sec-fetch-site'),
    allowedOrigins: allowedOrigins(context.url),
  })
  if (!origin.ok) return refusal('cross-site', locale)

  const csrf = checkCsrf(context, form, locale, now)
  if (!csrf.ok) return csrf

  const timing = checkFormTiming(form, locale, now, { minFillMs: options.minFillMs, maxAgeMs: options.maxAgeMs, form: options.action })
  if (!timing.ok) return timing

  if (options.limiter === null) return { ok: true }
  const email = typeof options.email === 'string' ? options.email : null
  const keys = rateLimitKeys(options.action, { ip: clientAddress(context), email })
  return checkRateLimit(keys, locale, options.limiter ?? formRateLimiter, now)
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

export interface OpenFormOptions extends Omit<FormCheckOptions, 'email'> {
  /** The submitted e-mail address, read from the form: rate limited per address as well as per IP. */
  email?: (form: FormData) => string | null | undefined
  /** What to tell the visitor when the body is not a readable form, where the usual message does not fit. */
  unreadable?: string
}

/** A POST's form, read and checked; when refused, the form too where it could be read (to show the values again). */
export type OpenedForm = { ok: true; form: FormData } | (Refusal & { form: FormData | null })

/**
 * The opening of every protected POST: reads the body (unreadable: a 400), then runs every
 * check of checkFormSubmission. The page validates `form` only when this says ok.
 */
export async function openForm(context: FormContext, options: OpenFormOptions): Promise<OpenedForm> {
  const form = await readFormData(context.request)
  if (!form) {
    const unreadable = refusal('form-unreadable', options.locale)
    return { ...unreadable, message: options.unreadable ?? unreadable.message, form: null }
  }
  const check = checkFormSubmission(context, form, { ...options, email: options.email?.(form) ?? null })
  return check.ok ? { ok: true, form } : { ...check, form }
}

/** A refusal as a complete response (for an endpoint): a small localised page with its status and headers. */
export function failureResponse(check: Refusal, locale: Locale): Response {
  return problemResponse(check.problem, locale, check.retryAfterSeconds)
}
