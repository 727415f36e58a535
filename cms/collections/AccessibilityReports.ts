import type { CollectionConfig } from 'payload'
import { adminOnly } from '../access/index.ts'
import { mailLanguageField } from '../fields/locale.ts'

/**
 * Reports of accessibility problems from the site's form (cms/accessibility/report.ts).
 * They may hold a name and an e-mail address, so only admins read them.
 */
export const AccessibilityReports: CollectionConfig = {
  slug: 'accessibility-reports',
  labels: {
    singular: { sv: 'Tillgänglighetsrapport', en: 'Accessibility report' },
    plural: { sv: 'Tillgänglighetsrapporter', en: 'Accessibility reports' },
  },
  admin: { useAsTitle: 'page', defaultColumns: ['page', 'status', 'createdAt'], group: { sv: 'Anmälningar', en: 'Sign-ups' } },
  access: { read: adminOnly, create: adminOnly, update: adminOnly, delete: adminOnly },
  fields: [
    { name: 'page', type: 'text', required: true, maxLength: 500, label: { sv: 'Var', en: 'Where' } },
    { name: 'description', type: 'textarea', required: true, maxLength: 5000, label: { sv: 'Problemet', en: 'The problem' } },
    { name: 'name', type: 'text', maxLength: 120, label: { sv: 'Namn', en: 'Name' } },
    { name: 'email', type: 'email', label: { sv: 'E-post', en: 'E-mail' } },
    mailLanguageField({ sv: 'Språk för svar', en: 'Language for replies' }),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      enumName: 'enum_accessibility_reports_handling',
      label: { sv: 'Status', en: 'Status' },
      options: [
        { value: 'new', label: { sv: 'Ny', en: 'New' } },
        { value: 'in-progress', label: { sv: 'Under arbete', en: 'In progress' } },
        { value: 'resolved', label: { sv: 'Åtgärdad', en: 'Resolved' } },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'notes', type: 'textarea', label: { sv: 'Anteckningar', en: 'Notes' }, admin: { description: { sv: 'Syns bara för administratörer.', en: 'Seen by admins only.' } } },
  ],
}
