/**
 * The registrant's own page, reached by the secret link in their mail: see the registration,
 * confirm it, cancel it. Confirming and cancelling are buttons (POST), so a mail scanner that
 * opens links cannot confirm or cancel on someone's behalf.
 */
import { path } from '../../../cms/domain/routes.ts'
import type { RegistrationView } from '../../lib/cms.ts'
import { problemStatus, registrationMessages } from '../../../cms/domain/registration/messages.ts'
import { cancelRegistrationLink, confirmRegistrationLink, loadRegistration } from '../../lib/cms.ts'
import type { Locale } from '../../lib/i18n.ts'
import { answer, keepAddressSecret } from '../../lib/pageResponse.ts'
import { formFields } from './registrationForm.ts'
import { openForm, protectForm, type FormContext, type FormProtectionFields } from '../../lib/security/forms.ts'
import { SlidingWindowLimiter } from '../../lib/security/rateLimit.ts'
import { registrationText } from './registrationText.ts'
import type { SessionContext } from '../account/session.ts'

const MANAGE_FORM = 'registration-manage'
/** The buttons are pressed, not typed into: no minimum fill time, but a limit per client address. */
const perAddress = new SlidingWindowLimiter({ limit: 30 })

export interface RegistrationPage {
  status: number
  protection: FormProtectionFields | null
  headers: Record<string, string>
  view: RegistrationView | null
  notice: { kind: 'ok' | 'error'; text: string } | null
}

/** The page, answered: its status and headers are on the response, and its address is kept secret. */
export async function registrationPage(context: FormContext & SessionContext, token: string, locale: Locale): Promise<RegistrationPage & { action: string }> {
  const page = answer(context, { ...(await managePage(context, token, locale)), action: path('registration', { token }, locale) })
  keepAddressSecret(context)
  return page
}

async function managePage(context: FormContext & SessionContext, token: string, locale: Locale): Promise<RegistrationPage> {
  const { request } = context
  const t = registrationText(locale).manage
  let notice: RegistrationPage['notice'] = null
  let status = 200
  let headers: Record<string, string> = {}

  if (request.method === 'POST') {
    const post = await openForm(context, { locale, action: MANAGE_FORM, limiter: perAddress, minFillMs: 0, unreadable: registrationMessages.tokenInvalid[locale] })
    const action = post.ok ? formFields(post.form).action : undefined
    if (!post.ok) {
      ;[status, notice, headers] = [post.status, { kind: 'error', text: post.message }, post.headers]
    } else if (action === 'confirm') {
      // Confirmed while logged in with the registration's address, it becomes the person's own (on my page).
      const user = await context.locals.user()
      const outcome = await confirmRegistrationLink(token, user)
      if (outcome.ok) notice = { kind: 'ok', text: outcome.value === 'confirmed' ? t.confirmedNow : t.waitlistConfirmedNow }
      else [status, notice] = [problemStatus[outcome.problem], { kind: 'error', text: registrationMessages[outcome.problem][locale] }]
    } else if (action === 'cancel') {
      const outcome = await cancelRegistrationLink(token)
      if (outcome.ok) notice = { kind: 'ok', text: t.cancelledNow }
      else [status, notice] = [problemStatus[outcome.problem], { kind: 'error', text: registrationMessages[outcome.problem][locale] }]
    } else {
      status = 400
      notice = { kind: 'error', text: registrationMessages.tokenInvalid[locale] }
    }
  }

  const view = await loadRegistration(token, locale)
  if (!view) return { status: 404, view: null, protection: null, headers, notice: { kind: 'error', text: registrationMessages.tokenInvalid[locale] } }
  return { status, view, notice, headers, protection: protectForm(context, { action: MANAGE_FORM }) }
}

export type ManageStatus = keyof ReturnType<typeof registrationText>['manage']['statuses']

/** Which status line the registrant sees. */
export function manageStatus(view: RegistrationView): ManageStatus {
  if (view.expired) return 'expired'
  if (view.status === 'waitlisted' && !view.confirmed) return 'waitlistedUnconfirmed'
  return view.status
}
