import type { FieldHook, TextField } from 'payload'
import { messages } from './messages.ts'
import { isValidSlug, slugify } from '../domain/slugify.ts'

/**
 * A unique, non-localised slug made from `source` when left empty. Editors may set their
 * own; it must still be a valid slug. Duplicates are refused by the unique index.
 */
export function slugField(source: string): TextField {
  const fillFromSource: FieldHook = ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const name = data?.[source] ?? originalDoc?.[source]
    if (typeof name === 'string' && name.trim() !== '') return slugify(name)
    // Localised source fields arrive as an object when written in several locales at once.
    if (name && typeof name === 'object' && typeof name.sv === 'string') return slugify(name.sv)
    return value
  }
  return {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    required: true,
    label: { sv: 'Slug (adress)', en: 'Slug (address)' },
    admin: {
      position: 'sidebar',
      description: {
        sv: 'Skapas från namnet om det lämnas tomt.',
        en: 'Made from the name when left empty.',
      },
    },
    hooks: { beforeValidate: [fillFromSource] },
    validate: (value: unknown) => {
      if (value == null || value === '') return messages.required
      return isValidSlug(value) ? true : messages.slug
    },
  }
}
