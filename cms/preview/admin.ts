import type { CollectionAdminOptions } from 'payload'
import { payloadSecret, siteUrl } from '../env.ts'
import { PREVIEW_TTL_MS, previewPath, signPreview, type PreviewCollection } from '../domain/previewToken.ts'

/** The admin panel's preview button: the site's page for this document, drafts included. */
export function previewFor(collection: PreviewCollection): NonNullable<CollectionAdminOptions['preview']> {
  return (doc, { locale }) => {
    const id = Number(doc?.id)
    if (!Number.isInteger(id)) return null
    const token = signPreview({ collection, id, exp: Date.now() + PREVIEW_TTL_MS }, payloadSecret())
    return siteUrl() + previewPath(locale === 'en' ? 'en' : 'sv', token)
  }
}
