/**
 * The pages of a representative's account: log in, log out, forgotten password, choose a
 * password, and "my page" with its forms. Each returns what the page shows, its status, and
 * where to send the visitor when it redirects. Every form is protected by forms.ts.
 */
import { networkPaths } from '../../../cms/domain/network/paths.ts'
import { passwordProblem, type PasswordProblem } from '../../../cms/domain/network/accountRules.ts'
import { parseRegistrationInput } from '../../../cms/domain/registration/input.ts'
import { registrationMessages } from '../../../cms/domain/registration/messages.ts'
import { accountText } from './accountText.ts'
import { councilFeedPath } from '../council/councilFeedAddress.ts'
import {
  askForPasswordReset,
  choosePassword,
  DECISION_MESSAGE_MAX,
  decideColleague,
  deleteMyAccount,
  holdsCouncilSeat,
  loadMyPage,
  logInToSite,
  passwordLinkEmail,
  passwordLinkValid,
  registerAs,
  renewMyCalendar,
  type MyPageData,
} from '../../lib/cms.ts'
import type { Locale } from '../../lib/i18n.ts'
import { answer, keepAddressSecret } from '../../lib/pageResponse.ts'
import { openForm, protectForm, type FormContext, type FormProtectionFields } from '../../lib/security/forms.ts'
import { refusal } from '../../lib/security/messages.ts'
import { clientAddress, SlidingWindowLimiter } from '../../lib/security/rateLimit.ts'
import { loginPathFor, RETURN_PARAM, safeReturnPath } from './returnPath.ts'
import { currentUser, endSession, startSession, type SessionContext, type SiteUser } from './session.ts'

type Context = FormContext & SessionContext

export interface FormPage {
  status: number
  formError: string | null
  notice: string | null
  protection: FormProtectionFields | null
  headers: Record<string, string>
  /** Send the visitor here (303) instead of showing the page. */
  redirect: string | null
}

const blank = (): FormPage => ({ status: 200, formError: null, notice: null, protection: null, headers: {}, redirect: null })

const field = (data: FormData, name: string): string => {
  const values = data.getAll(name)
  return values.length === 1 && typeof values[0] === 'string' ? values[0] : ''
}

/** Reads and checks a protected POST (openForm); on a refusal fills in `page` and returns null. */
async function protectedPost(context: Context, page: FormPage, locale: Locale, action: string, options: { email?: string; limiter?: SlidingWindowLimiter | null; minFillMs?: number } = {}): Promise<FormData | null> {
  const post = await openForm(context, { locale, action, email: (data) => options.email ?? (field(data, 'email') || null), limiter: options.limiter, minFillMs: options.minFillMs })
  if (post.ok) return post.form
  ;[page.status, page.formError, page.headers] = [post.status, post.message, post.headers]
  return null
}

/* ------------------------------------------------------------------ log in and out */

export const LOGIN_FORM = 'login'

export type LoginPage = FormPage & { email: string; /** Where the form posts: the login, keeping the way back. */ action: string }

export async function loginPage(context: Context, locale: Locale): Promise<LoginPage> {
  return answer(context, await login(context, locale))
}

async function login(context: Context, locale: Locale): Promise<LoginPage> {
  const t = accountText(locale).login
  // Back to the page that sent them here (a members-only meetup), else My page.
  const returnTo = safeReturnPath(context.url.searchParams.get(RETURN_PARAM))
  const after = returnTo ?? networkPaths.myPage(locale)
  const page = { ...blank(), email: '', action: loginPathFor(locale, returnTo) }
  if (context.request.method === 'GET' && (await currentUser(context))) return { ...page, redirect: after }
  if (context.url.searchParams.has('utloggad') || context.url.searchParams.has('logged-out')) page.notice = accountText(locale).logout.done
  if (context.request.method === 'POST') {
    // No in-memory limit here: logins are throttled with the CMS's, in the database (cms/auth/login.ts).
    const data = await protectedPost(context, page, locale, LOGIN_FORM, { limiter: null })
    if (data) {
      const email = field(data, 'email').trim().toLowerCase()
      const password = field(data, 'password')
      page.email = email.slice(0, 254)
      if (!email || !password) {
        page.status = 400
        page.formError = t.missing
      } else if (email.length > 254 || password.length > 1024) {
        page.status = 401
        page.formError = t.invalid
      } else {
        const outcome = await logInToSite(email, password, clientAddress(context))
        if (outcome.ok) {
          startSession(context, outcome.token)
          return { ...page, redirect: after }
        }
        if (outcome.problem === 'throttled') {
          const throttled = refusal('rate-limited', locale, outcome.retryAfterSeconds)
          ;[page.status, page.formError, page.headers] = [throttled.status, throttled.message, throttled.headers]
        } else {
          page.status = outcome.problem === 'wrong-role' ? 403 : 401
          page.formError = outcome.problem === 'wrong-role' ? t.wrongRole : t.invalid
        }
      }
    }
  }
  page.protection = protectForm(context, { action: LOGIN_FORM })
  return page
}

export const LOGOUT_FORM = 'logout'
const buttons = new SlidingWindowLimiter({ limit: 30 })

/** The log-out button's POST: ends the session (Payload revokes it), then goes to the login page. */
export async function logout(context: Context, locale: Locale): Promise<FormPage> {
  const page = blank()
  if (context.request.method !== 'POST') return { ...page, redirect: networkPaths.login(locale) }
  const data = await protectedPost(context, page, locale, LOGOUT_FORM, { limiter: buttons, minFillMs: 0 })
  if (!data) return page
  await endSession(context)
  return { ...page, redirect: `${networkPaths.login(locale)}?${locale === 'sv' ? 'utloggad' : 'logged-out'}=1` }
}

/* ------------------------------------------------------------------ passwords */

export const FORGOT_FORM = 'password-reset'

export async function forgotPasswordPage(context: Context, locale: Locale): Promise<FormPage & { done: boolean }> {
  return answer(context, await forgotPassword(context, locale))
}

async function forgotPassword(context: Context, locale: Locale): Promise<FormPage & { done: boolean }> {
  const t = accountText(locale).forgot
  const page = { ...blank(), done: false }
  if (context.request.method === 'POST') {
    const data = await protectedPost(context, page, locale, FORGOT_FORM)
    if (data) {
      const email = field(data, 'email').trim().toLowerCase()
      const checked = parseRegistrationInput({ name: 'x', email }, locale)
      if (!checked.ok) {
        page.status = 422
        page.formError = t.invalidEmail
      } else {
        // Not awaited: how long making and queueing the mail takes would tell that the address
        // has an account. The same answer whether or not it has one.
        void askForPasswordReset(email, locale).catch((error: unknown) => console.error('[password reset]', error))
        page.status = 202
        page.done = true
        page.notice = t.sent
        context.response?.headers.set('Cache-Control', 'private, no-store')
        return page
      }
    }
  }
  page.protection = protectForm(context, { action: FORGOT_FORM })
  return page
}

export const SET_PASSWORD_FORM = 'set-password'

type SetPasswordPage = FormPage & { linkValid: boolean; fieldError: string | null }

/** The page a password link opens, answered: status and headers on the response, its address kept secret. */
export async function setPasswordPage(context: Context, token: string, locale: Locale): Promise<SetPasswordPage & { action: string }> {
  const page = answer(context, { ...(await setPassword(context, token, locale)), action: networkPaths.setPassword(locale, token) })
  keepAddressSecret(context)
  return page
}

async function setPassword(context: Context, token: string, locale: Locale): Promise<SetPasswordPage> {
  const t = accountText(locale).setPassword
  const page = { ...blank(), linkValid: true, fieldError: null as string | null }
  if (context.request.method === 'POST') {
    const data = await protectedPost(context, page, locale, SET_PASSWORD_FORM, { limiter: buttons })
    if (data) {
      const email = await passwordLinkEmail(token)
      const problem: PasswordProblem | null = email ? passwordProblem(field(data, 'password'), field(data, 'repeat'), email) : null
      if (!email) {
        page.status = 410
        page.linkValid = false
        page.formError = t.invalidLink
        return page
      } else if (problem) {
        page.status = 422
        page.fieldError = t.problems[problem]
      } else {
        const session = await choosePassword(token, field(data, 'password'))
        if (session) {
          startSession(context, session.token)
          return { ...page, redirect: networkPaths.myPage(locale) }
        }
        page.status = 410
        page.linkValid = false
        page.formError = t.invalidLink
        return page
      }
    }
  }
  if (!(await passwordLinkValid(token))) {
    page.status = 410
    page.linkValid = false
    page.formError = t.invalidLink
    return page
  }
  page.protection = protectForm(context, { action: SET_PASSWORD_FORM })
  return page
}

/* ------------------------------------------------------------------ my page */

export const MY_PAGE_FORM = 'my-page'

export interface MyPage extends FormPage {
  user: SiteUser | null
  data: MyPageData | null
  colleague: { eventId: string; name: string; email: string; errors: Partial<Record<'event' | 'name' | 'email', string>> }
  deleteError: string | null
  logoutProtection: FormProtectionFields | null
  /** The council's meeting feed, for someone who holds a seat. */
  councilFeed: string | null
  /** A refused decision on a colleague's request: which one, why, and the message typed. */
  requestError: { id: number; message: string; typed: string } | null
}

/** Colleagues registered by one representative: as many as an office might need, not a mailing tool. */
const colleagueLimiter = new SlidingWindowLimiter({ limit: 30 })

export async function myPage(context: Context, locale: Locale): Promise<MyPage> {
  return answer(context, await loadMyPageState(context, locale))
}

async function loadMyPageState(context: Context, locale: Locale): Promise<MyPage> {
  const t = accountText(locale).my
  const page: MyPage = { ...blank(), user: null, data: null, colleague: { eventId: '', name: '', email: '', errors: {} }, deleteError: null, logoutProtection: null, councilFeed: null, requestError: null }
  const user = await currentUser(context)
  if (!user) return { ...page, redirect: networkPaths.login(locale) }
  page.user = user

  let renewed = false
  if (context.request.method === 'POST') {
    const data = await protectedPost(context, page, locale, MY_PAGE_FORM, { limiter: colleagueLimiter, minFillMs: 0, email: user.email })
    if (data) {
      const action = field(data, 'action')
      if (action === 'delete') {
        if (user.role !== 'agency-representative') {
          page.status = 403
          page.deleteError = t.deleteNotHere
        } else if (field(data, 'confirm') !== 'yes') {
          page.status = 422
          page.deleteError = t.deleteNeedsConfirm
        } else if (!(await deleteMyAccount(user))) {
          page.status = 409
          page.deleteError = t.deleteNotHere
        } else {
          await endSession(context)
          return { ...page, redirect: `${networkPaths.network(locale)}?${locale === 'sv' ? 'konto-borttaget' : 'account-deleted'}=1` }
        }
      } else if (action === 'colleague') {
        await registerColleague(page, user, data, locale)
      } else if (action === 'colleague-request') {
        await decideRequest(page, user, data, locale)
      } else if (action === 'new-calendar') {
        await renewMyCalendar(user)
        renewed = true
      } else {
        const unreadable = refusal('form-unreadable', locale)
        ;[page.status, page.formError] = [unreadable.status, unreadable.message]
      }
    }
  }
  page.data = await loadMyPage(user, locale)
  const calendarToken = page.data.calendarToken
  page.councilFeed = calendarToken && (await holdsCouncilSeat(user)) ? councilFeedPath(locale, user.id, calendarToken) : null
  // One token signs both feeds, so renewing renews both (see councilFeed.ts).
  if (renewed) page.notice = page.councilFeed ? t.feedsRenewed : t.feedRenewed
  page.protection = protectForm(context, { action: MY_PAGE_FORM })
  page.logoutProtection = protectForm(context, { action: LOGOUT_FORM })
  return page
}

async function registerColleague(page: MyPage, user: SiteUser, data: FormData, locale: Locale): Promise<void> {
  const t = accountText(locale).my
  const eventId = field(data, 'event')
  const checked = parseRegistrationInput({ name: field(data, 'name'), email: field(data, 'email'), locale: field(data, 'locale') || locale }, locale)
  page.colleague = { eventId, name: checked.value.name, email: checked.value.email, errors: {} }
  if (!/^\d{1,10}$/.test(eventId)) page.colleague.errors.event = t.chooseEvent
  if (!checked.ok) {
    for (const [name, problem] of Object.entries(checked.problems)) page.colleague.errors[name as 'name' | 'email'] = registrationMessages[problem][locale]
  }
  if (Object.keys(page.colleague.errors).length > 0) {
    page.status = 422
    return
  }
  const outcome = await registerAs(user, Number(eventId), checked.value)
  if (!outcome.ok) {
    page.status = outcome.problem === 'duplicate' ? 409 : outcome.problem === 'notFound' || outcome.problem === 'audience' ? 404 : 409
    page.colleague.errors.event = registrationMessages[outcome.problem][locale]
    return
  }
  page.status = 202
  page.notice = t.colleagueSent(checked.value.email)
  page.colleague = { eventId: '', name: '', email: '', errors: {} }
}

/** Approving or rejecting a colleague's request to become a representative of the same agency. */
async function decideRequest(page: MyPage, user: SiteUser, data: FormData, locale: Locale): Promise<void> {
  const t = accountText(locale).my
  const raw = field(data, 'application')
  const decision = field(data, 'decision')
  const message = field(data, 'message')
  const id = /^\d{1,10}$/.test(raw) ? Number(raw) : 0
  if (decision !== 'approve' && decision !== 'reject') {
    const unreadable = refusal('form-unreadable', locale)
    ;[page.status, page.formError] = [unreadable.status, unreadable.message]
    return
  }
  const outcome = await decideColleague(user, id, decision, message)
  if (!outcome.ok) {
    page.status = outcome.status
    page.requestError = { id, message: t.decisionProblems[outcome.problem], typed: message.slice(0, DECISION_MESSAGE_MAX) }
    return
  }
  page.notice = decision === 'approve' ? t.approved(outcome.name) : t.rejected(outcome.name)
}
