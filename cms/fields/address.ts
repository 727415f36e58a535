import type { GroupField } from 'payload'

export const addressField: GroupField = {
  name: 'address',
  type: 'group',
  label: { sv: 'Adress', en: 'Address' },
  fields: [
    { name: 'street', type: 'text', required: true, label: { sv: 'Gatuadress', en: 'Street address' } },
    { name: 'postalCode', type: 'text', label: { sv: 'Postnummer', en: 'Postal code' } },
    { name: 'locality', type: 'text', required: true, label: { sv: 'Ort', en: 'Locality' } },
  ],
}
