import type { Payload, PayloadRequest } from 'payload'
import { executor, sql } from './sql.ts'

/**
 * A fingerprint of the public content the site's pages and feeds are made from: the newest
 * change and the number of rows of every collection the site shows, and the council page.
 * Publishing, unpublishing, editing or deleting any of them changes it. One small query over
 * the CMS's own tables, so what the site keeps (feeds, pages) is checked on every request.
 */
export async function contentVersion(payload: Payload, req?: PayloadRequest): Promise<string> {
  const db = await executor(payload, req)
  const { rows } = await db.execute(sql`
    SELECT concat_ws('|',
      (SELECT concat(max(updated_at), ':', count(*)) FROM events),
      (SELECT concat(max(updated_at), ':', count(*)) FROM hubs),
      (SELECT concat(max(updated_at), ':', count(*)) FROM municipalities),
      (SELECT concat(max(updated_at), ':', count(*)) FROM community_managers),
      (SELECT concat(max(updated_at), ':', count(*)) FROM agencies),
      (SELECT concat(max(updated_at), ':', count(*)) FROM media),
      (SELECT max(updated_at) FROM innovation_council)) AS version`)
  return String(rows[0]?.version ?? '')
}
