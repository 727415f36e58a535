/**
 * The registration part of an event page: whether it is open, which occurrences one may
 * register for (a recurring event's coming ones; the next is chosen by default), the seats
 * left at each, and what happened to a posted form. A logged-in person registers with one
 * click as themselves (confirmed at once: their account's address is verified), sees the
 * occurrences they already have and may cancel them here. Reads and writes through cms.ts;
 * the form logic is pure (registrationForm.ts).
 */
import type { Event } from '../../../cms/payload-types.ts'
import { occurrenceOn, upcomingOccurrences } from '../../../cms/domain/registration/occurrence.ts'
import { cancelRegistrationLink, ownRegistrationsAt, registerAs, registerForEvent, seatsLeftAt, type OwnRegistration, type SiteUser } from '../../lib/cms.ts'
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

/** How many coming occurrences of a recurring event the form offers. */
export const OCCASIONS_OFFERED = 6

/**
 * Per client address: 30 registrations in 10 minutes, since a whole office behind one address
 * may register colleagues. Per e-mail address the site's usual 5 in 10 minutes applies.
 */
const perAddress = new SlidingWindowLimiter({ limit: 30 })

export interface Occasion {
  /** What the form sends: the Stockholm date, or '' for a single event. */
  value: string
  start: string
  end: string
  seatsLeft: number | null
  /** The logged-in person already has a registration for it. */
  mine: OwnRegistration | null
}

export interface EventRegistration {
  /** The form is shown: the event takes registrations and has not started or been cancelled. */
  open: boolean
  closed: 'cancelled' | 'past' | null
  /** Seats left at the occurrence chosen by default (a single event's only one). */
  seatsLeft: number | null
  /** The occurrences to choose among; more than one only for a recurring event. */
  occasions: Occasion[]
  recurring: boolean
  /** The logged-in person, who registers as themselves with one click. */
  account: { name: string; email: string } | null
  form: RegistrationFormState
  /** The form's hidden CSRF token and start time. */
  protection: FormProtectionFields | null
  /** Headers the response must carry, e.g. Retry-After with a 429. */
  headers: Record<string, string>
}

export async function eventRegistration(context: FormContext, event: Event, locale: Locale, now = new Date(), user: SiteUser | null = null): Promise<EventRegistration | null> {
  const { request } = context
  const recurring = event.recurrence?.frequency === 'weekly' || event.recurrence?.frequency === 'monthly'
  const coming = upcomingOccurrences(event, now, recurring ? OCCASIONS_OFFERED : 1)
  const closed = event.status === 'cancelled' ? 'cancelled' : coming.length === 0 ? 'past' : null
  const open = Boolean(event.registrationRequired) && !closed
  let form = emptyRegistrationForm(locale)
  // A logged-in person most often registers themselves: their name and address are filled in.
  if (user) form = { ...form, values: { name: user.name, email: user.email, locale: user.locale } }
  let headers: Record<string, string> = {}

  if (request.method === 'POST') {
    // Someone logged in clicks one button; the session shows a person is there, not a script filling a form.
    const post = open ? await openForm(context, { locale, action: REGISTRATION_FORM, limiter: perAddress, ...(user ? { minFillMs: 0 } : {}) }) : null
    if (!post) form = refusedFormState(event.registrationRequired && closed ? closed : 'noRegistration', form.values, locale)
    // An unreadable body is a form with nothing filled in.
    else if (!post.form) form = invalidFormState(checkRegistrationForm({}, locale) as Extract<ReturnType<typeof checkRegistrationForm>, { ok: false }>, locale)
    else {
      const fields = formFields(post.form)
      // Logged in, the person registers as themselves: the account, not the form, says who.
      const checked = checkRegistrationForm(user ? { ...fields, name: user.name, email: user.email, locale: user.locale } : fields, locale)
      if (!post.ok) {
        form = { ...emptyRegistrationForm(locale), values: checked.value, status: post.status, formError: post.message }
        headers = post.headers
      } else if (user && fields.action === 'cancel') {
        form = await cancelOwn(user, event, fields.occurrence ?? '', form, locale)
      } else if (!checked.ok) form = invalidFormState(checked, locale)
      else {
        const perEmail = checkRateLimit(rateLimitKeys(REGISTRATION_FORM, { ip: '', email: checked.value.email }).slice(1), locale, formRateLimiter)
        if (!perEmail.ok) {
          form = { ...emptyRegistrationForm(locale), values: checked.value, status: 429, formError: perEmail.message }
          headers = perEmail.headers
        } else {
          // A logged-in representative registers with their entitlement (needed for network and council events).
          const outcome = user ? await registerAs(user, event.id, checked.value) : await registerForEvent(event.id, checked.value)
          form = outcome.ok
            ? acceptedFormState(checked.value, outcome.value, occurrenceOn(event, outcome.value.occurrence)?.start ?? null)
            : refusedFormState(outcome.problem, checked.value, locale)
        }
      }
    }
  } else if (!event.registrationRequired) {
    return null
  }

  const own = user && event.registrationRequired ? await ownRegistrationsAt(user, event.id) : []
  const occasions: Occasion[] = []
  if (open) {
    for (const o of coming) {
      const value = o.date ?? ''
      occasions.push({ value, start: o.start, end: o.end, seatsLeft: await seatsLeftAt(event, o.date), mine: own.find((r) => (r.occurrence ?? '') === value) ?? null })
    }
  }
  const seatsLeft = occasions[0]?.seatsLeft ?? null
  // Someone logged in keeps the form (another occurrence, or cancelling); a stranger is done.
  const protection = open && (!form.done || user) ? protectForm(context, { action: REGISTRATION_FORM }) : null
  const account = user ? { name: user.name, email: user.email } : null
  return { open, closed, seatsLeft, occasions, recurring, account, form, protection, headers }
}

/** Cancels the person's own registration for one occurrence ('' for a single event) from the event page. */
async function cancelOwn(user: SiteUser, event: Event, occurrence: string, form: RegistrationFormState, locale: Locale): Promise<RegistrationFormState> {
  const mine = (await ownRegistrationsAt(user, event.id)).find((r) => (r.occurrence ?? '') === occurrence)
  if (!mine) return refusedFormState('alreadyCancelled', form.values, locale)
  const outcome = await cancelRegistrationLink(mine.token)
  return outcome.ok ? { ...form, cancelled: true } : refusedFormState(outcome.problem, form.values, locale)
}
