/**
 * Applying for a seat on the innovation council, and deciding on it. A representative of an
 * agency in the network applies on the site; region staff accept or decline. Accepting gives
 * the applicant a seat on the council page (and so its meetings) while seats are free; a full
 * council refuses. Each step is one transaction, its mail in the outbox.
 */
import type { Payload, PayloadRequest } from 'payload'
import { ServiceRefusal } from '../domain/refusal.ts'
import { isAgencyRepresentative, type RoleBearer } from '../access/roles.ts'
import { executor, sql } from '../db/sql.ts'
import { inTransaction } from '../db/transaction.ts'
import { cmsUrl, siteUrl } from '../env.ts'
import { enqueueMail } from '../mail/outbox.ts'
import type { MailLocale } from '../mail/simpleMail.ts'
import type { CouncilApplication, User } from '../payload-types.ts'
import { SITE_ROLES } from '../domain/network/accountRules.ts'
import { councilDecisionMail, councilReviewMail } from './decisionMail.ts'
import { decisionMessage, DecisionProblemError, freeSeats, idOf, mayDecideCouncil, refusalFor, statusProblem } from './decisionRules.ts'
import { decisionEndpoint } from './decisions.ts'
import { standingOf } from './entitlement.ts'
import { networkPaths } from '../domain/network/paths.ts'

export { COUNCIL_TEXT_MAX, ORGANISATION_MAX, parseCouncilInput, type CouncilField, type CouncilInput, type CouncilInputProblem } from '../domain/council/input.ts'
import type { CouncilInput } from '../domain/council/input.ts'

export type CouncilApplyProblem = 'notEntitled' | 'alreadyMember' | 'alreadyApplied'

export class CouncilApplyProblemError extends ServiceRefusal<CouncilApplyProblem> {
  override name = 'CouncilApplyProblemError'
}

/** Records a representative's application and tells region staff. */
export async function applyForCouncil(payload: Payload, user: RoleBearer & { id: number }, input: CouncilInput, options: { req?: PayloadRequest } = {}): Promise<CouncilApplication> {
  return inTransaction(payload, options.req, async (req) => {
    if (!isAgencyRepresentative(user)) throw new CouncilApplyProblemError('notEntitled')
    const db = await executor(payload, req)
    await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${'council:' + user.id}))`)
    const standing = await standingOf(payload, user, req)
    if (!standing.memberAgency) throw new CouncilApplyProblemError('notEntitled')
    if (standing.councilMember) throw new CouncilApplyProblemError('alreadyMember')
    const { totalDocs } = await payload.count({ collection: 'council-applications', where: { and: [{ user: { equals: user.id } }, { status: { equals: 'pending' } }] }, overrideAccess: true, req })
    if (totalDocs > 0) throw new CouncilApplyProblemError('alreadyApplied')
    const agency = typeof user.agency === 'object' ? user.agency?.id : user.agency
    const application = await payload.create({
      collection: 'council-applications',
      data: { user: user.id, agency: agency ?? undefined, ...input, status: 'pending' },
      depth: 0,
      overrideAccess: true,
      req,
    })
    const admins = await payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, depth: 0, pagination: false, overrideAccess: true, req })
    for (const admin of admins.docs) {
      const mail = councilReviewMail(admin.locale === 'en' ? 'en' : 'sv', input.organisation, `${cmsUrl()}/admin/collections/council-applications/${application.id}`)
      await enqueueMail(req, { to: admin.email, ...mail, kind: 'council-to-review', user: admin.id })
    }
    return application
  })
}

async function decide(payload: Payload, id: number, decider: RoleBearer & { id: number }, rawMessage: unknown, accept: boolean, options: { req?: PayloadRequest; now?: Date }): Promise<void> {
  const message = decisionMessage(rawMessage, !accept)
  if (!message.ok) throw new DecisionProblemError(message.problem)
  const now = options.now ?? new Date()
  await inTransaction(payload, options.req, async (req) => {
    if (!mayDecideCouncil(decider)) throw new DecisionProblemError(refusalFor(decider))
    const db = await executor(payload, req)
    const { rows } = await db.execute(sql`SELECT id FROM council_applications WHERE id = ${id} FOR UPDATE`)
    if (rows.length === 0) throw new DecisionProblemError('notFound')
    const application = await payload.findByID({ collection: 'council-applications', id, depth: 1, overrideAccess: true, req })
    const problem = statusProblem(application.status, 'pending')
    if (problem) throw new DecisionProblemError(problem)
    const applicant = typeof application.user === 'object' ? application.user : null
    if (!applicant) throw new DecisionProblemError('notFound')

    if (accept) {
      // One seat decision at a time: the council's row is the lock.
      await db.execute(sql`SELECT id FROM innovation_council FOR UPDATE`)
      const council = await payload.findGlobal({ slug: 'innovation-council', depth: 0, overrideAccess: true, req })
      const members = council.members ?? []
      // Someone region staff already seated by hand keeps that one seat.
      if (!members.some((m) => idOf(m.user as number | { id: number } | null | undefined) === applicant.id)) {
        if (freeSeats(council.seats, members) < 1) throw new DecisionProblemError('councilFull')
        const agency = idOf(application.agency as number | { id: number } | null | undefined)
        await payload.updateGlobal({
          slug: 'innovation-council',
          data: { members: [...members, { name: applicant.name, organisation: application.organisation, role: 'member', agency: agency ?? null, user: applicant.id }] },
          overrideAccess: true,
          req,
        })
      }
    }
    const locale: MailLocale = applicant.locale === 'en' ? 'en' : 'sv'
    await enqueueMail(req, { to: applicant.email, ...councilDecisionMail(applicant.name, locale, accept, message.value, siteUrl() + networkPaths.council(locale)), kind: accept ? 'council-accepted' : 'council-declined', user: applicant.id })
    await payload.update({
      collection: 'council-applications',
      id,
      data: { status: accept ? 'approved' : 'rejected', decidedAt: now.toISOString(), decidedBy: decider.id, decisionMessage: message.value || null },
      depth: 0,
      overrideAccess: true,
      req,
    })
  })
}

export const acceptCouncilApplication = (payload: Payload, id: number, decider: RoleBearer & { id: number }, message: unknown, options: { req?: PayloadRequest; now?: Date } = {}) =>
  decide(payload, id, decider, message, true, options)
export const declineCouncilApplication = (payload: Payload, id: number, decider: RoleBearer & { id: number }, message: unknown, options: { req?: PayloadRequest; now?: Date } = {}) =>
  decide(payload, id, decider, message, false, options)

export const approveCouncilEndpoint = decisionEndpoint('council-applications', '/:id/approve', acceptCouncilApplication)
export const rejectCouncilEndpoint = decisionEndpoint('council-applications', '/:id/reject', declineCouncilApplication)

/**
 * The account a council meeting feed is for, while it is a site account that holds a seat (or
 * an admin's); null otherwise. Read past access because calendar apps send no session: the id
 * comes from the feed's address, whose signature with that person's calendar token the caller
 * has checked (site/features/council/councilFeed.ts). The meetings are then read with this account's access.
 */
export async function councilFeedAccount(payload: Payload, userId: number, req?: PayloadRequest): Promise<User | null> {
  const user = await payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true, req }).catch(() => null)
  if (!user || !SITE_ROLES.includes(user.role)) return null
  const standing = await standingOf(payload, user, req)
  if (user.role !== 'admin' && !standing.councilMember) return null
  return user
}
