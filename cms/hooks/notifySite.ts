import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, GlobalAfterChangeHook, GlobalConfig } from 'payload'
import { executor, sql } from '../db/sql.ts'
import { SITE_CACHE_CHANNEL } from '../domain/siteCache.ts'

async function notify(req: Parameters<CollectionAfterChangeHook>[0]['req'], what: string): Promise<void> {
  // Inside the editor's transaction, so Postgres delivers it at commit and never for a rollback.
  const db = await executor(req.payload, req)
  await db.execute(sql`SELECT pg_notify(${SITE_CACHE_CHANNEL}, ${what})`)
}

export const notifySiteAfterChange: CollectionAfterChangeHook = async ({ req, collection, doc }) => {
  await notify(req, collection.slug)
  return doc
}

export const notifySiteAfterDelete: CollectionAfterDeleteHook = async ({ req, collection, doc }) => {
  await notify(req, collection.slug)
  return doc
}

export const notifySiteAfterGlobalChange: GlobalAfterChangeHook = async ({ req, global, doc }) => {
  await notify(req, global.slug)
  return doc
}

/** The collection with the site notified after every write. */
export function withSiteNotify(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), notifySiteAfterChange],
      afterDelete: [...(hooks.afterDelete ?? []), notifySiteAfterDelete],
    },
  }
}

export function withSiteNotifyGlobal(global: GlobalConfig): GlobalConfig {
  const hooks = global.hooks ?? {}
  return { ...global, hooks: { ...hooks, afterChange: [...(hooks.afterChange ?? []), notifySiteAfterGlobalChange] } }
}
