/**
 * Accounts on the site (agency representatives and admins): who a session belongs to, logging
 * in and out, passwords from a link, and changing the e-mail address through a link.
 */
import { createLocalReq, logoutOperation } from 'payload'
import { throttledLogin } from '../../../cms/auth/login.ts'
import { requestPasswordReset, resetLinkEmail, resetTokenValid, setPasswordWithToken, SITE_ROLES } from '../../../cms/network/account.ts'
import { confirmEmailChange, emailChangeLink, type EmailChangeLink, type EmailChangeOutcome } from '../../../cms/network/emailChange.ts'
import type { User } from '../../../cms/payload-types.ts'
import type { Locale } from '../i18n.ts'
import { cms } from './payload.ts'

export type { EmailChangeOutcome }

export type SiteUser = Pick<User, 'id' | 'name' | 'email' | 'role' | 'title' | 'phone'> & {
  agency: number | null
  locale: Locale
  /** The account as Payload authenticated it for this request: what access checks run as. */
  account: User
}

const toSiteUser = (user: User): SiteUser => ({
  account: user,
  id: user.id,
  name: user.name,
  email: user.email,
  role: user.role,
  title: user.title ?? null,
  phone: user.phone ?? null,
  agency: typeof user.agency === 'object' && user.agency ? user.agency.id : (user.agency ?? null),
  locale: user.locale === 'en' ? 'en' : 'sv',
})

/** Local API options that act as this person, with their access rights (no second read of the account). */
export const actingAs = (user: SiteUser) => ({ user: { ...user.account, collection: 'users' as const }, overrideAccess: false as const })

/** The user a site session token belongs to, while it is valid and they may use the site. */
export async function userFromSessionToken(token: string): Promise<SiteUser | null> {
  if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token) || token.length > 4096) return null
  const payload = await cms()
  try {
    const { user } = await payload.auth({ headers: new Headers({ authorization: `JWT ${token}` }) })
    if (!user || user.collection !== 'users' || !SITE_ROLES.includes((user as User).role)) return null
    return toSiteUser(user as User)
  } catch {
    return null
  }
}

export type LoginOutcome = { ok: true; token: string } | { ok: false; problem: 'invalid' | 'wrong-role' } | { ok: false; problem: 'throttled'; retryAfterSeconds: number }

/**
 * Logs in through Payload, throttled together with the CMS's own login (per client address
 * and per account, cms/auth/login.ts); an unknown address and a wrong password look the same
 * and take as long.
 */
export async function logInToSite(email: string, password: string, clientAddress: string): Promise<LoginOutcome> {
  const payload = await cms()
  const attempt = await throttledLogin(payload, { email, address: clientAddress }, password, async () => {
    try {
      const result = await payload.login({ collection: 'users', data: { email, password } })
      return result.token && result.user ? { token: result.token, user: result.user as User } : null
    } catch {
      return null
    }
  })
  if (attempt.outcome === 'throttled') return { ok: false, problem: 'throttled', retryAfterSeconds: attempt.retryAfterSeconds }
  if (attempt.outcome === 'failed') return { ok: false, problem: 'invalid' }
  if (!SITE_ROLES.includes(attempt.value.user.role)) {
    await endSiteSession(attempt.value.token)
    return { ok: false, problem: 'wrong-role' }
  }
  return { ok: true, token: attempt.value.token }
}

/** Ends the session the token belongs to, so the token stops working before it expires. */
export async function endSiteSession(token: string): Promise<void> {
  const payload = await cms()
  try {
    const { user } = await payload.auth({ headers: new Headers({ authorization: `JWT ${token}` }) })
    if (!user) return
    const req = await createLocalReq({ user }, payload)
    await logoutOperation({ collection: payload.collections.users, req })
  } catch {
    // An expired or unknown token has no session to end.
  }
}

/** What an e-mail change link is for, while it can be used. */
export async function loadEmailChangeLink(token: string): Promise<EmailChangeLink> {
  return emailChangeLink(await cms(), token)
}

/** Makes the e-mail change a link asks for. */
export async function confirmNewEmail(token: string): Promise<EmailChangeOutcome> {
  return confirmEmailChange(await cms(), token)
}

export async function askForPasswordReset(email: string, locale: Locale): Promise<void> {
  await requestPasswordReset(await cms(), email, locale)
}

export async function passwordLinkValid(token: string): Promise<boolean> {
  return resetTokenValid(await cms(), token)
}

/** The address a set-password link is for, while it can be used (to refuse that address as the password). */
export async function passwordLinkEmail(token: string): Promise<string | null> {
  return resetLinkEmail(await cms(), token)
}

export async function choosePassword(token: string, password: string): Promise<{ token: string } | null> {
  return setPasswordWithToken(await cms(), token, password)
}
