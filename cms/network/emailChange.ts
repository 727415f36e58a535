/**
 * Changing an account's e-mail address. An address is what the portal mails links to and
 * what a person logs in with, so a new one takes effect only once the link mailed to it is
 * followed; the old address is told at once. Admins change addresses directly (they set up
 * accounts for others); so does the system itself (no user on the request).
 */
import { ValidationError, type CollectionBeforeChangeHook, type Payload } from 'payload'
import { isAdmin } from '../access/roles.ts'
import { executor, sql } from '../db/sql.ts'
import { inTransaction } from '../db/transaction.ts'
import { siteUrl } from '../env.ts'
import { isEmail, messages } from '../fields/messages.ts'
import { enqueueMail } from '../mail/outbox.ts'
import type { MailLocale } from '../mail/simpleMail.ts'
import type { User } from '../payload-types.ts'
import {
  confirmNewEmailMail,
  emailChangeExpiry,
  emailChangeNoticeMail,
  hashEmailChangeToken,
  isEmailChangeToken,
  newEmailChangeToken,
} from './emailChangeRules.ts'
import { networkPaths } from '../domain/network/paths.ts'

const localeOf = (user: Pick<User, 'locale'>): MailLocale => (user.locale === 'en' ? 'en' : 'sv')

/**
 * Users' `beforeChange`: a new address from anyone but an admin is held back. The account
 * keeps its address; the new one waits in `pendingEmail` with the hash of a link's secret,
 * the link goes to the new address and a notice to the old.
 */
export const holdEmailChange: CollectionBeforeChangeHook<User> = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc || !req.user || isAdmin(req.user)) return data
  if (typeof data.email !== 'string') return data
  const wanted = data.email.trim().toLowerCase()
  if (wanted === originalDoc.email.toLowerCase()) return data
  // Field validation runs after this hook, so the address is checked here before anything is mailed.
  if (!isEmail(wanted)) throw new ValidationError({ collection: 'users', errors: [{ path: 'email', message: messages.email }] }, req.t)

  const token = newEmailChangeToken()
  const locale = localeOf(originalDoc)
  const name = originalDoc.name
  await enqueueMail(req, { to: wanted, ...confirmNewEmailMail(name, locale, wanted, siteUrl() + networkPaths.confirmEmail(locale, token)), kind: 'email-change-confirm', user: originalDoc.id })
  await enqueueMail(req, { to: originalDoc.email, ...emailChangeNoticeMail(name, locale, wanted, siteUrl() + networkPaths.forgotPassword(locale)), kind: 'email-change-notice', user: originalDoc.id })
  return {
    ...data,
    email: originalDoc.email,
    pendingEmail: wanted,
    emailChangeToken: hashEmailChangeToken(token),
    emailChangeExpiresAt: emailChangeExpiry(new Date()).toISOString(),
  }
}

export type EmailChangeLink = { state: 'valid'; email: string } | { state: 'invalid' } | { state: 'expired' }

interface PendingRow {
  id: number
  pending_email: string | null
  email_change_expires_at: string | Date | null
}

async function pendingByToken(payload: Payload, token: string, lock: boolean, req?: Parameters<typeof executor>[1]): Promise<PendingRow | null> {
  if (!isEmailChangeToken(token)) return null
  const db = await executor(payload, req)
  const { rows } = await db.execute(sql`
    SELECT id, pending_email, email_change_expires_at FROM users
    WHERE email_change_token = ${hashEmailChangeToken(token)} AND pending_email IS NOT NULL
    ${lock ? sql`FOR UPDATE` : sql``}`)
  return (rows[0] as unknown as PendingRow | undefined) ?? null
}

const expired = (row: PendingRow, now: Date): boolean => row.email_change_expires_at == null || new Date(row.email_change_expires_at).getTime() <= now.getTime()

/** What a confirmation link is for, while it can be used. Changes nothing. */
export async function emailChangeLink(payload: Payload, token: string, now = new Date()): Promise<EmailChangeLink> {
  const row = await pendingByToken(payload, token, false)
  if (!row) return { state: 'invalid' }
  if (expired(row, now)) return { state: 'expired' }
  return { state: 'valid', email: row.pending_email! }
}

export type EmailChangeOutcome = { ok: true; email: string } | { ok: false; problem: 'invalid' | 'expired' | 'taken' }

/**
 * Makes the change a link asks for: the account takes the new address and the link stops
 * working. An address another account has meanwhile taken is refused with nothing changed.
 */
export async function confirmEmailChange(payload: Payload, token: string, now = new Date()): Promise<EmailChangeOutcome> {
  try {
    return await applyEmailChange(payload, token, now)
  } catch (err) {
    // Another account took the address between the check and the write (the unique index said so).
    if (isUniqueViolation(err)) return { ok: false, problem: 'taken' }
    throw err
  }
}

function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) if (e.code === '23505') return true
  return false
}

function applyEmailChange(payload: Payload, token: string, now: Date): Promise<EmailChangeOutcome> {
  return inTransaction(payload, undefined, async (req) => {
    const row = await pendingByToken(payload, token, true, req)
    if (!row) return { ok: false, problem: 'invalid' } as const
    if (expired(row, now)) return { ok: false, problem: 'expired' } as const
    const email = row.pending_email!
    const db = await executor(payload, req)
    const { rows: taken } = await db.execute(sql`SELECT 1 FROM users WHERE lower(email) = ${email} AND id <> ${row.id} LIMIT 1`)
    if (taken.length > 0) return { ok: false, problem: 'taken' } as const
    await db.execute(sql`
      UPDATE users SET email = ${email}, pending_email = NULL, email_change_token = NULL, email_change_expires_at = NULL, updated_at = now()
      WHERE id = ${row.id}`)
    return { ok: true, email } as const
  })
}
