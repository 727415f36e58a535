import type { Access, CollectionConfig, FieldAccess } from 'payload'
import { adminOnly, isAdmin, ROLES } from '../access/index.ts'

const adminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (isAdmin(req.user)) return true
  return { id: { equals: req.user.id } }
}

/** Only admins may set or change a role, so nobody can promote themselves. */
const roleWrite: FieldAccess = ({ req }) => isAdmin(req.user)

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { sv: 'Användare', en: 'User' }, plural: { sv: 'Användare', en: 'Users' } },
  auth: {
    tokenExpiration: 60 * 60 * 8,
    // No lock: five failures let a stranger shut any account, the admin's too, for 15 minutes.
    // Attempts are throttled per client and per account with a back-off instead (cms/auth/).
    maxLoginAttempts: 0,
    cookies: { sameSite: 'Lax' },
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role'], group: { sv: 'Administration', en: 'Administration' } },
  access: {
    admin: ({ req }) => Boolean(req.user),
    create: adminOnly,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: adminOnly,
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200, label: { sv: 'Namn', en: 'Name' } },
    { name: 'title', type: 'text', maxLength: 200, label: { sv: 'Befattning', en: 'Title' } },
    { name: 'phone', type: 'text', maxLength: 40, label: { sv: 'Telefon', en: 'Phone' } },
    {
      name: 'locale',
      type: 'select',
      defaultValue: 'sv',
      label: { sv: 'Språk för e-post', en: 'Language for mail' },
      options: [
        { value: 'sv', label: 'Svenska' },
        { value: 'en', label: 'English' },
      ],
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'agency-representative',
      label: { sv: 'Roll', en: 'Role' },
      saveToJWT: true,
      options: ROLES.map((r) => ({
        value: r,
        label: {
          admin: { sv: 'Administratör (regionen)', en: 'Administrator (region)' },
          'community-manager': { sv: 'Community manager', en: 'Community manager' },
          'agency-representative': { sv: 'Myndighetsrepresentant', en: 'Agency representative' },
        }[r],
      })),
      access: { create: roleWrite, update: roleWrite },
    },
    {
      name: 'agency',
      type: 'relationship',
      relationTo: 'agencies',
      label: { sv: 'Myndighet', en: 'Agency' },
      saveToJWT: true,
      admin: { condition: (data) => data?.role === 'agency-representative' },
      access: { create: roleWrite, update: roleWrite },
    },
    {
      // The secret in the person's calendar feed address (cms/network/account.ts): made and
      // renewed by the site only, read by nobody through the API.
      name: 'calendarToken',
      type: 'text',
      unique: true,
      label: { sv: 'Kalenderadressens nyckel', en: 'Calendar address key' },
      admin: { hidden: true },
      access: { read: () => false, create: () => false, update: () => false },
    },
  ],
}
