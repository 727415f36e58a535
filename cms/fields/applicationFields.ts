/**
 * Fields shared by the collections of agencies and of applications: the organisation number
 * (normalised, check digit validated), the website, and the status and decision fields that
 * only the deciding endpoints write (cms/network/decisions.ts).
 */
import type { Field, TextField } from 'payload'
import { isHttpUrl, messages } from './messages.ts'
import { checkOrgNumber } from '../domain/orgNumber.ts'
import { dayAndTime } from './dates.ts'

export function orgNumberField(overrides: Partial<Pick<TextField, 'unique' | 'index'>> = {}): TextField {
  return {
    name: 'orgNumber',
    type: 'text',
    required: true,
    ...overrides,
    label: { sv: 'Organisationsnummer', en: 'Organisation number' },
    hooks: {
      beforeValidate: [({ value }) => {
        const check = checkOrgNumber(value)
        return check.ok ? check.normalized : value
      }],
    },
    validate: (value: unknown) => {
      const check = checkOrgNumber(value)
      if (check.ok) return true
      return check.reason === 'format' ? messages.orgNumberFormat : messages.orgNumberChecksum
    },
  }
}

export function websiteField(maxLength?: number): TextField {
  return {
    name: 'website',
    type: 'text',
    ...(maxLength ? { maxLength } : {}),
    label: { sv: 'Webbplats', en: 'Website' },
    validate: (value: unknown) => (value == null || value === '' || isHttpUrl(value) ? true : messages.url),
  } as TextField
}

type Option = { value: string; label: { sv: string; en: string } }

/**
 * The application's status (written only by confirming and deciding, never through the API,
 * so an application cannot be marked approved without what approval does), the panel with
 * the decision buttons, and the record of the decision.
 */
export function decisionFields(statuses: Option[]): Field[] {
  return [
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: { sv: 'Status', en: 'Status' },
      options: statuses,
      access: { update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'decisionPanel',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/cms/components/ApplicationDecisionPanel.tsx#ApplicationDecisionPanel' } },
    },
    { name: 'decisionMessage', type: 'textarea', maxLength: 2000, label: { sv: 'Meddelande till den sökande', en: 'Message to the applicant' }, admin: { readOnly: true } },
    { name: 'decidedAt', type: 'date', label: { sv: 'Beslutad', en: 'Decided' }, admin: { readOnly: true, position: 'sidebar', date: dayAndTime } },
    { name: 'decidedBy', type: 'relationship', relationTo: 'users', label: { sv: 'Beslutad av', en: 'Decided by' }, admin: { readOnly: true, position: 'sidebar' } },
  ]
}
