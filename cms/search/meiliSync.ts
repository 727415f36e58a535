/**
 * Keeping Meilisearch caught up in the background: the drain of the retry queue
 * (`queue.ts`), and the timers that run it in a process that serves or edits content.
 */
import type { Payload } from 'payload'
import { markMeiliDown, markMeiliUp, meiliIsDown } from './fallback.ts'
import { allItems, documentsOfItems } from './load.ts'
import { meiliConfigFromEnv, meiliEngine } from './meilisearch.ts'
import { createPostgresEngine } from './postgres.ts'
import { drainQueue, enqueue, type DrainResult } from './queue.ts'

let draining: Promise<DrainResult | null> | undefined

/**
 * Pushes queued items to Meilisearch. One drain at a time per process; several processes may
 * drain at once, which is harmless since a push only writes what the database holds.
 */
export function drainSearchQueue(payload: Payload, options: { batchSize?: number } = {}): Promise<DrainResult | null> {
  const config = meiliConfigFromEnv()
  if (!config) return Promise.resolve(null)
  const meili = meiliEngine(config)
  if (meiliIsDown(meili)) return Promise.resolve(null)
  draining ??= drainQueue(
    payload,
    {
      replace: async (items, docs) => {
        try {
          await meili.replace(items, docs)
          markMeiliUp(meili)
        } catch (err) {
          markMeiliDown(meili, err)
          throw err
        }
      },
    },
    (items) => documentsOfItems(payload, items),
    options,
  )
    .catch((err: unknown) => {
      console.error(`search: draining the Meilisearch queue failed: ${err instanceof Error ? err.message : String(err)}`)
      return null
    })
    .finally(() => {
      draining = undefined
    })
  return draining
}

const started = new WeakSet<Payload>()

/**
 * Starts the Meilisearch upkeep of this process once: apply settings, fill an empty index
 * from a database that has content, and drain the retry queue now and then. Timers are
 * unref'd, so a command-line process still exits when its work is done.
 */
export function startSearchSync(payload: Payload): void {
  const config = meiliConfigFromEnv()
  // Tests drain by hand: MEILI_SYNC_WORKER=off keeps timers from racing them.
  if (!config || started.has(payload) || process.env.MEILI_SYNC_WORKER === 'off') return
  started.add(payload)
  const meili = meiliEngine(config)
  const interval = Number(process.env.MEILI_DRAIN_INTERVAL_MS || 15_000)
  const first = setTimeout(async () => {
    try {
      await meili.ensureIndexes()
      if ((await meili.count()) === 0 && (await createPostgresEngine(payload).count()) > 0) {
        await enqueue(payload, await allItems(payload), new Error('the Meilisearch index was empty'))
      }
    } catch (err) {
      markMeiliDown(meili, err)
    }
    await drainSearchQueue(payload)
  }, 2000)
  first.unref()
  setInterval(() => void drainSearchQueue(payload), interval).unref()
}
