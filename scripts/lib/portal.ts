/**
 * The portal started the way `npm start` starts it, for tests and benchmarks: `scripts/start.ts`
 * with production builds, an embedded database in a temp folder and free ports, so a run never
 * collides with another run or with a developer's `npm start`. The launcher stops when its
 * stdin closes, so it dies with the process that started it even if `stop()` never runs.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { embeddedDatabaseUrl, embeddedPassword } from '../../cms/db/embedded.ts'
import { freePort, stopService, waitForHealthy } from './processes.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export interface Portal {
  siteUrl: string
  cmsUrl: string
  adminEmail: string
  adminPassword: string
  /** The run's DATA_DIR: mail without an SMTP server lands in its mail/ folder as .eml files. */
  dataDir: string
  /** The embedded database and the CMS's secret, for a script that writes to this portal's data (benchmarks). */
  databaseUrl: string
  payloadSecret: string
  stop(): Promise<void>
}

/** The built portal with the demo data, on free ports, in a temp folder that `stop()` removes. */
export async function startPortal(name = 'bench'): Promise<Portal> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `coworking-${name}-`))
  const [cmsPort, sitePort, dbPort] = [await freePort(), await freePort(), await freePort()]
  const adminEmail = `${name}-admin@coworking-region.invalid`
  const adminPassword = randomBytes(12).toString('base64url')
  const launcher: ChildProcess = spawn(process.execPath, ['scripts/start.ts', '--stop-on-stdin-close'], {
    cwd: root,
    detached: true,
    stdio: ['pipe', 'inherit', 'inherit'],
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DB_PORT: String(dbPort),
      CMS_PORT: String(cmsPort),
      SITE_PORT: String(sitePort),
      HOST: '127.0.0.1',
      ADMIN_EMAIL: adminEmail,
      ADMIN_PASSWORD: adminPassword,
      DATABASE_URL: '',
      PAYLOAD_SECRET: '',
      SMTP_URL: '',
    },
  })
  const stop = async () => {
    await stopService(launcher, 20_000)
    rmSync(dataDir, { recursive: true, force: true })
  }
  const siteUrl = `http://127.0.0.1:${sitePort}`
  const cmsUrl = `http://127.0.0.1:${cmsPort}`
  try {
    await waitForHealthy(`${cmsUrl}/health`, launcher, 540_000)
    await waitForHealthy(`${siteUrl}/health`, launcher, 60_000)
  } catch (err) {
    await stop()
    throw err
  }
  // Both files exist once the CMS is up: the launcher wrote them before starting it.
  const databaseUrl = embeddedDatabaseUrl(embeddedPassword(dataDir), dbPort)
  const payloadSecret = readFileSync(path.join(dataDir, 'secret'), 'utf8').trim()
  return { siteUrl, cmsUrl, adminEmail, adminPassword, dataDir, databaseUrl, payloadSecret, stop }
}

