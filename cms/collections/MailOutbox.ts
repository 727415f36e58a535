import type { CollectionConfig } from 'payload'
import { adminOnly, nobody } from '../access/index.ts'
import { dayAndTime } from '../fields/dates.ts'

/**
 * Every message the portal sends is first written here, in the same transaction as the
 * change that caused it, and then delivered by the `deliverMail` job (cms/mail/outbox.ts).
 * A mail server that is down delays messages; it never loses them. Staff can read the
 * outbox to see what was sent and what is waiting; only the system writes to it.
 */
export const MailOutbox: CollectionConfig = {
  slug: 'mail-outbox',
  labels: { singular: { sv: 'Utgående e-post', en: 'Outgoing mail' }, plural: { sv: 'Utgående e-post', en: 'Outgoing mail' } },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'to', 'status', 'attempts', 'createdAt'],
    group: { sv: 'System', en: 'System' },
  },
  access: { read: adminOnly, create: nobody, update: nobody, delete: adminOnly },
  fields: [
    { name: 'to', type: 'email', required: true, label: { sv: 'Till', en: 'To' } },
    { name: 'replyTo', type: 'email', label: { sv: 'Svar till', en: 'Reply-To' } },
    { name: 'subject', type: 'text', required: true, label: { sv: 'Ämne', en: 'Subject' } },
    { name: 'text', type: 'textarea', required: true, label: { sv: 'Text', en: 'Text' } },
    { name: 'html', type: 'textarea', label: { sv: 'HTML', en: 'HTML' }, admin: { hidden: true } },
    {
      name: 'icsMethod',
      type: 'select',
      label: { sv: 'Kalenderbilaga', en: 'Calendar attachment' },
      options: [
        { value: 'REQUEST', label: 'REQUEST' },
        { value: 'CANCEL', label: 'CANCEL' },
      ],
    },
    { name: 'ics', type: 'textarea', label: 'iCalendar', admin: { hidden: true } },
    { name: 'kind', type: 'text', required: true, index: true, label: { sv: 'Slag', en: 'Kind' } },
    { name: 'registration', type: 'relationship', relationTo: 'registrations', index: true, label: { sv: 'Anmälan', en: 'Registration' } },
    // The account a message concerns, so that the account's export and deletion find it by
    // this link rather than by the address it went to.
    { name: 'user', type: 'relationship', relationTo: 'users', index: true, label: { sv: 'Konto', en: 'Account' }, admin: { position: 'sidebar' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      enumName: 'enum_mail_outbox_delivery_status',
      label: { sv: 'Status', en: 'Status' },
      options: [
        { value: 'pending', label: { sv: 'Väntar', en: 'Waiting' } },
        { value: 'sending', label: { sv: 'Skickas', en: 'Sending' } },
        { value: 'sent', label: { sv: 'Skickat', en: 'Sent' } },
        { value: 'failed', label: { sv: 'Gav upp', en: 'Gave up' } },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0, label: { sv: 'Försök', en: 'Attempts' }, admin: { position: 'sidebar' } },
    { name: 'nextAttemptAt', type: 'date', index: true, label: { sv: 'Nästa försök', en: 'Next attempt' }, admin: { position: 'sidebar', date: dayAndTime } },
    { name: 'lastError', type: 'text', label: { sv: 'Senaste fel', en: 'Last error' }, admin: { position: 'sidebar' } },
    { name: 'sentAt', type: 'date', label: { sv: 'Skickat', en: 'Sent at' }, admin: { position: 'sidebar', date: dayAndTime } },
    { name: 'messageId', type: 'text', label: { sv: 'Meddelande-id (Message-ID)', en: 'Message-ID' }, admin: { position: 'sidebar' } },
  ],
}
