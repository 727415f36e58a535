/**
 * Integration tests get their own throwaway database: an embedded Postgres in a fresh temp
 * folder on a free port, migrated with the committed migrations, so runs never collide with
 * each other or with `npm start`.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../cms/db/embedded.ts'
import { freePort } from '../../scripts/lib/processes.ts'

declare module 'vitest' {
  interface ProvidedContext {
    databaseUrl: string
    payloadSecret: string
    dataDir: string
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

function runMigrations(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    // The CLI under this same Node (24), whatever `node` happens to be first on PATH.
    const child = spawn(process.execPath, [path.join(root, 'node_modules/payload/bin.js'), 'migrate'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`payload migrate exited with ${code}:\n${output}`)),
    )
  })
}

/** Another process may take the free port before Postgres binds it; then try a new one. */
async function startOnFreePort(dir: string): Promise<EmbeddedDatabase> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startEmbeddedPostgres({ dir, port: await freePort(), database: 'coworking_test' })
    } catch (err) {
      if (attempt >= 3) throw err
    }
  }
}

const PREFIX = 'coworking-int-'

/**
 * A run killed before its teardown (say, by a closed pipe) leaves ~50 MB behind. Remove such
 * folders once they are old and their Postgres is gone; a live run's folder is never touched.
 */
function sweepAbandonedRuns(): void {
  const cutoff = Date.now() - 15 * 60_000
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(PREFIX)) continue
    const dir = path.join(tmpdir(), name)
    try {
      if (statSync(dir).mtimeMs > cutoff) continue
      const pidFile = path.join(dir, 'pg', 'postmaster.pid')
      const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : 0
      if (pid > 0 && isAlive(pid)) continue
      rmSync(dir, { recursive: true, force: true })
    } catch {
      // Another run may be sweeping the same folder; leave it.
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export default async function setup(project: TestProject) {
  sweepAbandonedRuns()
  const dir = mkdtempSync(path.join(tmpdir(), PREFIX))
  let db: EmbeddedDatabase
  try {
    db = await startOnFreePort(dir)
  } catch (err) {
    rmSync(dir, { recursive: true, force: true })
    throw err
  }
  const payloadSecret = randomBytes(32).toString('hex')
  const dataDir = path.join(dir, 'data')

  const teardown = async () => {
    try {
      await db.stop()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  try {
    await runMigrations({
      ...process.env,
      DATABASE_URL: db.url,
      PAYLOAD_SECRET: payloadSecret,
      DATA_DIR: dataDir,
      PAYLOAD_DB_PUSH: 'false',
    })
  } catch (err) {
    await teardown()
    throw err
  }

  project.provide('databaseUrl', db.url)
  project.provide('payloadSecret', payloadSecret)
  project.provide('dataDir', dataDir)
  return teardown
}
