import type { Access, CollectionConfig } from 'payload'
import { adminOnly, adminOnlyField, idIn, isAdmin, isAgencyRepresentative, isCommunityManager } from '../access/index.ts'
import { managedEventIds } from '../access/managedHubs.ts'
import { mailLanguageField } from '../fields/locale.ts'
import { isEmail, messages } from '../fields/messages.ts'

/**
 * Registrations hold personal data: never public. Organisers see those for their own
 * hubs' events; a representative sees their own.
 */
const readRegistrations: Access = async ({ req }) => {
  if (isAdmin(req.user)) return true
  if (isCommunityManager(req.user)) return idIn(await managedEventIds(req), 'event')
  if (isAgencyRepresentative(req.user)) return { user: { equals: req.user!.id } }
  return false
}

/**
 * What a registration is for, whose it is and when it is purged are set by the sign-up flow
 * and staff; its owner may correct only their contact details. Otherwise a confirmed place
 * could be moved to a full event, or handed to someone else.
 */
const staffSets = { update: adminOnlyField }

const updateOwnRegistration: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  if (isAgencyRepresentative(req.user)) return { user: { equals: req.user!.id } }
  return false
}

export const Registrations: CollectionConfig = {
  slug: 'registrations',
  labels: { singular: { sv: 'Anmälan', en: 'Registration' }, plural: { sv: 'Anmälningar', en: 'Registrations' } },
  admin: { useAsTitle: 'email', defaultColumns: ['event', 'name', 'email', 'status', 'createdAt'], group: { sv: 'Anmälningar', en: 'Sign-ups' } },
  access: { read: readRegistrations, create: adminOnly, update: updateOwnRegistration, delete: adminOnly },
  fields: [
    { name: 'event', type: 'relationship', relationTo: 'events', required: true, index: true, label: { sv: 'Evenemang', en: 'Event' }, access: staffSets },
    { name: 'name', type: 'text', required: true, label: { sv: 'Namn', en: 'Name' } },
    {
      name: 'email',
      type: 'email',
      required: true,
      label: { sv: 'E-post', en: 'E-mail' },
      validate: (value: unknown) => (isEmail(value) ? true : messages.email),
    },
    mailLanguageField({ sv: 'Språk för e-post', en: 'Language for e-mail' }),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      label: { sv: 'Status', en: 'Status' },
      options: [
        { value: 'pending', label: { sv: 'Väntar på bekräftelse', en: 'Awaiting confirmation' } },
        { value: 'confirmed', label: { sv: 'Bekräftad', en: 'Confirmed' } },
        { value: 'waitlisted', label: { sv: 'Väntelista', en: 'Waitlist' } },
        { value: 'cancelled', label: { sv: 'Avbokad', en: 'Cancelled' } },
      ],
      access: { update: ({ req }) => isAdmin(req.user) },
    },
    { name: 'user', type: 'relationship', relationTo: 'users', label: { sv: 'Konto', en: 'Account' }, admin: { position: 'sidebar' }, access: staffSets },
    { name: 'agency', type: 'relationship', relationTo: 'agencies', label: { sv: 'Myndighet', en: 'Agency' }, access: staffSets },
    {
      name: 'token',
      type: 'text',
      index: true,
      label: { sv: 'Hemlig länknyckel', en: 'Secret link token' },
      admin: { hidden: true },
      access: { read: ({ req }) => isAdmin(req.user), update: () => false },
      hooks: {
        beforeChange: [({ operation, value }) => (operation === 'create' && !value ? crypto.randomUUID() : value)],
      },
    },
    { name: 'confirmedAt', type: 'date', admin: { readOnly: true, position: 'sidebar' }, access: staffSets },
    { name: 'cancelledAt', type: 'date', admin: { readOnly: true, position: 'sidebar' }, access: staffSets, label: { sv: 'Avbokad', en: 'Cancelled at' } },
    { name: 'remindedAt', type: 'date', admin: { readOnly: true, position: 'sidebar' }, access: staffSets, label: { sv: 'Påminnelse skickad', en: 'Reminder sent' } },
    { name: 'purgeAfter', type: 'date', admin: { readOnly: true, position: 'sidebar', description: { sv: 'Personuppgifterna raderas efter detta datum.', en: 'Personal data is deleted after this date.' } }, access: staffSets },
  ],
}
