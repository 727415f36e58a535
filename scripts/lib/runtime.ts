import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { generatedSecret } from '../../cms/env.ts'
import { isWritable, startEmbeddedPostgres, type EmbeddedDatabase } from '../../cms/db/embedded.ts'

export interface Runtime {
  env: NodeJS.ProcessEnv
  dataDir: string
  db: EmbeddedDatabase | null
}

export class StartupError extends Error {}

/**
 * Everything both processes need before they start: a writable DATA_DIR, generated
 * Payload and site secrets, and a database (embedded unless DATABASE_URL is set).
 */
export async function prepareRuntime(log: (line: string) => void = () => {}): Promise<Runtime> {
  const dataDir = path.resolve(process.env.DATA_DIR || '.data')
  if (!isWritable(dataDir)) throw new StartupError(`The data directory ${dataDir} is not writable. Set DATA_DIR to a folder you can write to.`)
  try {
    mkdirSync(dataDir, { recursive: true })
  } catch (err) {
    throw new StartupError(`The data directory ${dataDir} could not be created (${(err as NodeJS.ErrnoException).code}). Set DATA_DIR to a folder you can write to.`)
  }

  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir }
  env.PAYLOAD_SECRET = generatedSecret(env.PAYLOAD_SECRET, path.join(dataDir, 'secret'))
  // Signs the site's form tokens (site/lib/security/secret.ts).
  env.SITE_SECRET = generatedSecret(env.SITE_SECRET, path.join(dataDir, 'site-secret'))

  let db: EmbeddedDatabase | null = null
  if (!env.DATABASE_URL) {
    const port = Number(env.DB_PORT || 54329)
    try {
      db = await startEmbeddedPostgres({ dir: dataDir, port, log: env.DB_LOG ? log : undefined })
    } catch (err) {
      throw new StartupError(
        `The embedded database did not start on port ${port} (${firstLine(err)}). Is another copy running? Set DB_PORT to use another port.`,
      )
    }
    env.DATABASE_URL = db.url
  }
  return { env, dataDir, db }
}

export function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err ?? 'unknown error')
  return text.split('\n')[0].slice(0, 200)
}
