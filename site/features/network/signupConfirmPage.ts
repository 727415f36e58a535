/**
 * The page a sign-up's confirmation link opens: a GET shows what is being confirmed and a
 * button; only the button's POST confirms, so a mail scanner that follows links confirms
 * nothing. A forged, used or expired link gets a clear message and a 4xx.
 */
import { networkPaths } from '../../../cms/domain/network/paths.ts'
import { signupServiceStatus, signupServiceText } from '../../../cms/domain/network/signupMessages.ts'
import { confirmSignupLink, loadSignupLink } from '../../lib/cms.ts'
import type { Locale } from '../../lib/i18n.ts'
import type { LinkConfirmPage } from './linkConfirmPage.ts'
import { answer, keepAddressSecret } from '../../lib/pageResponse.ts'
import { openForm, protectForm, type FormContext } from '../../lib/security/forms.ts'
import { SlidingWindowLimiter } from '../../lib/security/rateLimit.ts'
import { signupText } from './signupText.ts'

export const CONFIRM_FORM = 'network-confirm'
/** A button is pressed, not typed into: no minimum fill time. The token is the real guard. */
const perAddress = new SlidingWindowLimiter({ limit: 30 })

export interface SignupConfirmPage extends LinkConfirmPage {
  /** Offer to fill in the form again (the link expired or is unknown). */
  again: boolean
}

/** The page, answered: its status and headers are on the response, and its address is kept secret. */
export async function signupConfirmPage(context: FormContext, token: string, locale: Locale): Promise<SignupConfirmPage & { action: string }> {
  const page = answer(context, { ...(await confirmPage(context, token, locale)), action: networkPaths.confirmApplication(locale, token) })
  keepAddressSecret(context)
  return page
}

async function confirmPage(context: FormContext, token: string, locale: Locale): Promise<SignupConfirmPage> {
  const t = signupText(locale).confirm
  const page: SignupConfirmPage = { status: 200, question: null, notice: null, again: false, protection: null, headers: {} }

  if (context.request.method === 'POST') {
    const post = await openForm(context, { locale, action: CONFIRM_FORM, limiter: perAddress, minFillMs: 0 })
    if (!post.ok) {
      ;[page.status, page.headers, page.notice] = [post.status, post.headers, { kind: 'error', text: post.message }]
    } else {
      const outcome = await confirmSignupLink(token)
      if (outcome.ok) {
        page.notice = { kind: 'ok', text: t.done(outcome.value.agencyName) }
        return page
      }
      page.status = signupServiceStatus[outcome.problem]
      page.notice = { kind: 'error', text: signupServiceText[outcome.problem][locale] }
      page.again = outcome.problem !== 'tokenUsed'
      return page
    }
  }

  const link = await loadSignupLink(token)
  if (link.state === 'valid') {
    page.question = link.kind === 'add-representative' ? t.leadRepresentative(link.agencyName) : t.lead(link.agencyName)
    page.protection = protectForm(context, { action: CONFIRM_FORM })
  } else if (link.state === 'used') {
    if (!page.notice) page.notice = { kind: 'ok', text: t.used(link.agencyName) }
  } else {
    page.status = signupServiceStatus[link.state]
    page.notice = { kind: 'error', text: signupServiceText[link.state][locale] }
    page.again = true
  }
  return page
}
