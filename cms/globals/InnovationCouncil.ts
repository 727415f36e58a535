import type { GlobalConfig, PayloadRequest } from 'payload'
import { isAdmin, publishedOrAdmin } from '../access/index.ts'

/** The regional innovation council: one public page, edited by region staff. */
export const InnovationCouncil: GlobalConfig = {
  slug: 'innovation-council',
  label: { sv: 'Innovationsrådet', en: 'Innovation council' },
  admin: { group: { sv: 'Nätverket', en: 'Network' } },
  // Everyone reads the published page; an unpublished draft stays with region staff.
  // Versions hold unpublished drafts (and who sits on the council): only those who edit it.
  access: { read: publishedOrAdmin, update: ({ req }) => isAdmin(req.user), readVersions: ({ req }) => isAdmin(req.user) },
  versions: { drafts: true, max: 25 },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { sv: 'Rubrik', en: 'Title' } },
    { name: 'mission', type: 'richText', localized: true, label: { sv: 'Uppdrag', en: 'Mission' } },
    { name: 'seats', type: 'number', min: 1, max: 50, label: { sv: 'Antal platser', en: 'Number of seats' } },
    {
      name: 'members',
      type: 'array',
      label: { sv: 'Ledamöter', en: 'Members' },
      labels: { singular: { sv: 'Ledamot', en: 'Member' }, plural: { sv: 'Ledamöter', en: 'Members' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: { sv: 'Namn', en: 'Name' } },
            { name: 'organisation', type: 'text', required: true, label: { sv: 'Organisation', en: 'Organisation' } },
            {
              name: 'role',
              type: 'select',
              required: true,
              defaultValue: 'member',
              label: { sv: 'Roll', en: 'Role' },
              options: [
                { value: 'chair', label: { sv: 'Ordförande', en: 'Chair' } },
                { value: 'member', label: { sv: 'Ledamot', en: 'Member' } },
                { value: 'secretary', label: { sv: 'Sekreterare', en: 'Secretary' } },
              ],
            },
          ],
        },
        { name: 'agency', type: 'relationship', relationTo: 'agencies', label: { sv: 'Myndighet', en: 'Agency' } },
        {
          name: 'user',
          type: 'relationship',
          relationTo: 'users',
          label: { sv: 'Konto (ger tillgång till rådets möten)', en: 'Account (gives access to the council’s meetings)' },
          // Who holds a seat is public by name; which account is not.
          access: { read: ({ req }) => isAdmin(req.user) },
        },
      ],
    },
    {
      name: 'meetings',
      type: 'relationship',
      relationTo: 'events',
      hasMany: true,
      label: { sv: 'Möten', en: 'Meetings' },
      // A validator rather than filterOptions: council meetings are not publicly readable,
      // and filterOptions checks run with the caller's read access.
      validate: async (value: unknown, { req }: { req: PayloadRequest }) => {
        const ids = (Array.isArray(value) ? value : []).map((v) => (typeof v === 'object' && v ? (v as { id: number }).id : v))
        if (ids.length === 0) return true
        const others = await req.payload.count({
          collection: 'events',
          where: { and: [{ id: { in: ids } }, { type: { not_equals: 'council-meeting' } }] },
          overrideAccess: true,
          req,
        })
        return others.totalDocs === 0
          ? true
          : 'Välj bara evenemang av typen Innovationsrådets möte. / Choose only events of the type innovation council meeting.'
      },
    },
    {
      name: 'documents',
      type: 'array',
      label: { sv: 'Dokument', en: 'Documents' },
      labels: { singular: { sv: 'Dokument', en: 'Document' }, plural: { sv: 'Dokument', en: 'Documents' } },
      fields: [
        { name: 'title', type: 'text', required: true, localized: true, label: { sv: 'Titel', en: 'Title' } },
        { name: 'file', type: 'upload', relationTo: 'media', label: { sv: 'Fil', en: 'File' } },
        { name: 'url', type: 'text', label: { sv: 'Eller länk', en: 'Or link' } },
      ],
    },
  ],
}
