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
  }
}

export default async function setup(project: TestProject) {
  const portal = await startPortal('e2e')
  project.provide('siteUrl', portal.siteUrl)
  project.provide('cmsUrl', portal.cmsUrl)
  project.provide('adminEmail', portal.adminEmail)
  project.provide('adminPassword', portal.adminPassword)
  project.provide('dataDir', portal.dataDir)
  // Returned, not exported: with a default export Vitest ignores a named `teardown`.
  return portal.stop
}
