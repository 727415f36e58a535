/**
 * Deciding on confirmed network applications. Approving one, in a single transaction, makes
 * the agency a member (creating it when new), creates the representative's account with a
 * password nobody knows, and mails a link to choose one; no password is ever mailed.
 * Rejecting mails the reason. Admins decide everything; a request to become another
 * representative may also be decided by the agency's current representatives.
 */
import { randomBytes } from 'node:crypto'
import { ValidationError, type Endpoint, type Payload, type PayloadRequest } from 'payload'
import { agencyIdOf, isAgencyRepresentative, type RoleBearer } from '../access/roles.ts'
import { executor, sql } from '../db/sql.ts'
import { slugify } from '../domain/slugify.ts'
import { inTransaction } from '../db/transaction.ts'
import { siteUrl } from '../env.ts'
import { enqueueMail } from '../mail/outbox.ts'
import type { MailLocale } from '../mail/simpleMail.ts'
import type { AgencyApplication, User } from '../payload-types.ts'
import { rejectionMail, welcomeBackMail, welcomeMail } from './decisionMail.ts'
import { agencySlug, decisionMessage, DecisionProblemError, decisionStatus, decisionText, idOf, mayDecide, refusalFor, statusProblem, WELCOME_LINK_DAYS, type DecisionProblem } from './decisionRules.ts'
import { networkPaths } from '../domain/network/paths.ts'

// The pure rules and the mail live beside this file; these names stay importable from here.
export { decisionMessage, DecisionProblemError, decisionStatus, decisionText, mayDecide, WELCOME_LINK_DAYS, type DecisionProblem } from './decisionRules.ts'
export { rejectionMail, welcomeMail } from './decisionMail.ts'

async function lockedApplication(payload: Payload, req: PayloadRequest, id: number): Promise<AgencyApplication> {
  const db = await executor(payload, req)
  const { rows } = await db.execute(sql`SELECT id FROM agency_applications WHERE id = ${id} FOR UPDATE`)
  if (rows.length === 0) throw new DecisionProblemError('notFound')
  return payload.findByID({ collection: 'agency-applications', id, depth: 0, overrideAccess: true, req })
}

function checkDecidable(user: RoleBearer | null | undefined, application: AgencyApplication): void {
  if (!mayDecide(user, application)) throw new DecisionProblemError(refusalFor(user))
  const problem = statusProblem(application.status, 'confirmed')
  if (problem) throw new DecisionProblemError(problem)
}

const localeOf = (a: AgencyApplication): MailLocale => (a.locale === 'en' ? 'en' : 'sv')
const DAY_MS = 24 * 60 * 60 * 1000

async function newAgencySlug(payload: Payload, req: PayloadRequest, application: AgencyApplication): Promise<string> {
  const base = agencySlug(slugify(application.agencyName), application.orgNumber, false)
  const { totalDocs } = await payload.count({ collection: 'agencies', where: { slug: { equals: base } }, overrideAccess: true, req })
  return totalDocs === 0 ? base : agencySlug(slugify(application.agencyName), application.orgNumber, true)
}

export async function approveApplication(payload: Payload, id: number, decider: RoleBearer & { id: number }, rawMessage: unknown, options: { req?: PayloadRequest; now?: Date } = {}): Promise<{ agency: number; user: number }> {
  const message = decisionMessage(rawMessage, false)
  if (!message.ok) throw new DecisionProblemError(message.problem)
  const now = options.now ?? new Date()
  return inTransaction(payload, options.req, async (req) => {
    const application = await lockedApplication(payload, req, id)
    checkDecidable(decider, application)
    // Two applications for one new agency, approved at once, must not both create it.
    const db = await executor(payload, req)
    await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${'agency:' + application.orgNumber}))`)

    const existing = (await payload.find({ collection: 'agencies', where: { orgNumber: { equals: application.orgNumber } }, limit: 1, depth: 0, overrideAccess: true, req })).docs[0]

    // The account: never a second one for the same address, and never someone else's taken
    // over. Checked before anything is written.
    const email = application.contactEmail.toLowerCase()
    const found = (await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true, req })).docs[0]
    if (found && !(existing && found.role === 'agency-representative' && agencyIdOf(found) === existing.id)) throw new DecisionProblemError('accountExists')

    // The agency: a member from now on, created when new; empty facts filled in from the application.
    const municipality = idOf(application.municipality as number | { id: number } | null | undefined)
    const agency = existing
      ? await payload.update({
          collection: 'agencies',
          id: existing.id,
          data: {
            ...(existing.membershipStatus === 'applied' || existing.membershipStatus === 'left' ? { membershipStatus: 'member' as const } : {}),
            ...(!existing.website && application.website ? { website: application.website } : {}),
            ...(existing.staffInCounty == null && application.staffInCounty != null ? { staffInCounty: application.staffInCounty } : {}),
            ...(!existing.municipality && municipality ? { municipality } : {}),
          },
          depth: 0,
          overrideAccess: true,
          req,
        })
      : await payload.create({
          collection: 'agencies',
          data: {
            name: application.agencyName,
            slug: await newAgencySlug(payload, req, application),
            orgNumber: application.orgNumber,
            website: application.website ?? undefined,
            staffInCounty: application.staffInCounty ?? undefined,
            municipality: municipality ?? undefined,
            membershipStatus: 'member',
          },
          depth: 0,
          overrideAccess: true,
          req,
        })

    const locale = localeOf(application)
    let user: { id: number }
    if (found) {
      // Already this agency's representative: they keep their password and are told to log in.
      user = found
      const mail = welcomeBackMail(found.name ?? application.contactName, agency.name, locale, siteUrl() + networkPaths.login(locale), siteUrl() + networkPaths.forgotPassword(locale), message.value)
      await enqueueMail(req, { to: email, ...mail, kind: 'network-welcome', user: found.id })
    } else {
      user = await payload.create({
        collection: 'users',
        data: {
          email,
          // Random and never shown: the representative chooses their own with the link.
          password: randomBytes(32).toString('base64url'),
          name: application.contactName,
          title: application.contactTitle ?? undefined,
          phone: application.contactPhone ?? undefined,
          locale,
          role: 'agency-representative',
          agency: agency.id,
        },
        depth: 0,
        overrideAccess: true,
        req,
      })
      const token = await payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true, expiration: WELCOME_LINK_DAYS * DAY_MS, req })
      if (typeof token !== 'string' || !token) throw new Error('forgotPassword returned no token for a new account')
      // Payload prefers a collection's own `auth.forgotPassword.expiration` to the argument:
      // the week is written explicitly, so a later setting there cannot shorten it.
      await payload.update({ collection: 'users', id: user.id, data: { resetPasswordExpiration: new Date(Date.now() + WELCOME_LINK_DAYS * DAY_MS).toISOString() } as never, depth: 0, overrideAccess: true, req })
      const mail = welcomeMail(application.contactName, agency.name, locale, siteUrl() + networkPaths.setPassword(locale, token), message.value)
      await enqueueMail(req, { to: email, ...mail, kind: 'network-welcome', user: user.id })
    }

    await payload.update({
      collection: 'agency-applications',
      id,
      data: { status: 'approved', agency: agency.id, account: user.id, decidedAt: now.toISOString(), decidedBy: decider.id, decisionMessage: message.value || null },
      depth: 0,
      overrideAccess: true,
      req,
    })
    return { agency: agency.id, user: user.id }
  })
}

export async function rejectApplication(payload: Payload, id: number, decider: RoleBearer & { id: number }, rawMessage: unknown, options: { req?: PayloadRequest; now?: Date } = {}): Promise<void> {
  const message = decisionMessage(rawMessage, true)
  if (!message.ok) throw new DecisionProblemError(message.problem)
  const now = options.now ?? new Date()
  await inTransaction(payload, options.req, async (req) => {
    const application = await lockedApplication(payload, req, id)
    checkDecidable(decider, application)
    const mail = rejectionMail(application.contactName, application.agencyName, localeOf(application), message.value)
    await enqueueMail(req, { to: application.contactEmail, ...mail, kind: 'network-rejected' })
    await payload.update({
      collection: 'agency-applications',
      id,
      data: { status: 'rejected', decidedAt: now.toISOString(), decidedBy: decider.id, decisionMessage: message.value },
      depth: 0,
      overrideAccess: true,
      req,
    })
  })
}

type Decide = (payload: Payload, id: number, decider: RoleBearer & { id: number }, message: unknown, options: { req?: PayloadRequest }) => Promise<unknown>

/** POST `<path>` with `{ message }`: runs `decide` in the request's transaction; 4xx with a message in both languages. */
export function decisionEndpoint(collection: 'agency-applications' | 'council-applications', path: '/:id/approve' | '/:id/reject', decide: Decide): Endpoint {
  return {
    path,
    method: 'post',
    handler: async (req) => {
      const fail = (problem: DecisionProblem) => Response.json({ message: decisionText[problem], problem }, { status: decisionStatus[problem] })
      if (!req.user) return fail('notLoggedIn')
      const id = Number(req.routeParams?.id)
      if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) return fail('notFound')
      let body: unknown = {}
      try {
        body = req.json ? await req.json() : {}
      } catch {
        body = {}
      }
      const message = body && typeof body === 'object' ? (body as { message?: unknown }).message : undefined
      try {
        // In the request's own transaction: the decision commits with it, or not at all.
        await decide(req.payload, id, req.user as RoleBearer & { id: number }, message, { req })
        const application = await req.payload.findByID({ collection, id, depth: 0, overrideAccess: true, req })
        return Response.json({ status: application.status })
      } catch (err) {
        if (err instanceof DecisionProblemError) return fail(err.problem)
        // A record the decision would write fails its own validation (or a unique index, which
        // Payload reports the same way): everything was rolled back, so say so instead of a 500.
        if (err instanceof ValidationError) {
          req.payload.logger.warn({ err, msg: `Deciding on ${collection} ${id}: a record failed validation` })
          return fail('unsavable')
        }
        throw err
      }
    },
  }
}

export const approveEndpoint = decisionEndpoint('agency-applications', '/:id/approve', approveApplication)
export const rejectEndpoint = decisionEndpoint('agency-applications', '/:id/reject', rejectApplication)

/* ------------------------------------------------------------------ on the site's My page */

/** What My page shows of a colleague's request: enough to recognise the person, no more. */
export type ColleagueRequest = Pick<AgencyApplication, 'id' | 'contactName' | 'contactTitle' | 'contactEmail' | 'confirmedAt' | 'createdAt'>

/**
 * The confirmed requests to become another representative of `user`'s own agency, read with
 * the user's own access (a representative reads exactly these; cms/collections/AgencyApplications.ts).
 * Admins and accounts without an agency get none: admins decide in the admin panel.
 */
export async function colleagueRequests(payload: Payload, user: User, req?: PayloadRequest): Promise<ColleagueRequest[]> {
  const agency = agencyIdOf(user)
  if (!isAgencyRepresentative(user) || agency == null) return []
  const { docs } = await payload.find({
    collection: 'agency-applications',
    where: { and: [{ kind: { equals: 'add-representative' } }, { agency: { equals: agency } }, { status: { equals: 'confirmed' } }] },
    sort: 'createdAt',
    limit: 50,
    depth: 0,
    user: { ...user, collection: 'users' },
    overrideAccess: false,
    req,
    select: { contactName: true, contactTitle: true, contactEmail: true, confirmedAt: true, createdAt: true },
  })
  return docs.map((a) => ({ id: a.id, contactName: a.contactName, contactTitle: a.contactTitle ?? null, contactEmail: a.contactEmail, confirmedAt: a.confirmedAt ?? null, createdAt: a.createdAt }))
}

/**
 * A representative's decision on a colleague's request, from My page: the application must be
 * one they may read (else `notFound`, the same for another agency's and for none at all), and
 * then the same service as the admin panel's decides, with the same rules and mail.
 */
export async function decideColleagueRequest(payload: Payload, user: User, id: number, decision: 'approve' | 'reject', message: unknown, options: { req?: PayloadRequest } = {}): Promise<{ name: string }> {
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) throw new DecisionProblemError('notFound')
  const visible = await colleagueRequestAsSeen(payload, user, id, options.req)
  if (!visible) throw new DecisionProblemError('notFound')
  const decider = user as RoleBearer & { id: number }
  if (decision === 'approve') await approveApplication(payload, id, decider, message, options)
  else await rejectApplication(payload, id, decider, message, options)
  return { name: visible.contactName }
}

/** The request as `user` may read it: to join their own agency as another representative. */
async function colleagueRequestAsSeen(payload: Payload, user: User, id: number, req?: PayloadRequest): Promise<{ contactName: string } | null> {
  const agency = agencyIdOf(user)
  if (!isAgencyRepresentative(user) || agency == null) return null
  const { docs } = await payload.find({
    collection: 'agency-applications',
    where: { and: [{ id: { equals: id } }, { kind: { equals: 'add-representative' } }, { agency: { equals: agency } }] },
    limit: 1,
    depth: 0,
    pagination: false,
    user: { ...user, collection: 'users' },
    overrideAccess: false,
    req,
    select: { contactName: true },
  })
  return docs[0] ?? null
}
