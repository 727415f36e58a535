import { defineText } from './text.ts'

/** Interface text of the protection every form carries (FormProtection.astro). */
export const formText = defineText(
  {
    trap: 'Lämna det här fältet tomt',
  },
  {
    trap: 'Leave this field empty',
  },
)
