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

/** An image in the widths it was stored in, for `srcset`: the browser picks the one it needs. */
export interface ResponsiveImage extends PublicImage {
  /** `/media/a-400x250.webp 400w, /media/a-800x500.webp 800w, …`; empty when there is only one width. */
  srcset: string
}

/** The sizes with the original's proportions, narrowest first (the thumbnail is cropped, so not among them). */
const SRCSET_SIZES = ['small', 'card', 'hero'] as const

/**
 * An uploaded image with every stored width as `srcset`, and `src` (with its width and
 * height, so the page keeps its place before it loads) the `card` size, or the nearest there is.
 */
export function responsiveImage(media: number | Media | null | undefined): ResponsiveImage | null {
  const doc = populated(media)
  if (!doc?.alt || !doc.filename) return null
  const widths = SRCSET_SIZES.map((name) => doc.sizes?.[name])
    .filter((size): size is NonNullable<typeof size> & { filename: string; width: number; height: number } => Boolean(size?.filename && size.width && size.height))
    .map((size) => ({ file: size.filename, width: size.width, height: size.height }))
  if (doc.width && doc.height && !widths.some((size) => size.width === doc.width)) widths.push({ file: doc.filename, width: doc.width, height: doc.height })
  widths.sort((a, b) => a.width - b.width)
  const main = widths.find((size) => size.width >= 800) ?? widths[widths.length - 1]
  if (!main) return { src: mediaPath(doc.filename), alt: doc.alt, width: doc.width ?? null, height: doc.height ?? null, srcset: '' }
  return {
    src: mediaPath(main.file),
    alt: doc.alt,
    width: main.width,
    height: main.height,
    srcset: widths.length > 1 ? widths.map((size) => `${mediaPath(size.file)} ${size.width}w`).join(', ') : '',
  }
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
        { 'sizes.small.filename': { equals: file } },
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
