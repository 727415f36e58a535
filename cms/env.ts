import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
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

/** The admin panel's address for links in mail: CMS_PUBLIC_URL, else the local CMS port. */
export function cmsUrl(): string {
  const configured = process.env.CMS_PUBLIC_URL?.trim()
  if (configured) return configured.replace(/\/+$/, '')
  return `http://localhost:${Number(process.env.CMS_PORT) || 3000}`
}

/**
 * A secret: `given` (from an environment variable) when set, else the one stored in `file`,
 * which is generated there on first use: 32 random bytes as hex, mode 600. The file is
 * created exclusively, so two processes starting at once end up with the same secret.
 */
export function generatedSecret(given: string | undefined, file: string): string {
  if (given) return given
  try {
    writeFileSync(file, randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' })
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
  }
  const secret = readFileSync(file, 'utf8').trim()
  if (!secret) throw new Error(`${file} is empty. Delete it to have a new secret generated, or set the secret in the environment.`)
  return secret
}
