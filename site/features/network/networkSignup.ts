/**
 * The network sign-up page (`/natverket/anslut`, `/en/network/join`): the form's state for a
 * GET, and what happened to a POST. The form's rules are pure (cms/domain/network/signupInput.ts);
 * this joins them to the form protection and the CMS.
 */
import { INTERESTS, parseSignupInput, signupForm, type SignupField, type SignupInput, type SignupWarning } from '../../../cms/domain/network/signupInput.ts'
import { signupProblemText, signupServiceStatus, signupServiceText, signupWarningText } from '../../../cms/domain/network/signupMessages.ts'
import { listMunicipalities, signUpToNetwork } from '../../lib/cms.ts'
import type { Locale } from '../../lib/i18n.ts'
import { answer } from '../../lib/pageResponse.ts'
import { openForm, protectForm, type FormContext, type FormProtectionFields } from '../../lib/security/forms.ts'
import { refusal } from '../../lib/security/messages.ts'
import { clientAddress, hitEvery, rateLimitAddress, SlidingWindowLimiter, type RateLimitResult } from '../../lib/security/rateLimit.ts'
import { signupText } from './signupText.ts'

export const SIGNUP_FORM = 'network-join'

/**
 * The sign-up's own rate limits. An office sends from one address (behind one NAT), so the
 * address gets 30 attempts per 10 minutes; the submitted e-mail address (which is mailed)
 * and the organisation number (whose agency's representatives are mailed) get 5 each.
 */
const byAddress = new SlidingWindowLimiter({ limit: 30 })
const perApplication = new SlidingWindowLimiter({ limit: 5 })

export interface SignupPage {
  status: number
  values: SignupInput
  fieldErrors: Partial<Record<SignupField, string>>
  /** A message for the whole form (a refusal by the form protection or the service). */
  formError: string | null
  /** The agency is already a member: show the box for asking to be another representative. */
  offerAddRepresentative: boolean
  /** The e-mail's domain is not the website's: show the box confirming the agency uses it. */
  askDomainConfirm: boolean
  warnings: string[]
  done: { email: string } | null
  municipalities: Array<{ slug: string; name: string }>
  protection: FormProtectionFields | null
  headers: Record<string, string>
}

const emptyValues = (locale: Locale): SignupInput => ({
  agencyName: '',
  orgNumber: '',
  website: '',
  municipality: '',
  staffInCounty: null,
  name: '',
  title: '',
  email: '',
  phone: '',
  interests: [],
  consent: false,
  locale,
  domainConfirmed: false,
  addRepresentative: false,
})

export { INTERESTS }

export async function networkSignupPage(context: FormContext, locale: Locale): Promise<SignupPage> {
  const municipalities = (await listMunicipalities(locale)).map(({ slug, name }) => ({ slug, name }))
  const page: SignupPage = {
    status: 200,
    values: emptyValues(locale),
    fieldErrors: {},
    formError: null,
    offerAddRepresentative: false,
    askDomainConfirm: false,
    warnings: [],
    done: null,
    municipalities,
    protection: null,
    headers: {},
  }

  if (context.request.method === 'POST') await handlePost(context, locale, page)
  if (!page.done) page.protection = protectForm(context, { action: SIGNUP_FORM })
  else context.response?.headers.set('Cache-Control', 'private, no-store')
  return answer(context, page)
}

async function handlePost(context: FormContext, locale: Locale, page: SignupPage): Promise<void> {
  const slugs = page.municipalities.map((m) => m.slug)
  const parse = (data: FormData) => parseSignupInput(signupForm(data), locale, slugs)
  const post = await openForm(context, {
    locale,
    action: SIGNUP_FORM,
    // Limited below, with limits of its own.
    limiter: null,
    unreadable: locale === 'sv' ? 'Formuläret kunde inte läsas. Fyll i det och skicka igen.' : 'The form could not be read. Fill it in and send it again.',
  })
  if (!post.ok) {
    // What was sent is shown again with the refusal.
    if (post.form) page.values = parse(post.form).value
    ;[page.status, page.formError, page.headers] = [post.status, post.message, post.headers]
    return
  }
  const checked = parse(post.form)
  const email = checked.value.email.trim().toLowerCase()
  const attempt = hitEvery([
    { limiter: byAddress, keys: [`ip:${rateLimitAddress(clientAddress(context))}:${SIGNUP_FORM}`] },
    { limiter: perApplication, keys: email ? [`email:${email}:${SIGNUP_FORM}`] : [] },
  ])
  if (!attempt.allowed) return limited(page, checked.value, attempt, refusal('rate-limited', locale, attempt.retryAfterSeconds).message)
  page.values = checked.value
  page.warnings = checked.warnings.map((w: SignupWarning) => signupWarningText[w][locale])
  // Once asked, the box stays on the form, so the applicant can see what they confirmed.
  page.askDomainConfirm = checked.value.domainConfirmed
  page.offerAddRepresentative = checked.value.addRepresentative
  if (!checked.ok) {
    page.status = 422
    for (const [field, problem] of Object.entries(checked.problems)) {
      page.fieldErrors[field as SignupField] = signupProblemText(field as SignupField, problem, locale)
      if (problem === 'emailDomain') page.askDomainConfirm = true
    }
    return
  }
  // Counted only for complete sign-ups (each makes an application and mail), so that forms
  // with mistakes, anyone's, never use up an agency's number.
  const perNumber = hitEvery([{ limiter: perApplication, keys: [`org:${checked.value.orgNumber}:${SIGNUP_FORM}`] }])
  if (!perNumber.allowed) return limited(page, checked.value, perNumber, signupText(locale).orgNumberLimited(Math.max(1, Math.ceil(perNumber.retryAfterSeconds / 60))))
  const outcome = await signUpToNetwork(checked.value, checked.warnings)
  if (!outcome.ok) {
    page.status = signupServiceStatus[outcome.problem]
    page.formError = signupServiceText[outcome.problem][locale]
    if (outcome.problem === 'agencyIsMember') page.offerAddRepresentative = true
    return
  }
  // The same answer whatever the service found (a new application, an existing account, one
  // waiting for a decision): the mail says which, so the page reveals nothing about others.
  page.status = 202
  page.done = { email: checked.value.email }
}

/** A 429 with `Retry-After` and the message above the form, the values kept. */
function limited(page: SignupPage, values: SignupInput, result: RateLimitResult, message: string): void {
  page.values = values
  page.status = 429
  page.formError = message
  page.headers = { 'Retry-After': String(result.retryAfterSeconds) }
}
