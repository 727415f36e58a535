/**
 * The council application page (`/innovationsradet/ansok`, `/en/innovation-council/apply`):
 * a form for logged-in representatives; others are told how to get there. Protected by forms.ts.
 */
import { parseCouncilInput, type CouncilField, type CouncilInput } from '../../../cms/domain/council/input.ts'
import { agencyNameOf, applyToCouncil } from '../../lib/cms.ts'
import type { Locale } from '../../lib/i18n.ts'
import { answer } from '../../lib/pageResponse.ts'
import { openForm, protectForm, type FormContext, type FormProtectionFields } from '../../lib/security/forms.ts'
import { currentUser, type SessionContext, type SiteUser } from '../account/session.ts'
import { councilText } from './councilText.ts'

export const COUNCIL_FORM = 'council-application'

export interface CouncilApplyPage {
  status: number
  user: SiteUser | null
  values: CouncilInput
  fieldErrors: Partial<Record<CouncilField, string>>
  formError: string | null
  done: boolean
  protection: FormProtectionFields | null
  headers: Record<string, string>
}

export async function councilApplyPage(context: FormContext & SessionContext, locale: Locale): Promise<CouncilApplyPage> {
  return answer(context, await applyPage(context, locale))
}

async function applyPage(context: FormContext & SessionContext, locale: Locale): Promise<CouncilApplyPage> {
  const t = councilText(locale)
  const user = await currentUser(context)
  const page: CouncilApplyPage = { status: 200, user, values: { organisation: '', motivation: '', contribution: '' }, fieldErrors: {}, formError: null, done: false, protection: null, headers: {} }
  if (!user) return page
  page.values.organisation = await agencyNameOf(user)
  if (context.request.method === 'POST') {
    const post = await openForm(context, { locale, action: COUNCIL_FORM, email: () => user.email, unreadable: t.unreadable })
    if (!post.ok) {
      ;[page.status, page.formError, page.headers] = [post.status, post.message, post.headers]
    } else {
      const data = post.form
      const text = (name: string) => (data.getAll(name).length === 1 ? data.get(name) : null)
      const checked = parseCouncilInput({ organisation: text('organisation'), motivation: text('motivation'), contribution: text('contribution') })
      page.values = checked.value
      if (!checked.ok) {
        page.status = 422
        for (const [field, problem] of Object.entries(checked.problems)) page.fieldErrors[field as CouncilField] = t.problems[problem](t.fields[field as CouncilField])
      } else {
        const outcome = await applyToCouncil(user, checked.value)
        if (outcome.ok) {
          page.status = 202
          page.done = true
          return page
        }
        page.status = outcome.problem === 'notEntitled' ? 403 : 409
        page.formError = t.refusals[outcome.problem]
      }
    }
  }
  page.protection = protectForm(context, { action: COUNCIL_FORM })
  return page
}
