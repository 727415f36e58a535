/**
 * The site's LISTEN on the CMS's cache channel: every notification drops the whole page cache.
 * While the connection is down the cache must not answer (`isLive` is false), since writes
 * made meanwhile would go unheard; it reconnects with back-off and clears on reconnecting.
 */
import pg from 'pg'
import { SITE_CACHE_CHANNEL } from '../../../cms/domain/siteCache.ts'

export function listenForInvalidation(databaseUrl: string, clear: () => void): { isLive: () => boolean; stop: () => Promise<void> } {
  let live = false
  let stopped = false
  let client: pg.Client | undefined
  let delay = 500

  async function connect(): Promise<void> {
    if (stopped) return
    const next = new pg.Client({ connectionString: databaseUrl })
    client = next
    const fail = () => {
      if (client !== next) return
      live = false
      client = undefined
      next.end().catch(() => {})
      if (!stopped) setTimeout(() => void connect(), delay).unref()
      delay = Math.min(delay * 2, 30_000)
    }
    next.on('error', fail)
    next.on('end', fail)
    next.on('notification', () => clear())
    try {
      await next.connect()
      await next.query(`LISTEN ${SITE_CACHE_CHANNEL}`)
      clear()
      live = true
      delay = 500
    } catch {
      fail()
    }
  }

  void connect()
  return {
    isLive: () => live,
    stop: async () => {
      stopped = true
      live = false
      await client?.end().catch(() => {})
    },
  }
}
