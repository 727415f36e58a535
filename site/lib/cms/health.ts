/** The CMS's state as the site sees it: readiness for `/health`, and the content version its caches key on. */
import { contentVersion as contentVersionOf } from '../../../cms/db/contentVersion.ts'
import { checkHealth, type Health } from '../../../cms/health.ts'
import { cms } from './payload.ts'

/** Readiness for `GET /health`; a Payload that cannot start means the database is down. */
export function health(): Promise<Health> {
  return checkHealth(cms())
}

/** A fingerprint of the public content (cms/db/contentVersion.ts), checked on every request for kept feeds and pages. */
export async function contentVersion(): Promise<string> {
  return contentVersionOf(await cms())
}
