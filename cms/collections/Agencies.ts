import type { Access, CollectionConfig } from 'payload'
import { adminOnly, agencyIdOf, isAdmin, isAgencyRepresentative } from '../access/index.ts'
import { orgNumberField, websiteField } from '../fields/applicationFields.ts'
import { slugField } from '../fields/slug.ts'

/** Which agencies are in the network is public; anything else only to their own people. */
const readAgencies: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  const inNetwork = { membershipStatus: { in: ['confirmed', 'member'] } }
  const own = agencyIdOf(req.user)
  if (isAgencyRepresentative(req.user) && own != null) return { or: [inNetwork, { id: { equals: own } }] }
  return inNetwork
}

const updateOwnAgency: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  const own = agencyIdOf(req.user)
  return isAgencyRepresentative(req.user) && own != null ? { id: { equals: own } } : false
}

export const Agencies: CollectionConfig = {
  slug: 'agencies',
  labels: { singular: { sv: 'Myndighet', en: 'Agency' }, plural: { sv: 'Myndigheter', en: 'Agencies' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'orgNumber', 'membershipStatus'], group: { sv: 'Nätverket', en: 'Network' } },
  defaultSort: 'name',
  access: { read: readAgencies, create: adminOnly, update: updateOwnAgency, delete: adminOnly },
  fields: [
    { name: 'name', type: 'text', required: true, label: { sv: 'Namn', en: 'Name' } },
    slugField('name'),
    orgNumberField({ unique: true }),
    websiteField(),
    {
      name: 'membershipStatus',
      type: 'select',
      required: true,
      defaultValue: 'applied',
      label: { sv: 'Medlemskap i myndighetsnätverket', en: 'Membership of the authority network' },
      options: [
        { value: 'applied', label: { sv: 'Ansökt', en: 'Applied' } },
        { value: 'confirmed', label: { sv: 'Bekräftad', en: 'Confirmed' } },
        { value: 'member', label: { sv: 'Medlem', en: 'Member' } },
        { value: 'left', label: { sv: 'Lämnat', en: 'Left' } },
      ],
      access: { update: ({ req }) => isAdmin(req.user) },
      admin: { position: 'sidebar' },
    },
    { name: 'staffInCounty', type: 'number', min: 0, label: { sv: 'Anställda i länet (ungefär)', en: 'Staff in the county (approx.)' } },
    {
      name: 'municipality',
      type: 'relationship',
      relationTo: 'municipalities',
      label: { sv: 'Kommun för det lokala kontoret', en: 'Municipality of the local office' },
      admin: { position: 'sidebar' },
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: { sv: 'Logotyp', en: 'Logo' } },
    {
      name: 'representatives',
      type: 'join',
      collection: 'users',
      on: 'agency',
      label: { sv: 'Representanter', en: 'Representatives' },
      // Who represents an agency is the agency's own business: without this rule anyone could
      // filter agencies on it and map accounts to agencies. A filter is checked without a
      // document, so only admins may filter on it.
      access: { read: ({ req, doc }) => isAdmin(req.user) || (doc != null && isAgencyRepresentative(req.user) && agencyIdOf(req.user) === doc.id) },
    },
  ],
}
