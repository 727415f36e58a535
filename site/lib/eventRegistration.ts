/**
 * The registration part of an event page: whether it is open, how many seats are left, and
 * what happened to a posted form. Reads and writes through cms.ts; the form logic is pure
 * (registrationForm.ts).
 */
import type { Event } from '../../cms/payload-types.ts'
import { registerForEvent, seatsLeftAt } from './cms.ts'
import type { Locale } from './i18n.ts'
import {
  acceptedFormState,
  checkRegistrationForm,
  emptyRegistrationForm,
  invalidFormState,
  readForm,
  refusedFormState,
  type RegistrationFormState,
} from './registrationForm.ts'

export interface EventRegistration {
  /** The form is shown: the event takes registrations and has not started or been cancelled. */
  open: boolean
  closed: 'cancelled' | 'past' | null
  seatsLeft: number | null
  form: RegistrationFormState
}

export async function eventRegistration(request: Request, event: Event, locale: Locale, now = new Date()): Promise<EventRegistration | null> {
  const closed = event.status === 'cancelled' ? 'cancelled' : new Date(event.start).getTime() <= now.getTime() ? 'past' : null
  const open = Boolean(event.registrationRequired) && !closed
  let form = emptyRegistrationForm(locale)

  if (request.method === 'POST') {
    if (!event.registrationRequired) form = refusedFormState('noRegistration', form.values, locale)
    else if (closed) form = refusedFormState(closed, form.values, locale)
    else {
      const checked = checkRegistrationForm((await readForm(request)) ?? {}, locale)
      if (!checked.ok) form = invalidFormState(checked, locale)
      else {
        const outcome = await registerForEvent(event.id, checked.value)
        form = outcome.ok ? acceptedFormState(checked.value, outcome.value.status) : refusedFormState(outcome.problem, checked.value, locale)
      }
    }
  } else if (!event.registrationRequired) {
    return null
  }

  const seatsLeft = open ? await seatsLeftAt(event) : null
  return { open, closed, seatsLeft, form }
}
