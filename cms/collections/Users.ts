import type { Access, CollectionConfig, FieldAccess } from 'payload'
import { adminOnly, isAdmin, ROLES } from '../access/index.ts'
import { holdEmailChange } from '../network/emailChange.ts'

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
  hooks: { beforeChange: [holdEmailChange] },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role'], group: { sv: 'Administration', en: 'Administration' } },
  access: {
    admin: ({ req }) => Boolean(req.user),
    create: adminOnly,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: adminOnly,
    // Payload lets any logged-in user unlock any account, which undoes the login throttle
    // and tells which addresses have accounts.
    unlock: adminOnly,
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
      // A new address waits here until the link mailed to it is followed (cms/network/emailChange.ts);
      // until then the account keeps its old one. Shown to the person and to admins.
      name: 'pendingEmail',
      type: 'text',
      label: { sv: 'Ny e-postadress (väntar på bekräftelse)', en: 'New e-mail address (awaiting confirmation)' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        condition: (data) => Boolean(data?.pendingEmail),
        description: {
          sv: 'Adressen byts när länken vi skickade dit har öppnats.',
          en: 'The address changes once the link we sent there has been followed.',
        },
      },
      access: { read: ({ req, doc }) => isAdmin(req.user) || (req.user != null && doc?.id === req.user.id), create: () => false, update: () => false },
    },
    {
      // SHA-256 of the secret in the confirmation link, and when it stops working.
      name: 'emailChangeToken',
      type: 'text',
      index: true,
      admin: { hidden: true },
      access: { read: () => false, create: () => false, update: () => false },
    },
    {
      name: 'emailChangeExpiresAt',
      type: 'date',
      admin: { hidden: true },
      access: { read: () => false, create: () => false, update: () => false },
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
