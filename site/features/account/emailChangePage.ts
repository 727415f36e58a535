/**
 * The page the link in a "confirm your new address" mail opens: a GET shows the address and
 * a button; only the button's POST makes the change, so a mail scanner that follows links
 * changes nothing. A forged or used link answers 404, an expired one 410, an address that
 * another account has taken 409, each with a message.
 */
import type { EmailChangeOutcome } from '../../lib/cms.ts'
import { networkPaths } from '../../../cms/domain/network/paths.ts'
import { accountText } from './accountText.ts'
import { confirmNewEmail, loadEmailChangeLink } from '../../lib/cms.ts'
import type { Locale } from '../../lib/i18n.ts'
import { openForm, protectForm, type FormContext } from '../../lib/security/forms.ts'
import { SlidingWindowLimiter } from '../../lib/security/rateLimit.ts'
import type { LinkConfirmPage } from '../network/linkConfirmPage.ts'
import { answer, keepAddressSecret } from '../../lib/pageResponse.ts'

export const NEW_EMAIL_FORM = 'new-email'
/** A button is pressed, not typed into: no minimum fill time. The token is the real guard. */
const perAddress = new SlidingWindowLimiter({ limit: 30 })

const STATUS: Record<Exclude<EmailChangeOutcome, { ok: true }>['problem'], number> = { invalid: 404, expired: 410, taken: 409 }

/** The page, answered: its status and headers are on the response, and its address is kept secret. */
export async function emailChangePage(context: FormContext, token: string, locale: Locale): Promise<LinkConfirmPage & { action: string }> {
  const page = answer(context, { ...(await changePage(context, token, locale)), action: networkPaths.confirmEmail(locale, token) })
  keepAddressSecret(context)
  return page
}

async function changePage(context: FormContext, token: string, locale: Locale): Promise<LinkConfirmPage> {
  const t = accountText(locale).newEmail
  const page: LinkConfirmPage = { status: 200, question: null, notice: null, protection: null, headers: {} }

  if (context.request.method === 'POST') {
    const post = await openForm(context, { locale, action: NEW_EMAIL_FORM, limiter: perAddress, minFillMs: 0 })
    if (!post.ok) {
      ;[page.status, page.headers, page.notice] = [post.status, post.headers, { kind: 'error', text: post.message }]
    } else {
      const outcome = await confirmNewEmail(token)
      if (outcome.ok) page.notice = { kind: 'ok', text: t.done(outcome.email) }
      else [page.status, page.notice] = [STATUS[outcome.problem], { kind: 'error', text: t[outcome.problem] }]
      return page
    }
  }

  const link = await loadEmailChangeLink(token)
  if (link.state === 'valid') {
    page.question = t.question(link.email)
    page.protection = protectForm(context, { action: NEW_EMAIL_FORM })
  } else {
    page.status = STATUS[link.state]
    page.notice = { kind: 'error', text: t[link.state] }
  }
  return page
}
