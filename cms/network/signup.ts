/**
 * Signing an agency up to the authority network: the application, its double opt-in and the
 * purge of applications nobody confirmed. Each step is one transaction, with its mail written
 * to the outbox in the same transaction.
 *
 * The confirmation link carries a random token; only its SHA-256 hash is stored, so the
 * database alone cannot confirm anyone. The link works once and for 48 hours.
 */
import { createHash, randomBytes } from 'node:crypto'
import { ServiceRefusal } from '../domain/refusal.ts'
import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { executor, sql } from '../db/sql.ts'
import { inTransaction } from '../db/transaction.ts'
import { cmsUrl, siteUrl } from '../env.ts'
import { enqueueMail, MAIL_QUEUE } from '../mail/outbox.ts'
import type { AgencyApplication } from '../payload-types.ts'
import { networkPaths } from '../domain/network/paths.ts'
import { applicationToReviewMail, confirmSignupMail, existingAccountMail, signupReceivedMail, type ApplicationSummary } from './signupMail.ts'
import type { SignupInput, SignupWarning } from '../domain/network/signupInput.ts'
import type { SignupServiceProblem } from '../domain/network/signupMessages.ts'

export const CONFIRM_HOURS = 48
export const PURGE_DAYS = 30
const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

export class SignupProblem extends ServiceRefusal<SignupServiceProblem> {
  override name = 'SignupProblem'
}

interface Options {
  /** Runs inside this request's transaction instead of its own. */
  req?: PayloadRequest
  now?: Date
}

/** 32 random bytes as base64url: 43 characters. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex')

export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashToken(token) }
}

const MEMBER_STATUSES = ['confirmed', 'member']

const summaryOf = (a: Pick<AgencyApplication, 'agencyName' | 'orgNumber' | 'contactName' | 'contactEmail' | 'kind' | 'freeMailDomain'>): ApplicationSummary => ({
  agencyName: a.agencyName,
  orgNumber: a.orgNumber,
  name: a.contactName,
  email: a.contactEmail,
  kind: a.kind,
  freeMail: Boolean(a.freeMailDomain),
})

export type SignupOutcome = { kind: 'new-agency' | 'add-representative' | 'existing-account' | 'awaiting-decision' }

/**
 * Records an application and mails its confirmation link. The visitor is told the same
 * ("check your inbox") whatever happened, so the form reveals nothing about who has an
 * account; the mail says what applies. Refuses only an agency that is already a member,
 * unless the applicant asked to be another representative.
 */
export async function submitSignup(payload: Payload, input: SignupInput, warnings: SignupWarning[], options: Options = {}): Promise<SignupOutcome> {
  const now = options.now ?? new Date()
  return inTransaction(payload, options.req, async (req) => {
    const db = await executor(payload, req)
    // Two submissions for one address queue here, so neither creates a duplicate.
    await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${'signup:' + input.email}))`)

    const users = await payload.find({ collection: 'users', where: { email: { equals: input.email } }, limit: 1, depth: 0, overrideAccess: true, req })
    if (users.docs.length > 0) {
      const user = users.docs[0]
      const locale = user.locale === 'en' ? 'en' : user.locale === 'sv' ? 'sv' : input.locale
      const mail = existingAccountMail(user.name, locale, siteUrl() + networkPaths.login(locale), siteUrl() + networkPaths.forgotPassword(locale))
      await enqueueMail(req, { to: user.email, ...mail, kind: 'signup-existing-account', user: user.id })
      return { kind: 'existing-account' }
    }

    const agencies = await payload.find({ collection: 'agencies', where: { orgNumber: { equals: input.orgNumber } }, limit: 1, depth: 0, overrideAccess: true, req })
    const agency = agencies.docs[0] ?? null
    const isMember = agency != null && MEMBER_STATUSES.includes(agency.membershipStatus)
    if (isMember && !input.addRepresentative) throw new SignupProblem('agencyIsMember')
    const kind: 'new-agency' | 'add-representative' = isMember ? 'add-representative' : 'new-agency'

    const municipalities = await payload.find({ collection: 'municipalities', where: { slug: { equals: input.municipality } }, limit: 1, depth: 0, overrideAccess: true, req })
    const { token, hash } = newToken()
    const data = {
      kind,
      agencyName: input.agencyName,
      orgNumber: input.orgNumber,
      website: input.website,
      municipality: municipalities.docs[0]?.id ?? null,
      staffInCounty: input.staffInCounty,
      agency: agency?.id ?? null,
      contactName: input.name,
      contactTitle: input.title,
      contactEmail: input.email,
      contactPhone: input.phone || null,
      freeMailDomain: warnings.includes('freeMail'),
      interests: input.interests,
      locale: input.locale,
      consent: input.consent,
      status: 'pending' as const,
      tokenHash: hash,
      confirmExpiresAt: new Date(now.getTime() + CONFIRM_HOURS * HOUR).toISOString(),
      purgeAfter: new Date(now.getTime() + PURGE_DAYS * DAY).toISOString(),
    }

    const earlier = await payload.find({
      collection: 'agency-applications',
      where: { and: [{ contactEmail: { equals: input.email } }, { orgNumber: { equals: input.orgNumber } }, { status: { in: ['pending', 'confirmed'] } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const previous = earlier.docs[0]
    if (previous?.status === 'confirmed') {
      await enqueueMail(req, { to: input.email, ...signupReceivedMail(summaryOf(previous), input.locale), kind: 'signup-received' })
      return { kind: 'awaiting-decision' }
    }
    // Signing up again before confirming replaces the earlier request and its link.
    const application = previous
      ? await payload.update({ collection: 'agency-applications', id: previous.id, data, overrideAccess: true, req, depth: 0 })
      : await payload.create({ collection: 'agency-applications', data, overrideAccess: true, req, depth: 0 })

    const mail = confirmSignupMail(summaryOf(application), input.locale, siteUrl() + networkPaths.confirmApplication(input.locale, token), CONFIRM_HOURS)
    await enqueueMail(req, { to: input.email, ...mail, kind: 'signup-confirm' })
    return { kind }
  })
}

export type LinkState =
  | { state: 'valid'; agencyName: string; kind: 'new-agency' | 'add-representative' }
  | { state: 'used'; agencyName: string }
  | { state: SignupServiceProblem & ('tokenInvalid' | 'tokenExpired') }

async function byToken(payload: Payload, req: PayloadRequest | undefined, token: string, lock: boolean): Promise<AgencyApplication | null> {
  if (!TOKEN.test(token)) return null
  const hash = hashToken(token)
  if (lock) {
    const db = await executor(payload, req)
    const { rows } = await db.execute(sql`SELECT id FROM agency_applications WHERE token_hash = ${hash} FOR UPDATE`)
    if (rows.length === 0) return null
  }
  const { docs } = await payload.find({ collection: 'agency-applications', where: { tokenHash: { equals: hash } }, limit: 1, depth: 0, overrideAccess: true, req })
  return docs[0] ?? null
}

function linkState(application: AgencyApplication | null, now: Date): LinkState {
  if (!application) return { state: 'tokenInvalid' }
  if (application.status !== 'pending') return { state: 'used', agencyName: application.agencyName }
  if (!application.confirmExpiresAt || new Date(application.confirmExpiresAt).getTime() <= now.getTime()) return { state: 'tokenExpired' }
  return { state: 'valid', agencyName: application.agencyName, kind: application.kind }
}

/** What the confirmation page shows before the button is pressed. Changes nothing. */
export async function viewSignupLink(payload: Payload, token: string, options: Options = {}): Promise<LinkState> {
  return linkState(await byToken(payload, options.req, token, false), options.now ?? new Date())
}

async function notifyDeciders(payload: Payload, req: PayloadRequest, application: AgencyApplication): Promise<void> {
  const agencyId = typeof application.agency === 'object' ? application.agency?.id : application.agency
  const deciders = await payload.find({
    collection: 'users',
    where: application.kind === 'add-representative' && agencyId != null
      ? { or: [{ role: { equals: 'admin' } }, { and: [{ role: { equals: 'agency-representative' } }, { agency: { equals: agencyId } }] }] }
      : { role: { equals: 'admin' } },
    limit: 100,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const adminUrl = `${cmsUrl()}/admin/collections/agency-applications/${application.id}`
  for (const user of deciders.docs) {
    const mail = applicationToReviewMail(summaryOf(application), user.locale === 'en' ? 'en' : 'sv', adminUrl)
    await enqueueMail(req, { to: user.email, ...mail, kind: 'signup-to-review', user: user.id })
  }
}

/**
 * Confirms the applicant's address: the application now waits for a decision, the applicant
 * is told so, and those who decide are told there is something to decide.
 */
export async function confirmSignup(payload: Payload, token: string, options: Options = {}): Promise<{ agencyName: string }> {
  const now = options.now ?? new Date()
  return inTransaction(payload, options.req, async (req) => {
    const application = await byToken(payload, req, token, true)
    const state = linkState(application, now)
    if (state.state === 'used') throw new SignupProblem('tokenUsed')
    if (state.state !== 'valid' || !application) throw new SignupProblem(state.state === 'valid' ? 'tokenInvalid' : state.state)

    const confirmed = await payload.update({
      collection: 'agency-applications',
      id: application.id,
      data: { status: 'confirmed', confirmedAt: now.toISOString(), purgeAfter: null },
      overrideAccess: true,
      req,
      depth: 0,
    })
    const locale = confirmed.locale === 'en' ? 'en' : 'sv'
    await enqueueMail(req, { to: confirmed.contactEmail, ...signupReceivedMail(summaryOf(confirmed), locale), kind: 'signup-received' })
    await notifyDeciders(payload, req, confirmed)
    return { agencyName: confirmed.agencyName }
  })
}

/** Deletes applications whose address was never confirmed, 30 days after they were made. */
export async function purgeUnconfirmed(payload: Payload, now = new Date(), req?: PayloadRequest): Promise<number> {
  const result = await payload.delete({
    collection: 'agency-applications',
    where: { and: [{ status: { equals: 'pending' } }, { purgeAfter: { less_than: now.toISOString() } }] },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return result.docs.length
}

/** Hourly: the purge of unconfirmed applications. */
export const purgeApplicationsTask: TaskConfig<'purgeApplications'> = {
  slug: 'purgeApplications',
  label: 'Purge unconfirmed network applications',
  retries: 0,
  schedule: [{ cron: '0 7 * * * *', queue: MAIL_QUEUE }],
  handler: async ({ req }) => ({ output: { deleted: await purgeUnconfirmed(req.payload) } }),
  outputSchema: [{ name: 'deleted', type: 'number' }],
}
