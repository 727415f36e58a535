import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** Where the embedded database, generated secrets and unsent mail live. */
export function dataDir(): string {
  return path.resolve(process.env.DATA_DIR || '.data')
}

/**
 * The Payload secret: from PAYLOAD_SECRET, or the random one `npm start` generated into
 * DATA_DIR/secret on first run. There is deliberately no fallback value.
 */
export function payloadSecret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const file = path.join(dataDir(), 'secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  throw new Error('PAYLOAD_SECRET is not set and DATA_DIR/secret does not exist. Start the portal with `npm start`, or set PAYLOAD_SECRET.')
}

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('DATABASE_URL is not set. Start the portal with `npm start`, which starts the embedded database, or set DATABASE_URL.')
  return url
}

/**
 * The public site's address for links in mail. Never taken from a request's Host header,
 * which a visitor chooses; set SITE_PUBLIC_URL in production.
 */
export function siteUrl(): string {
  const configured = process.env.SITE_PUBLIC_URL?.trim()
  if (configured) return configured.replace(/\/+$/, '')
  return `http://localhost:${Number(process.env.SITE_PORT) || 4321}`
}
