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

export const SIGNUP_FORM = 'network-join'

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
    email: (data) => parse(data).value.email || null,
    unreadable: locale === 'sv' ? 'Formuläret kunde inte läsas. Fyll i det och skicka igen.' : 'The form could not be read. Fill it in and send it again.',
  })
  if (!post.ok) {
    // What was sent is shown again with the refusal.
    if (post.form) page.values = parse(post.form).value
    ;[page.status, page.formError, page.headers] = [post.status, post.message, post.headers]
    return
  }
  const checked = parse(post.form)
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
