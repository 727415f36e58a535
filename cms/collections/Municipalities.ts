import { APIError, type CollectionBeforeDeleteHook, type CollectionConfig } from 'payload'
import { adminOnly, anyone } from '../access/index.ts'
import { messages } from '../fields/messages.ts'
import { slugField } from '../fields/slug.ts'
import { syncMunicipalityAfterChange } from '../search/hooks.ts'

/** Deleting a municipality would silently leave its hubs without one; refuse instead. */
const refuseDeleteWithHubs: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({ collection: 'hubs', where: { municipality: { equals: id } }, overrideAccess: true, req })
  if (totalDocs > 0) throw new APIError(messages.municipalityHasHubs, 409, null, true)
}

export const Municipalities: CollectionConfig = {
  slug: 'municipalities',
  labels: { singular: { sv: 'Kommun', en: 'Municipality' }, plural: { sv: 'Kommuner', en: 'Municipalities' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'seat'], group: { sv: 'Nätverket', en: 'Network' } },
  defaultSort: 'name',
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  hooks: { beforeDelete: [refuseDeleteWithHubs], afterChange: [syncMunicipalityAfterChange] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { sv: 'Namn', en: 'Name' } },
    slugField('name'),
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      label: { sv: 'Kommunkod (SCB)', en: 'Municipality code (Statistics Sweden)' },
      validate: (value: unknown) =>
        typeof value === 'string' && /^\d{4}$/.test(value)
          ? true
          : 'Kommunkoden har fyra siffror. / The municipality code has four digits.',
    },
    { name: 'seat', type: 'text', required: true, label: { sv: 'Centralort', en: 'Seat' } },
    {
      name: 'roadKmToOstersund',
      type: 'number',
      min: 0,
      label: { sv: 'Vägavstånd till Östersund (km, ungefär)', en: 'Road distance to Östersund (km, approximate)' },
    },
    {
      name: 'commuters2018',
      type: 'group',
      label: {
        sv: 'Offentliganställda som pendlar till Östersund (2018)',
        en: 'Public-sector employees commuting to Östersund (2018)',
      },
      fields: [
        { type: 'row', fields: [
          { name: 'region', type: 'number', min: 0, label: { sv: 'Regionen', en: 'Region' } },
          { name: 'municipal', type: 'number', min: 0, label: { sv: 'Kommunal', en: 'Municipal' } },
          { name: 'state', type: 'number', min: 0, label: { sv: 'Statlig', en: 'State' } },
          { name: 'total', type: 'number', min: 0, label: { sv: 'Totalt', en: 'Total' } },
        ] },
      ],
    },
    {
      name: 'intro',
      type: 'textarea',
      localized: true,
      label: { sv: 'Kort presentation', en: 'Short introduction' },
    },
  ],
}
