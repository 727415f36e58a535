/** A hub's contact form: whether it is offered, and sending a message through it. */
import type { ContactInput } from '../../../cms/domain/hubContact/input.ts'
import { contactableHub, sendHubContact, type ContactableHub } from '../../../cms/hubContact/send.ts'
import type { Locale } from '../i18n.ts'
import { cms } from './payload.ts'

export type { ContactableHub }

/** The published hub whose contact form is offered (someone would receive the message), else null. */
export async function findContactableHub(slug: string, locale: Locale): Promise<ContactableHub | null> {
  return contactableHub(await cms(), slug, locale)
}

/** Queues the message to the hub's community managers; false when the hub no longer takes messages. */
export async function contactHub(slug: string, input: ContactInput): Promise<boolean> {
  return sendHubContact(await cms(), slug, input)
}
