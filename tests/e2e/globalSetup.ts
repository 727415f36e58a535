/**
 * The e2e project runs the real thing: `scripts/start.ts` (the same launcher as `npm start`)
 * with production builds, an embedded database in a temp folder and free ports, so a run never
 * collides with another run or with a developer's `npm start` (scripts/lib/portal.ts).
 */
import type { TestProject } from 'vitest/node'
import { startPortal } from '../../scripts/lib/portal.ts'

declare module 'vitest' {
  interface ProvidedContext {
    siteUrl: string
    cmsUrl: string
    adminEmail: string
    adminPassword: string
    /** The run's DATA_DIR: mail without an SMTP server lands in its mail/ folder as .eml files. */
    dataDir: string
    /** The CMS server's request and header timeouts in this run, short so the slow-request tests end quickly. */
    cmsRequestTimeoutMs: number
    cmsHeadersTimeoutMs: number
  }
}

export default async function setup(project: TestProject) {
  // Passed to the CMS through the launcher's environment. Short, but far above the time a
  // request on this machine's loopback takes even under load.
  process.env.CMS_REQUEST_TIMEOUT_MS ||= '8000'
  process.env.CMS_HEADERS_TIMEOUT_MS ||= '4000'
  const portal = await startPortal('e2e')
  project.provide('siteUrl', portal.siteUrl)
  project.provide('cmsUrl', portal.cmsUrl)
  project.provide('adminEmail', portal.adminEmail)
  project.provide('adminPassword', portal.adminPassword)
  project.provide('dataDir', portal.dataDir)
  project.provide('cmsRequestTimeoutMs', Number(process.env.CMS_REQUEST_TIMEOUT_MS))
  project.provide('cmsHeadersTimeoutMs', Number(process.env.CMS_HEADERS_TIMEOUT_MS))
  // Returned, not exported: with a default export Vitest ignores a named `teardown`.
  return portal.stop
}
