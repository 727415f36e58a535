/**
 * What an event's organisers do with its registrations: export them as CSV and e-mail
 * everyone registered. Organisers are admins and the community managers of the event's hub.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { isAdmin, isCommunityManager } from '../access/roles.ts'
import { managedHubIds } from '../access/managedHubs.ts'
import { inTransaction } from '../db/transaction.ts'
import { enqueueMail } from '../mail/outbox.ts'
import type { Event } from '../payload-types.ts'
import { parseOrganiserMessage, registrationsCsv } from './csv.ts'

const json = (status: number, body: object) => Response.json(body, { status })

/** The event, if `req.user` organises it; otherwise a response saying why not. */
async function organisedEvent(req: PayloadRequest): Promise<Event | Response> {
  if (!req.user) return json(401, { message: 'Logga in först. / Log in first.' })
  const id = Number(req.routeParams?.id)
  if (!Number.isInteger(id) || id <= 0) return json(404, { message: 'Evenemanget finns inte. / The event does not exist.' })
  const event = await req.payload.findByID({ collection: 'events', id, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!event) return json(404, { message: 'Evenemanget finns inte. / The event does not exist.' })
  if (isAdmin(req.user)) return event
  const hub = typeof event.hub === 'object' && event.hub ? event.hub.id : event.hub
  if (isCommunityManager(req.user) && hub != null && (await managedHubIds(req)).includes(hub)) return event
  return json(403, { message: 'Du arrangerar inte det här evenemanget. / You do not organise this event.' })
}

async function registrationsOf(req: PayloadRequest, eventId: number, statuses: string[]) {
  const { docs } = await req.payload.find({
    collection: 'registrations',
    where: { and: [{ event: { equals: eventId } }, { status: { in: statuses } }] },
    sort: 'createdAt',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs
}

export const exportRegistrationsEndpoint: Endpoint = {
  path: '/:id/registrations.csv',
  method: 'get',
  handler: async (req) => {
    const event = await organisedEvent(req)
    if (event instanceof Response) return event
    const locale = req.i18n?.language === 'en' ? 'en' : 'sv'
    const rows = await registrationsOf(req, event.id, ['pending', 'confirmed', 'waitlisted', 'cancelled'])
    return new Response(registrationsCsv(rows, locale), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="registrations-${event.slug}.csv"`,
        'cache-control': 'no-store',
      },
    })
  },
}

export const messageRegistrantsEndpoint: Endpoint = {
  path: '/:id/message',
  method: 'post',
  handler: async (req) => {
    const event = await organisedEvent(req)
    if (event instanceof Response) return event
    let body: unknown
    try {
      body = await req.json?.()
    } catch {
      body = null
    }
    const parsed = parseOrganiserMessage(body)
    if (!parsed.ok) return json(400, { message: parsed.message })
    const statuses = parsed.value.includeWaitlist ? ['confirmed', 'waitlisted'] : ['confirmed']
    // All messages are queued, or none: a half-sent announcement cannot be told from a whole one.
    const queued = await inTransaction(req.payload, req, async (tx) => {
      const recipients = (await registrationsOf(tx, event.id, statuses)).filter((r) => r.confirmedAt)
      for (const registration of recipients) {
        await enqueueMail(tx, {
          to: registration.email,
          subject: parsed.value.subject,
          text: `${parsed.value.text}\n\n-- \n${event.organiser} · Co-working Region\n`,
          kind: 'organiser-message',
          registration: registration.id,
        })
      }
      return recipients.length
    })
    return json(202, { queued })
  },
}
