/**
 * The report form on the accessibility statement: protection, validation, storing through
 * cms.ts, and what the page shows after a POST.
 */
import { parseReport, reportMessages, sameSitePath, type ReportInput } from '../../../cms/domain/accessibility/input.ts'
import { reportAccessibilityProblem } from '../../lib/cms.ts'
import type { Locale } from '../../lib/i18n.ts'
import { answer } from '../../lib/pageResponse.ts'
import { formFields } from '../events/registrationForm.ts'
import { openForm, protectForm, type FormContext, type FormProtectionFields } from '../../lib/security/forms.ts'

export const REPORT_FORM = 'accessibility-report'

export interface ReportFormState {
  status: number
  values: ReportInput
  fieldErrors: Partial<Record<'page' | 'description' | 'name' | 'email', string>>
  formError: string | null
  done: boolean
  protection: FormProtectionFields | null
  headers: Record<string, string>
}

export async function accessibilityReportForm(context: FormContext & { url: URL }, locale: Locale): Promise<ReportFormState> {
  const prefill = sameSitePath(context.url.searchParams.get(locale === 'sv' ? 'sida' : 'page'))
  const state: ReportFormState = {
    status: 200,
    values: { page: prefill, description: '', name: '', email: '', locale },
    fieldErrors: {},
    formError: null,
    done: false,
    protection: null,
    headers: {},
  }
  if (context.request.method === 'POST') {
    const parse = (data: FormData | null) => parseReport(data ? formFields(data) : {}, locale)
    const post = await openForm(context, { locale, action: REPORT_FORM, email: (data) => parse(data).value.email || null, unreadable: reportMessages.descriptionMissing[locale] })
    const parsed = parse(post.form)
    state.values = parsed.value
    if (!post.ok) {
      ;[state.status, state.formError, state.headers] = [post.status, post.message, post.headers]
    } else if (!parsed.ok) {
      state.status = 400
      for (const [field, problem] of Object.entries(parsed.problems)) state.fieldErrors[field as keyof ReportFormState['fieldErrors']] = reportMessages[problem][locale]
    } else {
      await reportAccessibilityProblem(parsed.value)
      state.status = 202
      state.done = true
    }
  }
  if (!state.done) state.protection = protectForm(context, { action: REPORT_FORM })
  return answer(context, state)
}
