/// <reference types="astro/client" />
/**
 * Runs for every page, endpoint and error page the site renders: refuses cross-site
 * state-changing requests with a localised 403, and puts the security headers on every
 * response (see lib/security/headers.ts).
 */
import { defineMiddleware } from 'astro/middleware'
import { isNotModified } from '../cms/calendar/conditionalRequest.ts'
import { contentVersion } from './lib/cms.ts'
import { VersionedCache } from './lib/feedCache.ts'
import { localeOfPath } from './lib/i18n.ts'
import { isCacheableRequest, isCacheableResponse, pageCacheKey } from './lib/pageCache.ts'
import { applySecurityHeaders, isHttpsDeployment } from './lib/security/headers.ts'
import { problemResponse } from './lib/security/messages.ts'
import { allowedOrigins, checkRequestOrigin } from './lib/security/origin.ts'

const options = { https: isHttpsDeployment(), dev: import.meta.env.DEV }

interface Kept {
  body: Uint8Array<ArrayBuffer>
  status: number
  headers: Array<[string, string]>
}
/** Responses the next visitor may get as they are (lib/pageCache.ts says which, and for how long). */
const kept = new VersionedCache<Kept>(500)

/** The page from what the site keeps, or a freshly rendered one kept for the next visitor. */
async function throughCache(request: Request, url: URL, render: () => Promise<Response>): Promise<Response> {
  if (options.dev || !isCacheableRequest(request.method, url.pathname)) return render()
  const version = await contentVersion()
  const key = pageCacheKey(url, Date.now())
  const hit = kept.get(key, version)
  if (hit) {
    const headers = new Headers(hit.headers)
    headers.set('x-cache', 'HIT')
    // A kept feed or data file keeps answering conditional requests with 304.
    const etag = headers.get('etag')
    const lastModified = headers.get('last-modified')
    const conditional = { ifNoneMatch: request.headers.get('if-none-match'), ifModifiedSince: request.headers.get('if-modified-since') }
    if ((etag || lastModified) && isNotModified(conditional, { etag: etag ?? '', lastModified: lastModified ? new Date(lastModified) : null })) {
      for (const name of ['content-type', 'content-length', 'content-disposition']) headers.delete(name)
      return new Response(null, { status: 304, headers })
    }
    return new Response(request.method === 'HEAD' ? null : hit.body, { status: hit.status, headers })
  }
  const response = await render()
  if (request.method !== 'GET' || !isCacheableResponse(response.status, response.headers)) return response
  const body = new Uint8Array(await response.arrayBuffer())
  const headers = new Headers(response.headers)
  kept.set(key, version, { body, status: response.status, headers: [...headers.entries()] })
  headers.set('x-cache', 'MISS')
  return new Response(body, { status: response.status, headers })
}

export const onRequest = defineMiddleware(async (context, next) => {
  const { request, url } = context
  const verdict = checkRequestOrigin({
    method: request.method,
    origin: request.headers.get('origin'),
    secFetchSite: request.headers.get('sec-fetch-site'),
    allowedOrigins: allowedOrigins(url),
  })
  const response = verdict.ok ? await throughCache(request, url, () => next()) : problemResponse('cross-site', localeOfPath(url.pathname))
  try {
    applySecurityHeaders(response.headers, options)
    return response
  } catch {
    // A response with immutable headers (Response.redirect, a fetched response): copy it.
    const copy = new Response(response.body, response)
    applySecurityHeaders(copy.headers, options)
    return copy
  }
})
