import type { FormProtectionFields } from '../../lib/security/forms.ts'

/** A page that a link in mail opens, where one button confirms what the link is for. */
export interface LinkConfirmPage {
  status: number
  /** The question above the button, while the link can still be used. */
  question: string | null
  notice: { kind: 'ok' | 'error'; text: string } | null
  protection: FormProtectionFields | null
  headers: Record<string, string>
}
