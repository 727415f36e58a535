/**
 * Deciding on confirmed network applications. Approving one, in a single transaction, makes
 * the agency a member (creating it when new), creates the representative's account with a
 * password nobody knows, and mails a link to choose one; no password is ever mailed.
 * Rejecting mails the reason. Admins decide everything; a request to become another
 * representative may also be decided by the agency's current representatives.
 */
import { randomBytes } from 'node:crypto'
import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { agencyIdOf, isAdmin, isAgencyRepresentative, type RoleBearer } from '../access/roles.ts'
import { executor, sql } from '../db/sql.ts'
import { slugify } from '../fields/slugify.ts'
import { inTransaction } from '../db/transaction.ts'
import { siteUrl } from '../env.ts'
import { enqueueMail } from '../mail/outbox.ts'
import { renderSimpleMail, type MailLocale, type RenderedMail } from '../mail/simpleMail.ts'
import type { AgencyApplication } from '../payload-types.ts'
import { networkPaths } from './paths.ts'

/** A new account's link to choose a password lasts a week: the mail may wait over a weekend. */
export const WELCOME_LINK_DAYS = 7
export const DECISION_MESSAGE_MAX = 2000

export type DecisionProblem = 'notLoggedIn' | 'forbidden' | 'notFound' | 'notConfirmed' | 'alreadyDecided' | 'accountExists' | 'messageMissing' | 'messageTooLong' | 'councilFull'

export const decisionStatus: Record<DecisionProblem, 400 | 401 | 403 | 404 | 409> = {
  notLoggedIn: 401,
  forbidden: 403,
  notFound: 404,
  notConfirmed: 409,
  alreadyDecided: 409,
  accountExists: 409,
  messageMissing: 400,
  messageTooLong: 400,
  councilFull: 409,
}

/** Both languages, Swedish first, as the admin panel's other messages. */
export const decisionText: Record<DecisionProblem, string> = {
  notLoggedIn: 'Logga in först. / Log in first.',
  forbidden: 'Du får inte besluta om den här ansökan. / You may not decide on this application.',
  notFound: 'Ansökan finns inte. / The application does not exist.',
  notConfirmed: 'Den sökande har inte bekräftat sin e-postadress än. / The applicant has not confirmed their e-mail address yet.',
  alreadyDecided: 'Ansökan är redan beslutad. / The application has already been decided.',
  accountExists: 'Det finns redan ett konto med den e-postadressen, för en annan myndighet eller roll. Ändra kontot i stället. / An account with that e-mail address already exists, for another agency or role. Change that account instead.',
  messageMissing: 'Skriv varför ansökan avslås; den sökande får meddelandet. / Write why the application is rejected; the applicant gets the message.',
  messageTooLong: 'Meddelandet får vara högst 2 000 tecken. / The message may be at most 2,000 characters.',
  councilFull: 'Rådets alla platser är tagna. Öka antalet platser på rådets sida, eller låt någon lämna sin plats först. / All the council’s seats are taken. Raise the number of seats on the council page, or let someone leave their seat first.',
}

export class DecisionProblemError extends Error {
  readonly problem: DecisionProblem

  constructor(problem: DecisionProblem) {
    super(problem)
    this.problem = problem
    this.name = 'DecisionProblemError'
  }
}

/** Pure: who may decide on an application. */
export function mayDecide(user: RoleBearer | null | undefined, application: Pick<AgencyApplication, 'kind' | 'agency'>): boolean {
  if (isAdmin(user)) return true
  const agency = typeof application.agency === 'object' ? application.agency?.id : application.agency
  return application.kind === 'add-representative' && isAgencyRepresentative(user) && agency != null && agencyIdOf(user) === agency
}

/** Pure: the optional (approve) or required (reject) message, trimmed. */
export function decisionMessage(raw: unknown, required: boolean): { ok: true; value: string } | { ok: false; problem: DecisionProblem } {
  const value = typeof raw === 'string' ? raw.replace(/\r\n/g, '\n').trim() : ''
  if (required && !value) return { ok: false, problem: 'messageMissing' }
  if (value.length > DECISION_MESSAGE_MAX) return { ok: false, problem: 'messageTooLong' }
  return { ok: true, value }
}

export function welcomeMail(name: string, agency: string, locale: MailLocale, url: string, message: string): RenderedMail {
  const sv = locale === 'sv'
  return renderSimpleMail({
    locale,
    subject: sv ? `Välkommen till myndighetsnätverket: ${agency}` : `Welcome to the authority network: ${agency}`,
    greeting: sv ? `Hej ${name}!` : `Hello ${name},`,
    paragraphs: [
      sv
        ? `Anmälan är godkänd: du är nu representant för ${agency} i myndighetsnätverket. Välj ett lösenord till ditt konto med länken nedan. Länken gäller i ${WELCOME_LINK_DAYS} dagar och kan användas en gång.`
        : `The sign-up is approved: you are now a representative of ${agency} in the authority network. Choose a password for your account with the link below. The link is valid for ${WELCOME_LINK_DAYS} days and works once.`,
      ...(message ? [message] : []),
      sv
        ? 'När du har loggat in ser du nätverkets träffar, kan anmäla dig och dina kollegor och hittar din kalender.'
        : 'Once logged in, you see the network’s meetings, can register yourself and your colleagues and find your calendar.',
    ],
    action: { label: sv ? 'Välj lösenord' : 'Choose password', url },
  })
}

export function rejectionMail(name: string, agency: string, locale: MailLocale, message: string): RenderedMail {
  const sv = locale === 'sv'
  return renderSimpleMail({
    locale,
    subject: sv ? `Beslut om anmälan till myndighetsnätverket: ${agency}` : `Decision on the sign-up to the authority network: ${agency}`,
    greeting: sv ? `Hej ${name}!` : `Hello ${name},`,
    paragraphs: [sv ? 'Anmälan har tyvärr inte godkänts. Motivering:' : 'Unfortunately, the sign-up has not been approved. The reason:', message],
    footnote: sv ? 'Har du frågor, svara gärna regionen på det här beslutet.' : 'If you have questions, please reply to the region about this decision.',
  })
}

async function lockedApplication(payload: Payload, req: PayloadRequest, id: number): Promise<AgencyApplication> {
  const db = await executor(payload, req)
  const { rows } = await db.execute(sql`SELECT id FROM agency_applications WHERE id = ${id} FOR UPDATE`)
  if (rows.length === 0) throw new DecisionProblemError('notFound')
  return payload.findByID({ collection: 'agency-applications', id, depth: 0, overrideAccess: true, req })
}

function checkDecidable(user: RoleBearer | null | undefined, application: AgencyApplication): void {
  if (!mayDecide(user, application)) throw new DecisionProblemError(user ? 'forbidden' : 'notLoggedIn')
  if (application.status === 'pending') throw new DecisionProblemError('notConfirmed')
  if (application.status !== 'confirmed') throw new DecisionProblemError('alreadyDecided')
}

const localeOf = (a: AgencyApplication): MailLocale => (a.locale === 'en' ? 'en' : 'sv')

export async function approveApplication(payload: Payload, id: number, decider: RoleBearer & { id: number }, rawMessage: unknown, options: { req?: PayloadRequest; now?: Date } = {}): Promise<{ agency: number; user: number }> {
  const message = decisionMessage(rawMessage, false)
  if (!message.ok) throw new DecisionProblemError(message.problem)
  const now = options.now ?? new Date()
  return inTransaction(payload, options.req, async (req) => {
    const application = await lockedApplication(payload, req, id)
    checkDecidable(decider, application)

    // The agency: a member from now on, created when new; empty facts filled in from the application.
    const existing = (await payload.find({ collection: 'agencies', where: { orgNumber: { equals: application.orgNumber } }, limit: 1, depth: 0, overrideAccess: true, req })).docs[0]
    const municipality = typeof application.municipality === 'object' ? application.municipality?.id : application.municipality
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
            slug: slugify(application.agencyName),
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

    // The account: never a second one for the same address.
    const email = application.contactEmail.toLowerCase()
    const found = (await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true, req })).docs[0]
    if (found && !(found.role === 'agency-representative' && agencyIdOf(found) === agency.id)) throw new DecisionProblemError('accountExists')
    const user =
      found ??
      (await payload.create({
        collection: 'users',
        data: {
          email,
          // Random and never shown: the representative chooses their own with the link.
          password: randomBytes(32).toString('base64url'),
          name: application.contactName,
          title: application.contactTitle ?? undefined,
          phone: application.contactPhone ?? undefined,
          locale: localeOf(application),
          role: 'agency-representative',
          agency: agency.id,
        },
        depth: 0,
        overrideAccess: true,
        req,
      }))
    const token = await payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true, expiration: WELCOME_LINK_DAYS * 24 * 60 * 60 * 1000, req })
    const locale = localeOf(application)
    const link = typeof token === 'string' ? siteUrl() + networkPaths.setPassword(locale, token) : siteUrl() + networkPaths.forgotPassword(locale)
    await enqueueMail(req, { to: email, ...welcomeMail(application.contactName, agency.name, locale, link, message.value), kind: 'network-welcome' })

    await payload.update({
      collection: 'agency-applications',
      id,
      data: { status: 'approved', agency: agency.id, decidedAt: now.toISOString(), decidedBy: decider.id, decisionMessage: message.value || null },
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
        throw err
      }
    },
  }
}

export const approveEndpoint = decisionEndpoint('agency-applications', '/:id/approve', approveApplication)
export const rejectEndpoint = decisionEndpoint('agency-applications', '/:id/reject', rejectApplication)
