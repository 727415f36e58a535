import { AMENITY_KEYS } from '../amenities.ts'
import { EVENT_TYPES } from '../eventVocabulary.ts'
import { isLatitude, isLongitude } from '../geo.ts'
import { isValidSlug } from '../slugify.ts'
import type { SearchDocType, SearchLocale, SearchQuery } from './types.ts'

export const MAX_QUERY_LENGTH = 200
export const MAX_RADIUS_KM = 500
export const PAGE_SIZE = 20
const MAX_PAGE = 50

export interface ParamProblem {
  param: string
  sv: string
  en: string
}

export type ParsedSearch = { ok: true; query: SearchQuery; ignored: ParamProblem[] } | { ok: false; problems: ParamProblem[] }

const first = (params: URLSearchParams, name: string) => params.get(name)?.trim() ?? ''

/**
 * Reads `/api/search` parameters. Values that cannot mean anything useful (coordinates out of
 * range, a radius of 0) are a 400 with a message; over-long text is cut, and unknown filter
 * values simply match nothing, as a filter should.
 */
export function parseSearchParams(params: URLSearchParams): ParsedSearch {
  const problems: ParamProblem[] = []
  const ignored: ParamProblem[] = []
  const locale: SearchLocale = first(params, 'locale') === 'en' ? 'en' : 'sv'

  let q = first(params, 'q')
  if (q.length > MAX_QUERY_LENGTH) {
    q = q.slice(0, MAX_QUERY_LENGTH)
    ignored.push({ param: 'q', sv: `Sökningen kortades till ${MAX_QUERY_LENGTH} tecken.`, en: `The query was cut to ${MAX_QUERY_LENGTH} characters.` })
  }

  const rawType = first(params, 'type')
  let type: SearchDocType | undefined
  if (rawType === 'hub' || rawType === 'event') type = rawType
  else if (rawType) problems.push({ param: 'type', sv: 'Typen måste vara hub eller event.', en: 'The type must be hub or event.' })

  const municipality = first(params, 'municipality')
  if (municipality && !isValidSlug(municipality)) problems.push({ param: 'municipality', sv: 'Okänd kommun.', en: 'Unknown municipality.' })

  const amenities = params.getAll('amenity').map((a) => a.trim()).filter(Boolean)
  const unknownAmenity = amenities.find((a) => !(AMENITY_KEYS as string[]).includes(a))
  if (unknownAmenity) problems.push({ param: 'amenity', sv: `Okänd facilitet: ${unknownAmenity.slice(0, 40)}.`, en: `Unknown amenity: ${unknownAmenity.slice(0, 40)}.` })

  const eventType = first(params, 'eventType')
  if (eventType && !Object.hasOwn(EVENT_TYPES, eventType)) problems.push({ param: 'eventType', sv: 'Okänd typ av evenemang.', en: 'Unknown event type.' })

  let near: SearchQuery['near']
  const [latText, lngText, radiusText] = [first(params, 'lat'), first(params, 'lng'), first(params, 'radiusKm')]
  if (latText || lngText || radiusText) {
    const lat = Number(latText)
    const lng = Number(lngText)
    const radiusKm = radiusText ? Number(radiusText) : 50
    if (!latText || !lngText || !isLatitude(lat) || !isLongitude(lng)) {
      problems.push({ param: 'lat', sv: 'Ange lat mellan -90 och 90 och lng mellan -180 och 180.', en: 'Give lat between -90 and 90 and lng between -180 and 180.' })
    } else if (!Number.isFinite(radiusKm) || radiusKm <= 0 || radiusKm > MAX_RADIUS_KM) {
      problems.push({ param: 'radiusKm', sv: `Radien måste vara större än 0 och högst ${MAX_RADIUS_KM} km.`, en: `The radius must be above 0 and at most ${MAX_RADIUS_KM} km.` })
    } else {
      near = { lat, lng, radiusKm }
    }
  }

  const pageText = first(params, 'page')
  let page = pageText ? Number(pageText) : 1
  if (!Number.isInteger(page) || page < 1) {
    problems.push({ param: 'page', sv: 'Sidan måste vara ett positivt heltal.', en: 'The page must be a positive whole number.' })
    page = 1
  } else if (page > MAX_PAGE) {
    page = MAX_PAGE + 1 // past the end: an empty page, not an error
  }

  if (problems.length) return { ok: false, problems }
  return {
    ok: true,
    ignored,
    query: { q, locale, type, municipality: municipality || undefined, amenities, eventType: eventType || undefined, near, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  }
}
