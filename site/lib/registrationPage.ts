/**
 * The registrant's own page, reached by the secret link in their mail: see the registration,
 * confirm it, cancel it. Confirming and cancelling are buttons (POST), so a mail scanner that
 * opens links cannot confirm or cancel on someone's behalf.
 */
import type { RegistrationView } from '../../cms/registration/service.ts'
import { problemStatus, registrationMessages } from '../../cms/registration/messages.ts'
import { cancelRegistrationLink, confirmRegistrationLink, loadRegistration } from './cms.ts'
import type { Locale } from './i18n.ts'
import { readForm } from './registrationForm.ts'
import { registrationText } from './registrationText.ts'

export interface RegistrationPage {
  status: number
  view: RegistrationView | null
  notice: { kind: 'ok' | 'error'; text: string } | null
}

export async function registrationPage(request: Request, token: string, locale: Locale): Promise<RegistrationPage> {
  const t = registrationText(locale).manage
  let notice: RegistrationPage['notice'] = null
  let status = 200

  if (request.method === 'POST') {
    const action = (await readForm(request))?.action
    if (action === 'confirm') {
      const outcome = await confirmRegistrationLink(token)
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
  if (!view) return { status: 404, view: null, notice: { kind: 'error', text: registrationMessages.tokenInvalid[locale] } }
  return { status, view, notice }
}

export type ManageStatus = keyof ReturnType<typeof registrationText>['manage']['statuses']

/** Which status line the registrant sees. */
export function manageStatus(view: RegistrationView): ManageStatus {
  if (view.expired) return 'expired'
  if (view.status === 'waitlisted' && !view.confirmed) return 'waitlistedUnconfirmed'
  return view.status
}
