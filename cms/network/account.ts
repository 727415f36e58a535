/**
 * A representative's account on the site: choosing a password from a link in mail, and the
 * data protection rights to see everything stored about oneself and to be forgotten.
 */
import { pbkdf2, randomBytes } from 'node:crypto'
import type { Payload, PayloadRequest, Where } from 'payload'
import { executor, sql } from '../db/sql.ts'
import { inTransaction } from '../db/transaction.ts'
import { siteUrl } from '../env.ts'
import { enqueueMail } from '../mail/outbox.ts'
import type { MailLocale } from '../mail/simpleMail.ts'
import type { Event, Registration, User } from '../payload-types.ts'
import { isCalendarToken, passwordProblem, RESET_LINK_MINUTES, resetPasswordMail, SITE_ROLES } from '../domain/network/accountRules.ts'
import { networkPaths } from '../domain/network/paths.ts'
import { calendarPlaces } from '../domain/registration/occurrence.ts'

export {
  isCalendarToken,
  PASSWORD_MAX,
  PASSWORD_MIN,
  passwordProblem,
  RESET_LINK_MINUTES,
  resetPasswordMail,
  SITE_ROLES,
  type PasswordProblem,
} from '../domain/network/accountRules.ts'

/**
 * Payload answers a login for an unknown address at once, but checks a password
 * (PBKDF2-SHA256, 600,000 rounds) for a known one, which takes a noticeable part of a second:
 * the time alone would tell whether an address has an account. `loginSkipsPasswordCheck`
 * says when Payload will not check, and `spendPasswordCheckTime` does the same work on
 * nothing, so both kinds of failure take as long. (Accounts are not locked any more, see
 * cms/auth/login.ts; a `lock_until` left from before is not read by Payload either.)
 */
export async function loginSkipsPasswordCheck(payload: Payload, email: string): Promise<boolean> {
  const db = await executor(payload)
  const { rows } = await db.execute(sql`SELECT 1 FROM users WHERE lower(email) = ${email.trim().toLowerCase()} LIMIT 1`)
  return rows.length === 0
}

const PASSWORD_CHECK = { iterations: 600_000, keyLength: 32 }
const dummySalt = randomBytes(32).toString('hex')

export function spendPasswordCheckTime(password: string): Promise<void> {
  return new Promise((resolve) => pbkdf2(password, dummySalt, PASSWORD_CHECK.iterations, PASSWORD_CHECK.keyLength, 'sha256', () => resolve()))
}

/**
 * Mails a link for choosing a new password, when the address belongs to someone who logs in
 * on the site. Says nothing about whether it did: the page answers the same either way.
 */
export async function requestPasswordReset(payload: Payload, email: string, pageLocale: MailLocale): Promise<void> {
  await inTransaction(payload, undefined, async (req) => {
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email.toLowerCase() } }, limit: 1, depth: 0, overrideAccess: true, req })
    const user = docs[0]
    if (!user || !SITE_ROLES.includes(user.role)) return
    const token = await payload.forgotPassword({
      collection: 'users',
      data: { email: user.email },
      disableEmail: true,
      expiration: RESET_LINK_MINUTES * 60 * 1000,
      req,
    })
    if (typeof token !== 'string') return
    const locale: MailLocale = user.locale === 'en' ? 'en' : user.locale === 'sv' ? 'sv' : pageLocale
    const mail = resetPasswordMail(user.name, locale, siteUrl() + networkPaths.setPassword(locale, token), RESET_LINK_MINUTES)
    await enqueueMail(req, { to: user.email, ...mail, kind: 'password-reset', user: user.id })
  })
}

const RESET_TOKEN = /^[0-9a-f]{40}$/

/** The address a set-password link is for, while the link can still be used; null otherwise. Changes nothing. */
export async function resetLinkEmail(payload: Payload, token: string, now = new Date()): Promise<string | null> {
  if (!RESET_TOKEN.test(token)) return null
  const { docs } = await payload.find({
    collection: 'users',
    where: { and: [{ resetPasswordToken: { equals: token } }, { resetPasswordExpiration: { greater_than: now.toISOString() } }] },
    limit: 2,
    depth: 0,
    overrideAccess: true,
    select: { email: true },
  })
  return docs.length === 1 ? docs[0].email : null
}

/** Whether a set-password link can still be used (known and not expired). Changes nothing. */
export async function resetTokenValid(payload: Payload, token: string, now = new Date()): Promise<boolean> {
  return (await resetLinkEmail(payload, token, now)) !== null
}

/**
 * Sets the password from a link; the link then no longer works. Returns a session token for
 * the site; null for a link that cannot be used or a password the rules refuse.
 */
export async function setPasswordWithToken(payload: Payload, token: string, password: string): Promise<{ token: string; exp?: number } | null> {
  const email = await resetLinkEmail(payload, token)
  if (!email || passwordProblem(password, password, email)) return null
  try {
    const result = await payload.resetPassword({ collection: 'users', data: { token, password }, overrideAccess: true })
    return result.token ? { token: result.token } : null
  } catch {
    return null
  }
}

/** Registrations an account made for someone else (a colleague), not its own. */
export const madeForOthers = (userId: number): Where => ({
  and: [{ user: { equals: userId } }, { or: [{ holder: { exists: false } }, { holder: { not_equals: userId } }] }],
})

/**
 * The registrations my page lists, fifty of each, newest first: the person's own (`holder`)
 * and those they made for colleagues, each with its event.
 *
 * Reads past access, for the id of the person logged in (the site takes it from their
 * session): a registration's link token is readable by admins only, yet my page gives each
 * person the links of their own; and an event they may no longer read (their agency left the
 * network) is still named in their list.
 */
export async function myPageRegistrations(payload: Payload, userId: number, locale: MailLocale, req?: PayloadRequest): Promise<{ own: Registration[]; forColleagues: Registration[] }> {
  const own = await payload.find({
    collection: 'registrations',
    where: { holder: { equals: userId } },
    sort: '-createdAt',
    limit: 50,
    depth: 1,
    locale,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })
  const forColleagues = await payload.find({ collection: 'registrations', where: madeForOthers(userId), sort: '-createdAt', limit: 50, depth: 1, locale, overrideAccess: true, req })
  return { own: own.docs, forColleagues: forColleagues.docs }
}

/** Everything stored about a person, as they may download it (GDPR article 15 and 20). */
export async function exportPersonalData(payload: Payload, userId: number): Promise<Record<string, unknown> | null> {
  const req = undefined as PayloadRequest | undefined
  const user = await payload.findByID({ collection: 'users', id: userId, depth: 1, overrideAccess: true, req }).catch(() => null)
  if (!user) return null
  const agency = typeof user.agency === 'object' && user.agency ? user.agency : null
  // Everything is found through its link to the account, never by the account's address:
  // an address typed somewhere proves nothing about whose data it is.
  const registrations = await payload.find({ collection: 'registrations', where: { holder: { equals: userId } }, depth: 1, pagination: false, overrideAccess: true })
  // Colleagues this person registered: the fact is theirs, the colleague's name and address are not.
  const forColleagues = await payload.find({ collection: 'registrations', where: madeForOthers(userId), depth: 1, pagination: false, overrideAccess: true })
  const applications = await payload.find({ collection: 'agency-applications', where: { account: { equals: userId } }, depth: 0, pagination: false, overrideAccess: true })
  const council = await payload.findGlobal({ slug: 'innovation-council', depth: 0, overrideAccess: true })
  const councilApplications = await payload.find({ collection: 'council-applications', where: { user: { equals: userId } }, depth: 0, pagination: false, overrideAccess: true })
  const mail = await payload.find({ collection: 'mail-outbox', where: { user: { equals: userId } }, depth: 0, pagination: false, overrideAccess: true, sort: 'createdAt' })
  return {
    exportedAt: new Date().toISOString(),
    account: {
      name: user.name,
      email: user.email,
      title: user.title ?? null,
      phone: user.phone ?? null,
      languageForMail: user.locale ?? null,
      role: user.role,
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
    },
    agency: agency ? { name: agency.name, orgNumber: agency.orgNumber, membershipStatus: agency.membershipStatus } : null,
    registrations: registrations.docs.map((r) => {
      const event = typeof r.event === 'object' ? r.event : null
      return {
        event: event ? { title: event.title, start: event.start } : r.event,
        name: r.name,
        email: r.email,
        status: r.status,
        languageForMail: r.locale,
        createdAt: r.createdAt,
        confirmedAt: r.confirmedAt ?? null,
        cancelledAt: r.cancelledAt ?? null,
      }
    }),
    colleaguesRegistered: forColleagues.docs.map((r) => {
      const event = typeof r.event === 'object' ? r.event : null
      return { event: event ? { title: event.title, start: event.start } : r.event, status: r.status, createdAt: r.createdAt }
    }),
    networkApplications: applications.docs.map((a) => ({
      kind: a.kind,
      agencyName: a.agencyName,
      orgNumber: a.orgNumber,
      website: a.website ?? null,
      name: a.contactName,
      title: a.contactTitle ?? null,
      email: a.contactEmail,
      phone: a.contactPhone ?? null,
      interests: a.interests ?? [],
      status: a.status,
      consent: a.consent,
      createdAt: a.createdAt,
      confirmedAt: a.confirmedAt ?? null,
      decisionMessage: a.decisionMessage ?? null,
    })),
    councilApplications: councilApplications.docs.map((c) => ({
      organisation: c.organisation,
      motivation: c.motivation,
      contribution: c.contribution,
      status: c.status,
      createdAt: c.createdAt,
      decisionMessage: c.decisionMessage ?? null,
    })),
    councilSeats: (council.members ?? [])
      .filter((m) => (typeof m.user === 'object' ? m.user?.id : m.user) === userId)
      .map((m) => ({ name: m.name, organisation: m.organisation, role: m.role })),
    mailSent: mail.docs.map((m) => ({ subject: m.subject, status: m.status, createdAt: m.createdAt, sentAt: m.sentAt ?? null })),
  }
}

/**
 * Deletes an account and the personal data tied to it, in one transaction: the person's own
 * registrations (those for their address) keep their event and status (so attendance counts
 * stay right) but lose name and address; colleagues they registered keep their registrations
 * and only lose the link to this account; network applications and mail to the address are
 * deleted; a council seat loses its link to the account (the region decides about the seat
 * itself). Only representatives delete themselves: an admin account (perhaps the region's
 * last) is removed by another admin in the admin panel, so this refuses it.
 */
export async function deleteAccount(payload: Payload, userId: number): Promise<boolean> {
  return inTransaction(payload, undefined, async (req) => {
    const user = await payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true, req }).catch(() => null)
    if (!user || user.role !== 'agency-representative') return false
    const db = await executor(payload, req)
    await db.execute(sql`
      UPDATE registrations
      SET name = ${'–'}, email = 'deleted-' || id || '@deleted.invalid', holder_id = NULL, user_id = NULL, updated_at = now()
      WHERE holder_id = ${userId}`)
    await db.execute(sql`UPDATE registrations SET user_id = NULL, updated_at = now() WHERE user_id = ${userId}`)
    await db.execute(sql`DELETE FROM mail_outbox WHERE user_id = ${userId}`)
    await payload.delete({ collection: 'agency-applications', where: { account: { equals: userId } }, overrideAccess: true, req })
    await payload.delete({ collection: 'council-applications', where: { user: { equals: userId } }, overrideAccess: true, req })
    const council = await payload.findGlobal({ slug: 'innovation-council', depth: 0, overrideAccess: true, req })
    const members = council.members ?? []
    if (members.some((m) => (typeof m.user === 'object' ? m.user?.id : m.user) === userId)) {
      await payload.updateGlobal({
        slug: 'innovation-council',
        data: { members: members.map((m) => ((typeof m.user === 'object' ? m.user?.id : m.user) === userId ? { ...m, user: null } : m)) },
        overrideAccess: true,
        req,
      })
    }
    await payload.delete({ collection: 'users', id: userId, overrideAccess: true, req })
    return true
  })
}

/* ------------------------------------------------------------------ the personal calendar feed */

/**
 * A person's calendar feed lives at a secret address of its own (`networkPaths.calendar`),
 * not at one of their registrations' links: a subscription address ends up in calendar
 * services and shared calendars, and a registration's link also cancels the registration and
 * shows the name and address. The token is random (32 bytes), made on first use, stored on
 * the user (read by nobody through the API), renewed on request, and gone with the account.
 */
const newCalendarToken = (): string => randomBytes(32).toString('base64url')

/** The person's calendar token, made when they have none yet. Null for an unknown user. */
export async function calendarTokenOf(payload: Payload, userId: number, req?: PayloadRequest): Promise<string | null> {
  const db = await executor(payload, req)
  const { rows } = await db.execute(sql`
    UPDATE users SET calendar_token = COALESCE(calendar_token, ${newCalendarToken()}) WHERE id = ${userId} RETURNING calendar_token`)
  return (rows[0] as { calendar_token?: string } | undefined)?.calendar_token ?? null
}

/**
 * The person's calendar token as stored, without making one; null when they have none or do
 * not exist. Read past access (nobody may read it through the API) to check a council feed's
 * address, which is signed with it (site/features/council/councilFeed.ts); it is compared there, never shown.
 */
export async function existingCalendarToken(payload: Payload, userId: number, req?: PayloadRequest): Promise<string | null> {
  const user = await payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true, select: { calendarToken: true }, req }).catch(() => null)
  return user?.calendarToken ?? null
}

/** A new calendar address; the old one stops working at once. */
export async function renewCalendarToken(payload: Payload, userId: number, req?: PayloadRequest): Promise<string | null> {
  const db = await executor(payload, req)
  const { rows } = await db.execute(sql`UPDATE users SET calendar_token = ${newCalendarToken()} WHERE id = ${userId} RETURNING calendar_token`)
  return (rows[0] as { calendar_token?: string } | undefined)?.calendar_token ?? null
}

/**
 * What a calendar token's feed holds: the events the person has a confirmed place at (for
 * their own address), read with their access now, so a network or council meeting drops out
 * when they are no longer entitled to it. Null for an unknown token or someone who does not
 * use the site.
 */
export async function accountFeedEvents(payload: Payload, token: string, locale: MailLocale): Promise<{ name: string; events: Event[] } | null> {
  if (!isCalendarToken(token)) return null
  const { docs } = await payload.find({ collection: 'users', where: { calendarToken: { equals: token } }, limit: 1, depth: 0, overrideAccess: true })
  const user = docs[0]
  if (!user || !SITE_ROLES.includes(user.role)) return null
  const registrations = await payload.find({
    collection: 'registrations',
    where: { and: [{ holder: { equals: user.id } }, { status: { equals: 'confirmed' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { event: true, occurrence: true },
  })
  const places = registrations.docs.map((r) => ({ event: typeof r.event === 'object' ? r.event.id : r.event, occurrence: r.occurrence }))
  const ids = [...new Set(places.map((p) => p.event))]
  if (ids.length === 0) return { name: user.name, events: [] }
  const events = await payload.find({
    collection: 'events',
    where: { id: { in: ids } },
    locale,
    depth: 1,
    sort: 'start',
    pagination: false,
    overrideAccess: false,
    user: { ...user, collection: 'users' },
  })
  // One entry per occurrence they have a place at, not a series' whole rule.
  return { name: user.name, events: calendarPlaces(events.docs, places) }
}
