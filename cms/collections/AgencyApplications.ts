import type { Access, CollectionConfig, Where } from 'payload'
import { adminOnly, agencyIdOf, isAdmin, isAgencyRepresentative } from '../access/index.ts'
import { approveEndpoint, rejectEndpoint } from '../network/decisions.ts'
import { decisionFields, orgNumberField, websiteField } from '../fields/applicationFields.ts'
import { isEmail, messages } from '../fields/messages.ts'
import { dayAndTime } from '../fields/dates.ts'

const hidden = { read: () => false, update: () => false, create: () => false }

/**
 * Admins read every application. A representative reads the requests to join their own
 * agency as another representative, once confirmed, since they may decide on them.
 */
const readApplications: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  const agency = agencyIdOf(req.user)
  if (!isAgencyRepresentative(req.user) || agency == null) return false
  const own: Where = { and: [{ kind: { equals: 'add-representative' } }, { agency: { equals: agency } }, { status: { not_equals: 'pending' } }] }
  return own
}

/**
 * A request to join the authority network, made on the site's sign-up form
 * (cms/network/signup.ts): either a new agency, or another representative for an agency
 * that is already a member. The applicant confirms their address from a mail (double
 * opt-in); region staff then approve or reject it. Unconfirmed requests are purged.
 */
export const AgencyApplications: CollectionConfig = {
  slug: 'agency-applications',
  labels: {
    singular: { sv: 'Ansökan till nätverket', en: 'Network application' },
    plural: { sv: 'Ansökningar till nätverket', en: 'Network applications' },
  },
  admin: {
    useAsTitle: 'agencyName',
    defaultColumns: ['agencyName', 'kind', 'contactName', 'status', 'createdAt'],
    listSearchableFields: ['agencyName', 'orgNumber', 'contactName', 'contactEmail'],
    group: { sv: 'Anmälningar', en: 'Sign-ups' },
  },
  defaultSort: '-createdAt',
  // Created by the site's sign-up service after validation, read and decided by region staff.
  access: { read: readApplications, create: adminOnly, update: adminOnly, delete: adminOnly },
  // Deciding goes through these (cms/network/decisions.ts), never through a plain update of the status.
  endpoints: [approveEndpoint, rejectEndpoint],
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'new-agency',
      label: { sv: 'Slag', en: 'Kind' },
      options: [
        { value: 'new-agency', label: { sv: 'Ny myndighet', en: 'New agency' } },
        { value: 'add-representative', label: { sv: 'Ytterligare representant', en: 'Another representative' } },
      ],
      admin: { position: 'sidebar' },
    },
    {
      type: 'collapsible',
      label: { sv: 'Myndigheten', en: 'The agency' },
      fields: [
        { name: 'agencyName', type: 'text', required: true, maxLength: 200, label: { sv: 'Myndighetens namn', en: 'Agency name' } },
        orgNumberField({ index: true }),
        websiteField(300),
        { name: 'municipality', type: 'relationship', relationTo: 'municipalities', label: { sv: 'Kommun för det lokala kontoret', en: 'Municipality of the local office' } },
        { name: 'staffInCounty', type: 'number', min: 0, max: 100000, label: { sv: 'Anställda i länet', en: 'Staff in the county' } },
        { name: 'agency', type: 'relationship', relationTo: 'agencies', label: { sv: 'Myndighet i portalen', en: 'Agency in the portal' } },
      ],
    },
    {
      type: 'collapsible',
      label: { sv: 'Representanten', en: 'The representative' },
      fields: [
        { name: 'contactName', type: 'text', required: true, maxLength: 200, label: { sv: 'Namn', en: 'Name' } },
        { name: 'contactTitle', type: 'text', maxLength: 200, label: { sv: 'Befattning', en: 'Title' } },
        {
          name: 'contactEmail',
          type: 'email',
          required: true,
          index: true,
          label: { sv: 'E-post', en: 'E-mail' },
          validate: (value: unknown) => (isEmail(value) ? true : messages.email),
        },
        { name: 'contactPhone', type: 'text', maxLength: 40, label: { sv: 'Telefon', en: 'Phone' } },
        {
          // The account the approval made or found for this person. Their export and deletion
          // find the application through it, not through the address typed into the form.
          name: 'account',
          type: 'relationship',
          relationTo: 'users',
          index: true,
          label: { sv: 'Konto', en: 'Account' },
          admin: { readOnly: true },
          access: { create: () => false, update: () => false },
        },
        {
          name: 'freeMailDomain',
          type: 'checkbox',
          defaultValue: false,
          label: { sv: 'E-post på en gratistjänst (kontrollera att personen hör till myndigheten)', en: 'E-mail on a free-mail service (check that the person belongs to the agency)' },
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'interests',
      type: 'select',
      hasMany: true,
      label: { sv: 'Intresserad av', en: 'Interested in' },
      options: [
        { value: 'meetups', label: { sv: 'Nätverksträffar', en: 'Network meetups' } },
        { value: 'council', label: { sv: 'Innovationsrådet', en: 'The innovation council' } },
        { value: 'hub-seats', label: { sv: 'Platser i hubbarna för personalen', en: 'Hub seats for staff' } },
      ],
    },
    { name: 'message', type: 'textarea', maxLength: 2000, label: { sv: 'Meddelande', en: 'Message' } },
    {
      name: 'locale',
      type: 'select',
      required: true,
      defaultValue: 'sv',
      label: { sv: 'Språk för e-post', en: 'Language for mail' },
      options: [
        { value: 'sv', label: 'Svenska' },
        { value: 'en', label: 'English' },
      ],
      admin: { position: 'sidebar' },
    },
    ...decisionFields([
      { value: 'pending', label: { sv: 'Väntar på e-postbekräftelse', en: 'Awaiting e-mail confirmation' } },
      { value: 'confirmed', label: { sv: 'Bekräftad, väntar på beslut', en: 'Confirmed, awaiting decision' } },
      { value: 'approved', label: { sv: 'Godkänd', en: 'Approved' } },
      { value: 'rejected', label: { sv: 'Avslagen', en: 'Rejected' } },
    ]),
    {
      name: 'consent',
      type: 'checkbox',
      required: true,
      label: {
        sv: 'Samtycke till behandlingen som integritetsmeddelandet beskriver',
        en: 'Consent to the processing described in the privacy notice',
      },
      validate: (value: unknown) =>
        value === true ? true : 'Samtycke krävs för att behandla ansökan. / Consent is required to process the application.',
    },
    // The confirmation link's token is stored only as its SHA-256 hash, so a database leak
    // cannot confirm anyone's application. Single use: cleared when confirmed.
    { name: 'tokenHash', type: 'text', index: true, admin: { hidden: true }, access: hidden },
    { name: 'confirmExpiresAt', type: 'date', label: { sv: 'Länken gäller till', en: 'Link valid until' }, admin: { readOnly: true, position: 'sidebar', date: dayAndTime } },
    { name: 'confirmedAt', type: 'date', label: { sv: 'E-post bekräftad', en: 'E-mail confirmed' }, admin: { readOnly: true, position: 'sidebar', date: dayAndTime } },
    { name: 'purgeAfter', type: 'date', index: true, label: { sv: 'Raderas om obekräftad', en: 'Deleted if unconfirmed' }, admin: { readOnly: true, position: 'sidebar', date: dayAndTime } },
  ],
}
