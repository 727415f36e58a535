/**
 * The ways to reach a hub that its page can show: only those it has. Pure, so the page and
 * its tests agree on when the contact section and the "contact the hub" hints appear.
 */
import type { Hub } from '../../../cms/payload-types.ts'

export interface HubContactFacts {
  website: string | null
  email: string | null
  phone: { text: string; tel: string } | null
}

const present = (value: string | null | undefined) => (value && value.trim() ? value.trim() : null)

export function hubContactFacts(hub: Pick<Hub, 'website' | 'onboarding'>): HubContactFacts {
  const phone = present(hub.onboarding?.contactPhone)
  const tel = phone?.replace(/[^+\d]/g, '')
  return {
    website: present(hub.website),
    email: present(hub.onboarding?.contactEmail),
    phone: phone && tel ? { text: phone, tel } : null,
  }
}

/** Whether the page has any way to contact the hub: its own details, a manager's, or the form. */
export function canContactHub(facts: HubContactFacts, managers: Array<{ email?: string | null; phone?: string | null }>, contactForm: boolean): boolean {
  return Boolean(facts.website || facts.email || facts.phone || contactForm || managers.some((m) => m.email || m.phone))
}
