/**
 * "Download my data": everything stored about the logged-in person, as a JSON attachment
 * (GDPR articles 15 and 20). Without a session: a redirect to the login page.
 */
import type { APIContext } from 'astro'
import { networkPaths } from '../../../cms/domain/network/paths.ts'
import { accountText } from './accountText.ts'
import { myPersonalData } from '../../lib/cms.ts'
import type { Locale } from '../../lib/i18n.ts'

export async function personalDataResponse(context: APIContext, locale: Locale): Promise<Response> {
  const user = await context.locals.user()
  if (!user) return context.redirect(networkPaths.login(locale), 303)
  const data = await myPersonalData(user)
  if (!data) return context.redirect(networkPaths.login(locale), 303)
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${accountText(locale).my.downloadFileName}-${new Date().toISOString().slice(0, 10)}.json"`,
      'cache-control': 'private, no-store',
      'x-robots-tag': 'noindex',
    },
  })
}
