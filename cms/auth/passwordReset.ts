/**
 * Payload's `POST /api/users/forgot-password` (the admin panel's "forgot password" page),
 * routed to the portal's own flow instead of Payload's, which mailed a link relative to no
 * host, directly rather than through the outbox, and for any role:
 * - a representative gets the site's set-password link (`requestPasswordReset`, as from the
 *   site's own form);
 * - staff who work in the admin panel (admins, community managers) get a link to the panel's
 *   own reset page, at the CMS's public address (CMS_PUBLIC_URL);
 * - an unknown address gets nothing.
 * The endpoint answers the same in all three cases, before any of this runs.
 */
import type { Payload } from 'payload'
import { cmsUrl } from '../env.ts'
import { enqueueMail } from '../mail/outbox.ts'
import { inTransaction } from '../db/transaction.ts'
import { RESET_LINK_MINUTES, requestPasswordReset } from '../network/account.ts'
import { rateLimitAddress } from '../domain/http/clientAddress.ts'
import { panelResetPasswordMail, type AuthLocale } from './messages.ts'
import type { ThrottleCheck } from './throttle.ts'
import { RESET_RULES, throttleKey } from './throttleRules.ts'

export const resetChecks = (secret: string, who: { email: string; address: string }): ThrottleCheck[] => [
  { key: throttleKey(secret, 'reset', 'address', rateLimitAddress(who.address)), rule: RESET_RULES.address },
  { key: throttleKey(secret, 'reset', 'account', who.email), rule: RESET_RULES.account },
]

export async function requestPasswordResetFromPanel(payload: Payload, email: string, panelLocale: AuthLocale): Promise<void> {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email.trim().toLowerCase() } }, limit: 1, depth: 0, overrideAccess: true })
  const user = docs[0]
  if (!user) return
  if (user.role === 'agency-representative') return requestPasswordReset(payload, user.email, panelLocale)
  await inTransaction(payload, undefined, async (req) => {
    const token = await payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true, expiration: RESET_LINK_MINUTES * 60 * 1000, req })
    if (typeof token !== 'string') return
    const { routes, admin } = payload.config
    const url = `${cmsUrl()}${routes.admin}${admin.routes.reset}/${token}`
    const locale: AuthLocale = user.locale === 'en' ? 'en' : user.locale === 'sv' ? 'sv' : panelLocale
    await enqueueMail(req, { to: user.email, ...panelResetPasswordMail(user.name, locale, url, RESET_LINK_MINUTES), kind: 'password-reset' })
  })
}
