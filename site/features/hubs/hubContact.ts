/**
 * A hub's contact form (`/hubbar/<slug>/kontakt`): protection, validation, sending through
 * cms.ts, and what the page shows after a POST. The page never learns the managers' addresses.
 */
import { contactMessages, parseContact, type ContactField, type ContactInput } from '../../../cms/domain/hubContact/input.ts'
import { contactHub, findContactableHub, type ContactableHub } from '../../lib/cms.ts'
import type { Locale } from '../../lib/i18n.ts'
import { answer } from '../../lib/pageResponse.ts'
import { formFields } from '../events/registrationForm.ts'
import { openForm, protectForm, type FormContext, type FormProtectionFields } from '../../lib/security/forms.ts'
import { checkRateLimit, SlidingWindowLimiter } from '../../lib/security/rateLimit.ts'

export const CONTACT_FORM = 'hub-contact'

/**
 * Besides the usual 5 per 10 minutes per visitor and per address: at most 20 messages an hour
 * to one hub from everyone together, so a few visitors cannot bury its managers in mail.
 */
export const hubContactLimiter = new SlidingWindowLimiter({ limit: 20, windowMs: 60 * 60 * 1000, maxKeys: 5_000 })

export interface ContactFormState {
  hub: ContactableHub
  status: number
  values: ContactInput
  fieldErrors: Partial<Record<ContactField, string>>
  formError: string | null
  done: boolean
  protection: FormProtectionFields | null
  headers: Record<string, string>
}

/** The form's state, or null (404) when the hub is not public or takes no messages. */
export async function hubContactForm(context: FormContext & { url: URL }, slug: string, locale: Locale): Promise<ContactFormState | null> {
  const hub = await findContactableHub(slug, locale)
  if (!hub) return null
  const state: ContactFormState = {
    hub,
    status: 200,
    values: { name: '', email: '', message: '', locale },
    fieldErrors: {},
    formError: null,
    done: false,
    protection: null,
    headers: {},
  }
  if (context.request.method === 'POST') {
    const parse = (data: FormData | null) => parseContact(data ? formFields(data) : {}, locale)
    const post = await openForm(context, { locale, action: CONTACT_FORM, email: (data) => parse(data).value.email || null, unreadable: contactMessages.messageMissing[locale] })
    const parsed = parse(post.form)
    state.values = parsed.value
    const perHub = post.ok ? checkRateLimit([`hub:${hub.id}:${CONTACT_FORM}`], locale, hubContactLimiter) : null
    if (!post.ok) {
      ;[state.status, state.formError, state.headers] = [post.status, post.message, post.headers]
    } else if (perHub && !perHub.ok) {
      ;[state.status, state.formError, state.headers] = [perHub.status, perHub.message, perHub.headers]
    } else if (!parsed.ok) {
      state.status = 400
      for (const [field, problem] of Object.entries(parsed.problems)) state.fieldErrors[field as ContactField] = contactMessages[problem][locale]
    } else if (await contactHub(slug, parsed.value)) {
      state.status = 202
      state.done = true
    } else {
      return null
    }
  }
  if (!state.done) state.protection = protectForm(context, { action: CONTACT_FORM })
  // Nothing of the message is kept: the answer to a POST must not be cached either.
  context.response?.headers.set('Cache-Control', 'private, no-store')
  return answer(context, state)
}
