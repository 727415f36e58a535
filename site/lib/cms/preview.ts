/** An editor's preview of a hub or an event, draft or not, shown as its public page would be. */
import { eventDraft, hubDraft } from '../../../cms/preview/draft.ts'
import type { Hub } from '../../../cms/payload-types.ts'
import type { Locale } from '../i18n.ts'
import { eventPageFrom, type EventPageData } from './events.ts'
import { hubPageFrom, hubPagePopulate, type HubPageData } from './pages.ts'
import { cms } from './payload.ts'

export type PreviewPage = { kind: 'hub'; data: HubPageData } | { kind: 'event'; data: EventPageData }

/**
 * The newest version of a hub or event, draft or not, for an editor holding a signed preview
 * link (cms/domain/previewToken.ts); the caller has checked the link. Related people are still read
 * as the public reads them, so a preview never shows a hidden e-mail or phone number.
 */
export async function loadPreview(collection: 'hubs' | 'events', id: number, locale: Locale): Promise<PreviewPage | null> {
  const payload = await cms()
  if (collection === 'events') {
    const event = await eventDraft(payload, id, locale)
    return event ? { kind: 'event', data: eventPageFrom(event) } : null
  }
  const hub = await hubDraft(payload, id, locale)
  if (!hub) return null
  const managerIds = (hub.communityManagers ?? []).map((m) => (typeof m === 'object' ? m.id : m))
  const [municipality, managers] = await Promise.all([
    typeof hub.municipality === 'number'
      ? payload.findByID({ collection: 'municipalities', id: hub.municipality, locale, overrideAccess: false, disableErrors: true, depth: 0, select: { name: true, slug: true } })
      : null,
    managerIds.length > 0
      ? payload.find({
          collection: 'community-managers',
          where: { id: { in: managerIds } },
          locale,
          overrideAccess: false,
          depth: 1,
          pagination: false,
          select: hubPagePopulate['community-managers'],
          populate: { media: hubPagePopulate.media },
        })
      : null,
  ])
  return { kind: 'hub', data: await hubPageFrom({ ...hub, municipality: municipality ?? hub.municipality, communityManagers: managers?.docs ?? [] } as Hub, locale) }
}
