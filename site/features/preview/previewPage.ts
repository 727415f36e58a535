/** The editors' preview page: check the signed link, then load the newest version through cms.ts. */
import { payloadSecret } from '../../../cms/env.ts'
import { verifyPreview } from '../../../cms/domain/previewToken.ts'
import { loadPreview, type PreviewPage } from '../../lib/cms.ts'
import type { Locale } from '../../lib/i18n.ts'
import { previewText } from './previewText.ts'

export interface PreviewResult {
  status: number
  page: PreviewPage | null
  message: string | null
}

export async function previewPage(url: URL, locale: Locale): Promise<PreviewResult> {
  const text = previewText(locale)
  const check = verifyPreview(url.searchParams.get('token'), payloadSecret())
  if (!check.ok) return { status: check.reason === 'expired' ? 410 : 403, page: null, message: text[check.reason] }
  const page = await loadPreview(check.claim.collection, check.claim.id, locale)
  return page ? { status: 200, page, message: null } : { status: 404, page: null, message: text.missing }
}
