/**
 * Signed preview links: the admin panel's "preview" opens the site's page for a draft with a
 * token that names the document and expires within the hour. HMAC-SHA256 with the Payload
 * secret, which both processes have; the site needs no session to trust it. Pure.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import { path } from './routes.ts'

export type PreviewCollection = 'hubs' | 'events'

export interface PreviewClaim {
  collection: PreviewCollection
  id: number
  /** Expiry, milliseconds since the epoch. */
  exp: number
}

export const PREVIEW_TTL_MS = 60 * 60 * 1000

const sign = (payload: string, secret: string) => createHmac('sha256', `preview:${secret}`).update(payload).digest('base64url')

export function signPreview(claim: PreviewClaim, secret: string): string {
  const payload = Buffer.from(`${claim.collection}.${claim.id}.${claim.exp}`).toString('base64url')
  return `${payload}.${sign(payload, secret)}`
}

export type PreviewCheck = { ok: true; claim: PreviewClaim } | { ok: false; reason: 'invalid' | 'expired' }

export function verifyPreview(token: unknown, secret: string, now = Date.now()): PreviewCheck {
  if (typeof token !== 'string' || token.length > 200) return { ok: false, reason: 'invalid' }
  const [payload, signature, extra] = token.split('.')
  if (!payload || !signature || extra !== undefined) return { ok: false, reason: 'invalid' }
  const expected = Buffer.from(sign(payload, secret))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' }
  const [collection, id, exp] = Buffer.from(payload, 'base64url').toString('utf8').split('.')
  if ((collection !== 'hubs' && collection !== 'events') || !/^\d+$/.test(id) || !/^\d+$/.test(exp)) return { ok: false, reason: 'invalid' }
  if (Number(exp) < now) return { ok: false, reason: 'expired' }
  return { ok: true, claim: { collection, id: Number(id), exp: Number(exp) } }
}

/** The site's preview page for a document, e.g. /forhandsvisning?token=… */
export function previewPath(locale: 'sv' | 'en', token: string): string {
  return `${path('preview', locale)}?token=${encodeURIComponent(token)}`
}
