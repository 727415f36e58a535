import { createHash } from 'node:crypto'
import type { APIRoute } from 'astro'
import { isNotModified } from '../../../cms/domain/calendar/conditionalRequest.ts'
import { listHubs } from '../../lib/cms.ts'
import { hubFeatureCollection } from '../../features/hubs/hubGeoJson.ts'
import { paths } from '../../lib/i18n.ts'
import { absoluteUrl } from '../../lib/urls.ts'

/** All published hubs as RFC 7946 GeoJSON; open data, so any site may fetch it. */
export const GET: APIRoute = async ({ request, site, url }) => {
  const hubs = await listHubs('sv')
  const body = JSON.stringify(hubFeatureCollection(hubs, (slug) => absoluteUrl(paths.hub('sv', slug), site ?? url.origin)))
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
  const headers = {
    'Content-Type': 'application/geo+json',
    'Access-Control-Allow-Origin': '*',
    'Cache-Control': 'public, max-age=300',
    ETag: etag,
  }
  // Weak comparison, as If-None-Match asks: the site server sends the tag weak (site/server/compression.ts).
  if (isNotModified({ ifNoneMatch: request.headers.get('if-none-match') }, { etag, lastModified: null })) {
    return new Response(null, { status: 304, headers })
  }
  return new Response(body, { headers })
}
