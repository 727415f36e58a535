/** Uploaded images as the site serves them: from its own origin, never the CMS's. */
import { path } from '../../../cms/domain/routes.ts'
import { Media as MediaCollection } from '../../../cms/collections/Media.ts'
import type { Media } from '../../../cms/payload-types.ts'
import { cms, populated } from './payload.ts'

export interface PublicImage {
  /** The site's own address for the file (`/media/<file>`), never the CMS's. */
  src: string
  alt: string
  width: number | null
  height: number | null
}

/** An uploaded image at the given size (falling back to the original), served by the site. */
export function publicImage(media: number | Media | null | undefined, size: 'thumbnail' | 'card' | 'hero'): PublicImage | null {
  const doc = populated(media)
  if (!doc?.alt) return null
  const sized = doc.sizes?.[size]
  const file = sized?.filename ?? doc.filename
  if (!file) return null
  return { src: mediaPath(file), alt: doc.alt, width: (sized?.filename ? sized.width : doc.width) ?? null, height: (sized?.filename ? sized.height : doc.height) ?? null }
}

/** Where the site serves an uploaded file (site/pages/media/[file].ts). */
export const mediaPath = (file: string): string => path('media', { file }, 'sv')

const MEDIA_FILE = /^[\w][\w.-]{0,199}$/

/**
 * An uploaded file the public may see, by its stored name (the original or one of its sizes),
 * with its content type; null for anything else. The bytes are read by the caller from the
 * upload folder.
 */
export async function findPublicMediaFile(file: string): Promise<{ mimeType: string } | null> {
  if (!MEDIA_FILE.test(file) || file.includes('..')) return null
  const payload = await cms()
  const { docs } = await payload.find({
    collection: 'media',
    where: {
      or: [
        { filename: { equals: file } },
        { 'sizes.thumbnail.filename': { equals: file } },
        { 'sizes.card.filename': { equals: file } },
        { 'sizes.hero.filename': { equals: file } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  const doc = docs[0]
  if (!doc) return null
  const sized = Object.values(doc.sizes ?? {}).find((size) => size?.filename === file)
  return { mimeType: sized?.mimeType ?? doc.mimeType ?? 'application/octet-stream' }
}

/** The upload folder the CMS writes and the site serves from (both processes share it). */
export const uploadFolder = (): string => (MediaCollection.upload as { staticDir: string }).staticDir
