import type { Access, CollectionConfig } from 'payload'
import { isAdmin, isCommunityManager } from '../access/index.ts'
import path from 'node:path'
import { dataDir } from '../env.ts'
import { messages } from '../fields/messages.ts'

const staff: Access = ({ req }) => isAdmin(req.user) || isCommunityManager(req.user)

/** Admins change anything; community managers change what they uploaded. */
const ownUploads: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  if (isCommunityManager(req.user)) return { uploadedBy: { equals: req.user!.id } }
  return false
}

const webp = { format: 'webp', options: { quality: 80 } } as const

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { sv: 'Bild', en: 'Image' }, plural: { sv: 'Bilder och dokument', en: 'Images and documents' } },
  admin: { group: { sv: 'Innehåll', en: 'Content' } },
  access: { read: () => true, create: staff, update: ownUploads, delete: ownUploads },
  upload: {
    // Uploads are data, like the database: they live in DATA_DIR, never in the work tree.
    staticDir: path.join(dataDir(), 'media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'application/pdf'],
    // Widths for `srcset` (400, 800, 1600, same proportions as the original), plus a cropped thumbnail.
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre' },
      // Each size states its format: the upload's formatOptions apply to the original only.
      { name: 'small', width: 400, withoutEnlargement: true, formatOptions: webp },
      { name: 'card', width: 800, withoutEnlargement: true, formatOptions: webp },
      { name: 'hero', width: 1600, withoutEnlargement: true, formatOptions: webp },
    ],
    adminThumbnail: 'thumbnail',
    formatOptions: webp,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: { sv: 'Alternativtext', en: 'Alternative text' },
      // `required` alone accepts "   ", which describes nothing.
      validate: (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? true : messages.altText),
      admin: {
        description: {
          sv: 'Beskriv bilden för den som inte ser den. Krävs för tillgänglighet.',
          en: 'Describe the image for people who cannot see it. Required for accessibility.',
        },
      },
    },
    { name: 'credit', type: 'text', label: { sv: 'Fotograf / källa', en: 'Photographer / source' } },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { sv: 'Uppladdad av', en: 'Uploaded by' },
      admin: { readOnly: true, position: 'sidebar' },
      access: { read: ({ req }) => Boolean(req.user), update: () => false },
      hooks: {
        beforeChange: [({ req, operation, value }) => (operation === 'create' && req.user ? req.user.id : value)],
      },
    },
  ],
}
