import type { Access, CollectionBeforeChangeHook, CollectionConfig, Where } from 'payload'
import { adminOnly, adminOnlyField, idIn, isAdmin, isAgencyRepresentative, isCommunityManager } from '../access/index.ts'
import { managedEventIds } from '../access/managedHubs.ts'
import { mailLanguageField } from '../fields/locale.ts'
import { isEmail, messages } from '../fields/messages.ts'
import { dayAndTime, dayOnly } from '../fields/dates.ts'

/**
 * Registrations hold personal data: never public. Organisers see those for their own
 * hubs' events; a representative sees their own.
 */
const readRegistrations: Access = async ({ req }) => {
  if (isAdmin(req.user)) return true
  if (isCommunityManager(req.user)) return idIn(await managedEventIds(req), 'event')
  if (isAgencyRepresentative(req.user)) return ownOrMade(req.user!.id)
  return false
}

/** A representative's own registrations, and those they made for colleagues. */
const ownOrMade = (id: number | string): Where => ({ or: [{ holder: { equals: id } }, { user: { equals: id } }] })

/**
 * What a registration is for, whose it is and when it is purged are set by the sign-up flow
 * and staff; its owner may correct only their contact details. Otherwise a confirmed place
 * could be moved to a full event, or handed to someone else.
 */
const staffSets = { update: adminOnlyField }

const updateOwnRegistration: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  if (isAgencyRepresentative(req.user)) return ownOrMade(req.user!.id)
  return false
}

const idOf = (value: unknown): number | null =>
  value == null ? null : typeof value === 'object' ? Number((value as { id: unknown }).id) : Number(value)

/**
 * A registration an account makes with its own address is that account's (`holder`). The
 * address is compared with the account that makes it, never used to find an account.
 */
const linkOwnRegistration: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || data.holder != null) return data
  const userId = idOf(data.user)
  if (userId == null || typeof data.email !== 'string') return data
  const account = await req.payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true, req, select: { email: true } }).catch(() => null)
  return account && account.email.toLowerCase() === data.email.trim().toLowerCase() ? { ...data, holder: userId } : data
}

export const Registrations: CollectionConfig = {
  slug: 'registrations',
  labels: { singular: { sv: 'Anmälan', en: 'Registration' }, plural: { sv: 'Anmälningar', en: 'Registrations' } },
  admin: { useAsTitle: 'email', defaultColumns: ['event', 'occurrence', 'name', 'email', 'status', 'createdAt'], group: { sv: 'Anmälningar', en: 'Sign-ups' } },
  access: { read: readRegistrations, create: adminOnly, update: updateOwnRegistration, delete: adminOnly },
  hooks: { beforeChange: [linkOwnRegistration] },
  fields: [
    { name: 'event', type: 'relationship', relationTo: 'events', required: true, index: true, label: { sv: 'Evenemang', en: 'Event' }, access: staffSets },
    {
      // Which occurrence of a recurring event: its Stockholm date (YYYY-MM-DD). Empty for a
      // single event, which has one. Seats and the waiting list count per occurrence.
      name: 'occurrence',
      type: 'text',
      label: { sv: 'Tillfälle (datum)', en: 'Occasion (date)' },
      admin: { readOnly: true, description: { sv: 'För återkommande evenemang: dagen anmälan gäller.', en: 'For recurring events: the day the registration is for.' } },
      access: staffSets,
      validate: (value: unknown) => value == null || value === '' || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) || 'YYYY-MM-DD',
    },
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
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      label: { sv: 'Anmäld av (konto)', en: 'Registered by (account)' },
      admin: { position: 'sidebar' },
      access: staffSets,
    },
    {
      // Whose registration this is: the account of the person attending, linked when they
      // registered themselves while logged in or confirmed it from their mail while logged in.
      // My page, the data export, the calendar feed and account deletion read through this
      // link, never by e-mail address: an address alone proves nothing about an account.
      name: 'holder',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { sv: 'Deltagarens konto', en: 'Attendee’s account' },
      admin: { position: 'sidebar', readOnly: true },
      access: staffSets,
    },
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
    { name: 'confirmedAt', type: 'date', admin: { readOnly: true, position: 'sidebar', date: dayAndTime }, access: staffSets, label: { sv: 'Bekräftad', en: 'Confirmed at' } },
    { name: 'cancelledAt', type: 'date', admin: { readOnly: true, position: 'sidebar', date: dayAndTime }, access: staffSets, label: { sv: 'Avbokad', en: 'Cancelled at' } },
    { name: 'remindedAt', type: 'date', admin: { readOnly: true, position: 'sidebar', date: dayAndTime }, access: staffSets, label: { sv: 'Påminnelse skickad', en: 'Reminder sent' } },
    { name: 'purgeAfter', type: 'date', admin: { readOnly: true, position: 'sidebar', date: dayOnly, description: { sv: 'Personuppgifterna raderas efter detta datum.', en: 'Personal data is deleted after this date.' } }, access: staffSets, label: { sv: 'Raderas', en: 'Deleted after' } },
  ],
}
