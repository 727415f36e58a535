import type { NumberField } from 'payload'
import { isLatitude, isLongitude } from '../domain/geo.ts'
import { messages } from './messages.ts'

/** Plain WGS84 numbers: the embedded database has no PostGIS, so no `point` field. */
export const latLngFields: NumberField[] = [
  {
    name: 'lat',
    type: 'number',
    required: true,
    label: { sv: 'Latitud', en: 'Latitude' },
    admin: { step: 0.000001, width: '50%' },
    validate: (value: unknown) => (isLatitude(value) ? true : messages.latitude),
  },
  {
    name: 'lng',
    type: 'number',
    required: true,
    label: { sv: 'Longitud', en: 'Longitude' },
    admin: { step: 0.000001, width: '50%' },
    validate: (value: unknown) => (isLongitude(value) ? true : messages.longitude),
  },
]
