/**
 * The contact form on a hub's page: who gets its messages, and queuing them through the outbox.
 *
 * The recipients are the hub's community managers' e-mail addresses, read past access: a
 * manager may keep their address off the public page (`showEmail`), and the form is how the
 * public reaches them then. The sender never sees an address: the page learns only whether the
 * form is offered, and the message goes out from the portal's own address with the sender as
 * Reply-To. A hub without managers with an address falls back to the hub's own contact
 * address (already public on its page); a hub with neither has no form.
 */
import type { Payload } from 'payload'
import { inTransaction } from '../db/transaction.ts'
import { path } from '../domain/routes.ts'
import { siteUrl } from '../env.ts'
import type { ContactInput } from '../domain/hubContact/input.ts'
import { enqueueMail } from '../mail/outbox.ts'
import { hubContactMessage } from './mail.ts'

export interface ContactableHub {
  id: number
  name: string
  slug: string
}

interface HubRecipients extends ContactableHub {
  recipients: string[]
}

const SLUG = /^[a-z0-9-]{1,200}$/

async function hubWithRecipients(payload: Payload, slug: string, locale: 'sv' | 'en'): Promise<HubRecipients | null> {
  if (!SLUG.test(slug)) return null
  // The hub as the public sees it: published, or no form.
  const { docs } = await payload.find({
    collection: 'hubs',
    where: { slug: { equals: slug } },
    locale,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    select: { name: true, slug: true, communityManagers: true, onboarding: true },
  })
  const hub = docs[0]
  if (!hub) return null
  const managerIds = (hub.communityManagers ?? []).map((m) => (typeof m === 'object' ? m.id : m))
  // Past access: the managers' addresses, hidden or not (see above); never returned to the site.
  const managers = managerIds.length
    ? (
        await payload.find({
          collection: 'community-managers',
          where: { id: { in: managerIds } },
          depth: 0,
          pagination: false,
          overrideAccess: true,
          select: { email: true },
        })
      ).docs
    : []
  const addresses = managers.map((m) => m.email?.trim()).filter((email): email is string => Boolean(email))
  const fallback = hub.onboarding?.contactEmail?.trim()
  const recipients = [...new Set(addresses.length > 0 ? addresses : fallback ? [fallback] : [])]
  return { id: hub.id, name: hub.name, slug: hub.slug, recipients }
}

/** The published hub by slug when its contact form is offered (someone would get the message); else null. */
export async function contactableHub(payload: Payload, slug: string, locale: 'sv' | 'en'): Promise<ContactableHub | null> {
  const hub = await hubWithRecipients(payload, slug, locale)
  return hub && hub.recipients.length > 0 ? { id: hub.id, name: hub.name, slug: hub.slug } : null
}

/** Queues the visitor's message to each recipient of the hub, in one transaction; false when the hub has no form. */
export async function sendHubContact(payload: Payload, slug: string, input: ContactInput): Promise<boolean> {
  const hub = await hubWithRecipients(payload, slug, input.locale)
  if (!hub || hub.recipients.length === 0) return false
  const message = hubContactMessage(hub.name, input, `${siteUrl()}${path('hub', { slug: hub.slug }, 'sv')}`)
  await inTransaction(payload, undefined, async (req) => {
    for (const to of hub.recipients) await enqueueMail(req, { to, replyTo: input.email, ...message, kind: 'hub-contact' })
  })
  return true
}
