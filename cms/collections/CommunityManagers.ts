import type { Access, CollectionConfig, FieldAccess } from 'payload'
import { adminOnly, anyone, isAdmin, isCommunityManager } from '../access/index.ts'
import { isEmail, messages } from '../fields/messages.ts'

const adminOrOwnProfile: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  if (isCommunityManager(req.user)) return { user: { equals: req.user!.id } }
  return false
}

const isOwner = (req: Parameters<FieldAccess>[0]['req'], doc: unknown): boolean => {
  const owner = (doc as { user?: number | { id: number } } | undefined)?.user
  const ownerId = owner && typeof owner === 'object' ? owner.id : owner
  return Boolean(req.user && ownerId === req.user.id)
}

/** Contact details are personal: public only when the person has chosen to show them. */
const shownWhen =
  (flag: 'showEmail' | 'showPhone'): FieldAccess =>
  ({ req, doc }) =>
    isAdmin(req.user) || isOwner(req, doc) || Boolean((doc as Record<string, unknown> | undefined)?.[flag])

export const CommunityManagers: CollectionConfig = {
  slug: 'community-managers',
  labels: {
    singular: { sv: 'Community manager', en: 'Community manager' },
    plural: { sv: 'Community managers', en: 'Community managers' },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'user'], group: { sv: 'Nätverket', en: 'Network' } },
  access: { read: anyone, create: adminOnly, update: adminOrOwnProfile, delete: adminOnly },
  fields: [
    { name: 'name', type: 'text', required: true, label: { sv: 'Namn', en: 'Name' } },
    { name: 'title', type: 'text', localized: true, label: { sv: 'Titel', en: 'Job title' } },
    { name: 'photo', type: 'upload', relationTo: 'media', label: { sv: 'Foto', en: 'Photo' } },
    { name: 'bio', type: 'textarea', localized: true, label: { sv: 'Om mig', en: 'About me' } },
    {
      type: 'row',
      fields: [
        {
          name: 'email',
          type: 'text',
          label: { sv: 'E-post', en: 'E-mail' },
          validate: (value: unknown) => (value == null || value === '' || isEmail(value) ? true : messages.email),
          access: { read: shownWhen('showEmail') },
        },
        { name: 'showEmail', type: 'checkbox', defaultValue: false, label: { sv: 'Visa e-post publikt', en: 'Show e-mail publicly' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', label: { sv: 'Telefon', en: 'Phone' }, access: { read: shownWhen('showPhone') } },
        { name: 'showPhone', type: 'checkbox', defaultValue: false, label: { sv: 'Visa telefon publikt', en: 'Show phone publicly' } },
      ],
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      unique: true,
      label: { sv: 'Användarkonto', en: 'User account' },
      admin: { position: 'sidebar' },
      access: {
        read: ({ req, doc }) => isAdmin(req.user) || isOwner(req, doc),
        update: ({ req }) => isAdmin(req.user),
        create: ({ req }) => isAdmin(req.user),
      },
    },
    {
      name: 'hubs',
      type: 'join',
      collection: 'hubs',
      on: 'communityManagers',
      label: { sv: 'Hubbar', en: 'Hubs' },
    },
  ],
}
