/**
 * The site's signing secret: SITE_SECRET, or the one generated into DATA_DIR/site-secret
 * (mode 600) by `npm start` or on first use, through the same helper as the Payload secret.
 * Each use gets its own key derived from it, so a CSRF token can never pass as a form
 * timestamp or the other way round.
 */
import { createHmac } from 'node:crypto'
import path from 'node:path'
import { dataDir, generatedSecret } from '../../../cms/env.ts'

/** Shorter secrets from the environment are refused: they could be guessed offline from a token. */
export const MIN_SECRET_LENGTH = 32

let cached: string | undefined

export function siteSecret(): string {
  if (cached) return cached
  const secret = generatedSecret(process.env.SITE_SECRET, path.join(dataDir(), 'site-secret'))
  if (secret.length < MIN_SECRET_LENGTH)
    throw new Error(`SITE_SECRET must be at least ${MIN_SECRET_LENGTH} characters. Unset it to have one generated into DATA_DIR, or set a longer random value.`)
  cached = secret
  return secret
}

/** The key for one purpose ('csrf', 'form-time', …): HMAC-SHA256 of the purpose under the secret. */
export function deriveKey(secret: string, purpose: string): Buffer {
  return createHmac('sha256', secret).update(`coworking-region/site/${purpose}`).digest()
}

/** The derived key for `purpose` under the site's own secret. */
export function siteKey(purpose: string): Buffer {
  return deriveKey(siteSecret(), purpose)
}
