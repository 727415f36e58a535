/**
 * The registration part of an event page: whether it is open, how many seats are left, and
 * what happened to a posted form. Reads and writes through cms.ts; the form logic is pure
 * (registrationForm.ts).
 */
import type { Event } from '../../../cms/payload-types.ts'
import { registerAs, registerForEvent, seatsLeftAt, type SiteUser } from '../../lib/cms.ts'
import type { Locale } from '../../lib/i18n.ts'
import {
  acceptedFormState,
  checkRegistrationForm,
  emptyRegistrationForm,
  formFields,
  invalidFormState,
  refusedFormState,
  type RegistrationFormState,
} from './registrationForm.ts'
import { openForm, protectForm, type FormContext, type FormProtectionFields } from '../../lib/security/forms.ts'
import { checkRateLimit, formRateLimiter, rateLimitKeys, SlidingWindowLimiter } from '../../lib/security/rateLimit.ts'

export const REGISTRATION_FORM = 'event-registration'

/**
 * Per client address: 30 registrations in 10 minutes, since a whole office behind one address
 * may register colleagues. Per e-mail address the site's usual 5 in 10 minutes applies.
 */
const perAddress = new SlidingWindowLimiter({ limit: 30 })

export interface EventRegistration {
  /** The form is shown: the event takes registrations and has not started or been cancelled. */
  open: boolean
  closed: 'cancelled' | 'past' | null
  seatsLeft: number | null
  form: RegistrationFormState
  /** The form's hidden CSRF token and start time. */
  protection: FormProtectionFields | null
  /** Headers the response must carry, e.g. Retry-After with a 429. */
  headers: Record<string, string>
}

export async function eventRegistration(context: FormContext, event: Event, locale: Locale, now = new Date(), user: SiteUser | null = null): Promise<EventRegistration | null> {
  const { request } = context
  const closed = event.status === 'cancelled' ? 'cancelled' : new Date(event.start).getTime() <= now.getTime() ? 'past' : null
  const open = Boolean(event.registrationRequired) && !closed
  let form = emptyRegistrationForm(locale)
  // A logged-in person most often registers themselves: their name and address are filled in.
  if (user) form = { ...form, values: { name: user.name, email: user.email, locale: user.locale } }
  let headers: Record<string, string> = {}

  if (request.method === 'POST') {
    const post = open ? await openForm(context, { locale, action: REGISTRATION_FORM, limiter: perAddress }) : null
    if (!post) form = refusedFormState(event.registrationRequired && closed ? closed : 'noRegistration', form.values, locale)
    // An unreadable body is a form with nothing filled in.
    else if (!post.form) form = invalidFormState(checkRegistrationForm({}, locale) as Extract<ReturnType<typeof checkRegistrationForm>, { ok: false }>, locale)
    else {
      const checked = checkRegistrationForm(formFields(post.form), locale)
      if (!post.ok) {
        form = { ...emptyRegistrationForm(locale), values: checked.value, status: post.status, formError: post.message }
        headers = post.headers
      } else if (!checked.ok) form = invalidFormState(checked, locale)
      else {
        const perEmail = checkRateLimit(rateLimitKeys(REGISTRATION_FORM, { ip: '', email: checked.value.email }).slice(1), locale, formRateLimiter)
        if (!perEmail.ok) {
          form = { ...emptyRegistrationForm(locale), values: checked.value, status: 429, formError: perEmail.message }
          headers = perEmail.headers
        } else {
          // A logged-in representative registers with their entitlement (needed for network and council events).
          const outcome = user ? await registerAs(user, event.id, checked.value) : await registerForEvent(event.id, checked.value)
          form = outcome.ok ? acceptedFormState(checked.value, outcome.value.status) : refusedFormState(outcome.problem, checked.value, locale)
        }
      }
    }
  } else if (!event.registrationRequired) {
    return null
  }

  const seatsLeft = open ? await seatsLeftAt(event) : null
  const protection = open && !form.done ? protectForm(context, { action: REGISTRATION_FORM }) : null
  return { open, closed, seatsLeft, form, protection, headers }
}
