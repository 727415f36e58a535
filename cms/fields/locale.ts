import type { Field } from 'payload'

/** The language a person wants mail in: Swedish (the default) or English. */
export const mailLanguageField = (label: { sv: string; en: string }): Field => ({
  name: 'locale',
  type: 'select',
  required: true,
  defaultValue: 'sv',
  label,
  options: [
    { value: 'sv', label: 'Svenska' },
    { value: 'en', label: 'English' },
  ],
})
