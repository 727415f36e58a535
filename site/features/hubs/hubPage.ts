/**
 * The loaders of the pages about places: a hub (with the commute calculator) and a
 * municipality. Each page is cached until the next time one of its hubs opens or closes.
 */
import { loadHubPage, loadMunicipalityPage } from '../../lib/cms.ts'
import { calculateCommute } from './commute.ts'
import type { Locale } from '../../lib/i18n.ts'
import { expireAtNextOpeningChange } from './openingExpiry.ts'
import type { PageContext } from '../../lib/pageResponse.ts'

interface PlaceContext extends PageContext {
  url: URL
  response: { status?: number; headers: Headers }
}

/** A hub's page, or null (404). */
export async function hubPage(context: PlaceContext, slug: string, locale: Locale) {
  const data = await loadHubPage(slug, locale)
  if (!data) return null
  const now = new Date()
  expireAtNextOpeningChange(context.response.headers, [data.hub], now)
  const commute = calculateCommute(context.url.searchParams, data)
  // The calculator's form was sent with something it cannot use: the page says what, with a 400.
  if (commute.query.errors.length > 0) context.response.status = 400
  return { data, commute, now }
}

/** A municipality's page, or null (404). */
export async function municipalityPage(context: PlaceContext, slug: string, locale: Locale) {
  const data = await loadMunicipalityPage(slug, locale)
  if (!data) return null
  expireAtNextOpeningChange(context.response.headers, data.hubs, new Date())
  return data
}
