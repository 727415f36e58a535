import type { CollectionConfig } from 'payload'
import { adminOnly } from '../access/index.ts'
import { checkOrgNumber } from '../fields/orgNumber.ts'
import { isEmail, messages } from '../fields/messages.ts'

/** An agency's request to join the authority network, waiting for the region to approve it. */
export const AgencyApplications: CollectionConfig = {
  slug: 'agency-applications',
  labels: {
    singular: { sv: 'Ansökan från myndighet', en: 'Agency application' },
    plural: { sv: 'Ansökningar från myndigheter', en: 'Agency applications' },
  },
  admin: { useAsTitle: 'agencyName', defaultColumns: ['agencyName', 'contactName', 'status', 'createdAt'], group: { sv: 'Anmälningar', en: 'Sign-ups' } },
  // Created by the site's sign-up command after validation, read and decided by region staff.
  access: { read: adminOnly, create: adminOnly, update: adminOnly, delete: adminOnly },
  fields: [
    { name: 'agencyName', type: 'text', required: true, label: { sv: 'Myndighetens namn', en: 'Agency name' } },
    {
      name: 'orgNumber',
      type: 'text',
      required: true,
      label: { sv: 'Organisationsnummer', en: 'Organisation number' },
      validate: (value: unknown) => {
        const check = checkOrgNumber(value)
        if (check.ok) return true
        return check.reason === 'format' ? messages.orgNumberFormat : messages.orgNumberChecksum
      },
    },
    { name: 'agency', type: 'relationship', relationTo: 'agencies', label: { sv: 'Myndighet (när den finns)', en: 'Agency (when known)' } },
    { name: 'contactName', type: 'text', required: true, label: { sv: 'Kontaktperson', en: 'Contact person' } },
    {
      name: 'contactEmail',
      type: 'email',
      required: true,
      label: { sv: 'E-post', en: 'E-mail' },
      validate: (value: unknown) => (isEmail(value) ? true : messages.email),
    },
    { name: 'contactPhone', type: 'text', label: { sv: 'Telefon', en: 'Phone' } },
    {
      name: 'interests',
      type: 'select',
      hasMany: true,
      required: true,
      label: { sv: 'Vill delta i', en: 'Wants to join' },
      options: [
        { value: 'network', label: { sv: 'Myndighetsnätverket', en: 'The authority network' } },
        { value: 'meetups', label: { sv: 'Nätverksträffar', en: 'Network meetups' } },
        { value: 'council', label: { sv: 'Innovationsrådet', en: 'The innovation council' } },
      ],
    },
    { name: 'message', type: 'textarea', maxLength: 2000, label: { sv: 'Meddelande', en: 'Message' } },
    {
      name: 'locale',
      type: 'select',
      required: true,
      defaultValue: 'sv',
      options: [
        { value: 'sv', label: 'Svenska' },
        { value: 'en', label: 'English' },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      label: { sv: 'Status', en: 'Status' },
      options: [
        { value: 'pending', label: { sv: 'Väntar på e-postbekräftelse', en: 'Awaiting e-mail confirmation' } },
        { value: 'confirmed', label: { sv: 'Bekräftad, väntar på beslut', en: 'Confirmed, awaiting decision' } },
        { value: 'approved', label: { sv: 'Godkänd', en: 'Approved' } },
        { value: 'rejected', label: { sv: 'Avslagen', en: 'Rejected' } },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'consent',
      type: 'checkbox',
      required: true,
      label: {
        sv: 'Samtycke till behandling av kontaktuppgifterna för detta ändamål',
        en: 'Consent to processing the contact details for this purpose',
      },
      validate: (value: unknown) =>
        value === true ? true : 'Samtycke krävs för att behandla ansökan. / Consent is required to process the application.',
    },
    { name: 'token', type: 'text', index: true, admin: { hidden: true }, access: { read: () => false, update: () => false } },
    { name: 'purgeAfter', type: 'date', admin: { readOnly: true, position: 'sidebar' } },
  ],
}
