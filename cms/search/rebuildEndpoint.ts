/**
 * The admins' "rebuild the search index" button (cms/components/SearchIndexPanel.tsx) calls
 * this: the same rebuild as `npm run search:reindex`, Postgres in one transaction and
 * Meilisearch (when configured) built aside and swapped in; a Meilisearch failure queues every
 * item for retry instead of failing, and the answer says so.
 */
import type { Endpoint } from 'payload'
import { isAdmin } from '../access/roles.ts'
import { reindexAll } from './rebuild.ts'

let running: Promise<unknown> | null = null

export const rebuildSearchIndexEndpoint: Endpoint = {
  path: '/search-index/rebuild',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ message: 'Logga in först. / Log in first.' }, { status: 401 })
    if (!isAdmin(req.user)) return Response.json({ message: 'Bara administratörer kan bygga om sökindexet. / Only admins can rebuild the search index.' }, { status: 403 })
    if (running) return Response.json({ message: 'Sökindexet byggs redan om. / The search index is already being rebuilt.' }, { status: 409 })
    const started = performance.now()
    const work = reindexAll(req.payload, undefined, { meili: 'best-effort' })
    running = work
    try {
      const result = await work
      return Response.json({ total: result.total, meilisearch: result.meilisearch, ms: Math.round(performance.now() - started) })
    } finally {
      running = null
    }
  },
}
