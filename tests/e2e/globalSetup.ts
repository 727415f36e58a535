/**
 * The e2e project runs the real thing: `scripts/start.ts` (the same launcher as `npm start`)
 * with production builds, an embedded database in a temp folder and free ports, so a run never
 * collides with another run or with a developer's `npm start`.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { freePort, stopService, waitForHealthy } from '../../scripts/lib/processes.ts'

declare module 'vitest' {
  interface ProvidedContext {
    siteUrl: string
    cmsUrl: string
    adminEmail: string
    adminPassword: string
    /** The run's DATA_DIR: mail without an SMTP server lands in its mail/ folder as .eml files. */
    dataDir: string
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
let launcher: ChildProcess | undefined
let dataDir: string | undefined

export default async function setup(project: TestProject) {
  dataDir = mkdtempSync(path.join(tmpdir(), 'coworking-e2e-'))
  const [cmsPort, sitePort, dbPort] = [await freePort(), await freePort(), await freePort()]
  const adminEmail = 'e2e-admin@coworking-region.invalid'
  const adminPassword = randomBytes(12).toString('base64url')
  // The launcher stops when its stdin closes, so it dies with this process even if teardown never runs.
  launcher = spawn(process.execPath, ['scripts/start.ts', '--stop-on-stdin-close'], {
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
  const cmsUrl = `http://127.0.0.1:${cmsPort}`
  const siteUrl = `http://127.0.0.1:${sitePort}`
  const stop = async () => {
    if (launcher) await stopService(launcher, 20_000)
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    // A fresh clone builds both apps first: allow for that.
    await waitForHealthy(`${cmsUrl}/health`, launcher, 540_000)
    await waitForHealthy(`${siteUrl}/health`, launcher, 60_000)
  } catch (err) {
    await stop()
    throw err
  }
  project.provide('siteUrl', siteUrl)
  project.provide('cmsUrl', cmsUrl)
  project.provide('adminEmail', adminEmail)
  project.provide('adminPassword', adminPassword)
  project.provide('dataDir', dataDir)
  // Returned, not exported: with a default export Vitest ignores a named `teardown`.
  return stop
}
