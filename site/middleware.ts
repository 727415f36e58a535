/// <reference types="astro/client" />
/**
 * Runs for every page, endpoint and error page the site renders: refuses cross-site
 * state-changing requests with a localised 403, and puts the security headers on every
 * response (see lib/security/headers.ts).
 */
import { defineMiddleware } from 'astro/middleware'
import { localeOfPath } from './lib/i18n.ts'
import { applySecurityHeaders, isHttpsDeployment } from './lib/security/headers.ts'
import { problemResponse } from './lib/security/messages.ts'
import { allowedOrigins, checkRequestOrigin } from './lib/security/origin.ts'

const options = { https: isHttpsDeployment(), dev: import.meta.env.DEV }

export const onRequest = defineMiddleware(async (context, next) => {
  const { request, url } = context
  const verdict = checkRequestOrigin({
    method: request.method,
    origin: request.headers.get('origin'),
    secFetchSite: request.headers.get('sec-fetch-site'),
    allowedOrigins: allowedOrigins(url),
  })
  const response = verdict.ok ? await next() : problemResponse('cross-site', localeOfPath(url.pathname))
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
