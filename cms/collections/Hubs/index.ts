import type { CollectionConfig } from 'payload'
import { adminOnly } from '../../access/index.ts'
import { addressField } from '../../fields/address.ts'
import { latLngFields } from '../../fields/geoFields.ts'
import { isEmail, isHttpUrl, messages } from '../../fields/messages.ts'
import { openingExceptionsField, openingHoursField } from '../../fields/openingHoursFields.ts'
import { slugField } from '../../fields/slug.ts'
import { removeHubAfterDelete, syncHubAfterChange } from '../../search/hooks.ts'
import { readHubs, readHubVersions, updateHubs } from './access.ts'
import { AMENITIES, AMENITY_KEYS } from '../../domain/amenities.ts'
import { previewFor } from '../../preview/admin.ts'

const optionalUrl = (value: unknown) => (value == null || value === '' || isHttpUrl(value) ? true : messages.url)
const optionalEmail = (value: unknown) => (value == null || value === '' || isEmail(value) ? true : messages.email)

export const Hubs: CollectionConfig = {
  slug: 'hubs',
  labels: { singular: { sv: 'Hubb', en: 'Hub' }, plural: { sv: 'Hubbar', en: 'Hubs' } },
  admin: {
    useAsTitle: 'name',
    // Opens the site's page for this version, drafts included, through a signed link valid for an hour.
    preview: previewFor('hubs'),
    defaultColumns: ['name', 'municipality', 'desks', '_status'],
    group: { sv: 'Nätverket', en: 'Network' },
  },
  defaultSort: 'name',
  versions: { drafts: true, maxPerDoc: 25 },
  access: { read: readHubs, create: adminOnly, update: updateHubs, delete: adminOnly, readVersions: readHubVersions },
  hooks: { afterChange: [syncHubAfterChange], afterDelete: [removeHubAfterDelete] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { sv: 'Om hubben', en: 'About' },
          fields: [
            { name: 'name', type: 'text', required: true, label: { sv: 'Namn', en: 'Name' } },
            {
              name: 'summary',
              type: 'textarea',
              localized: true,
              maxLength: 300,
              label: { sv: 'Kort beskrivning', en: 'Short description' },
            },
            { name: 'description', type: 'richText', localized: true, label: { sv: 'Beskrivning', en: 'Description' } },
            {
              name: 'amenities',
              type: 'select',
              hasMany: true,
              label: { sv: 'Faciliteter', en: 'Amenities' },
              options: AMENITY_KEYS.map((key) => ({ value: key, label: AMENITIES[key] })),
            },
            { name: 'desks', type: 'number', min: 0, max: 1000, label: { sv: 'Antal arbetsplatser', en: 'Number of desks' } },
            {
              name: 'images',
              type: 'array',
              label: { sv: 'Bilder', en: 'Images' },
              labels: { singular: { sv: 'Bild', en: 'Image' }, plural: { sv: 'Bilder', en: 'Images' } },
              fields: [
                { name: 'image', type: 'upload', relationTo: 'media', required: true, label: { sv: 'Bild', en: 'Image' } },
                { name: 'caption', type: 'text', localized: true, label: { sv: 'Bildtext', en: 'Caption' } },
              ],
            },
            { name: 'website', type: 'text', label: { sv: 'Webbplats', en: 'Website' }, validate: optionalUrl },
            {
              name: 'demoContent',
              type: 'checkbox',
              defaultValue: false,
              label: { sv: 'Exempelinnehåll (ej verifierat)', en: 'Demo content (not verified)' },
              admin: { position: 'sidebar' },
            },
          ],
        },
        {
          label: { sv: 'Plats', en: 'Location' },
          fields: [
            { name: 'municipality', type: 'relationship', relationTo: 'municipalities', required: true, label: { sv: 'Kommun', en: 'Municipality' } },
            addressField,
            { type: 'row', fields: latLngFields },
            {
              name: 'transitHint',
              type: 'textarea',
              localized: true,
              label: { sv: 'Kollektivtrafik', en: 'Public transport' },
            },
          ],
        },
        {
          label: { sv: 'Öppettider och pris', en: 'Hours and price' },
          fields: [
            openingHoursField,
            openingExceptionsField,
            {
              name: 'dayPass',
              type: 'group',
              label: { sv: 'Dagskort', en: 'Day pass' },
              fields: [
                { name: 'priceSek', type: 'number', min: 0, label: { sv: 'Pris (kr, 0 = gratis)', en: 'Price (SEK, 0 = free)' } },
                { name: 'howToBook', type: 'textarea', localized: true, label: { sv: 'Så bokar du', en: 'How to book' } },
                { name: 'bookingUrl', type: 'text', label: { sv: 'Bokningslänk', en: 'Booking link' }, validate: optionalUrl },
              ],
            },
          ],
        },
        {
          label: { sv: 'Första dagen', en: 'First day' },
          description: {
            sv: 'Regionens studie visade att hubbar utan en tydlig introduktionskontakt användes mindre.',
            en: 'The region’s study found that hubs without a clear onboarding contact were used less.',
          },
          fields: [
            {
              name: 'onboarding',
              type: 'group',
              label: { sv: 'Introduktion', en: 'Onboarding' },
              fields: [
                { name: 'contactName', type: 'text', label: { sv: 'Kontaktperson eller funktion', en: 'Contact person or role' } },
                { name: 'contactPhone', type: 'text', label: { sv: 'Telefon', en: 'Phone' } },
                { name: 'contactEmail', type: 'text', label: { sv: 'E-post', en: 'E-mail' }, validate: optionalEmail },
                { name: 'keys', type: 'textarea', localized: true, label: { sv: 'Nycklar / passerkort', en: 'Keys / access card' } },
                { name: 'alarm', type: 'textarea', localized: true, label: { sv: 'Larm', en: 'Alarm' } },
                { name: 'houseRules', type: 'textarea', localized: true, label: { sv: 'Husregler', en: 'House rules' } },
              ],
            },
            {
              name: 'communityManagers',
              type: 'relationship',
              relationTo: 'community-managers',
              hasMany: true,
              label: { sv: 'Community managers', en: 'Community managers' },
              access: { update: ({ req }) => req.user?.role === 'admin' },
            },
          ],
        },
      ],
    },
    slugField('name'),
  ],
}
