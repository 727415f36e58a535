/**
 * The engine used when Meilisearch is configured: Meilisearch answers searches, and Postgres,
 * whose index is always kept (it is written in the editor's transaction), answers when
 * Meilisearch is unreachable or fails, saying so in `engine`.
 *
 * Writes go to Postgres first (their errors are the save's errors, as without Meilisearch),
 * then to Meilisearch; a Meilisearch failure never reaches the save: the items are handed to
 * `onSyncFailure` (the retry queue). After a failure Meilisearch is left alone for a short
 * while, so a server that hangs does not slow every search and save down.
 */
import type { SearchDocType, SearchDocument, SearchEngine, SearchQuery, SearchResult } from '../domain/search/types.ts'

export const UNREACHABLE_LABEL = 'postgres (meilisearch unreachable)'

type Item = { type: SearchDocType; docId: number }

export interface FallbackParts {
  postgres: SearchEngine
  meili: SearchEngine
  /** Called with the items whose push failed, or was skipped because Meilisearch is down. */
  onSyncFailure: (items: Item[], error: unknown) => Promise<void>
  /** Called after a successful push: a moment to drain the retry queue. */
  onSyncSuccess?: () => void
  /**
   * How long a save waits for Meilisearch to confirm its push. Past it the items are queued as
   * failed, so a slow server cannot hold an editor's save (and its database transaction) for
   * the client's longer task wait; the drain pushes the current state again later.
   */
  syncTimeoutMs?: number
}

/** `promise`, or a rejection once `ms` have passed; a late rejection of `promise` is ignored. */
export function withDeadline<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  promise.catch(() => {})
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms)
  })
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer))
}

interface Circuit {
  downUntil: number
  lastError: string
  lastLogged: number
}

const circuits = new WeakMap<object, Circuit>()

/** How long Meilisearch is skipped after it failed. */
export const retryAfterMs = () => Number(process.env.MEILI_RETRY_AFTER_MS || 5000)

function circuitOf(meili: object): Circuit {
  let c = circuits.get(meili)
  if (!c) circuits.set(meili, (c = { downUntil: 0, lastError: '', lastLogged: 0 }))
  return c
}

/** True while Meilisearch is being skipped after a failure. */
export function meiliIsDown(meili: object): boolean {
  return circuitOf(meili).downUntil > Date.now()
}

export function markMeiliDown(meili: object, err: unknown): void {
  const c = circuitOf(meili)
  c.downUntil = Date.now() + retryAfterMs()
  c.lastError = err instanceof Error ? err.message : String(err)
  // One log line a minute is enough to notice; every request would drown the log.
  if (Date.now() - c.lastLogged > 60_000) {
    c.lastLogged = Date.now()
    console.warn(`search: Meilisearch failed (${c.lastError}); answering from Postgres and queueing index changes`)
  }
}

export function markMeiliUp(meili: object): void {
  circuitOf(meili).downUntil = 0
}

const itemsOf = (docs: SearchDocument[]): Item[] => {
  const seen = new Map<string, Item>()
  for (const d of docs) seen.set(`${d.type}:${d.docId}`, { type: d.type, docId: d.docId })
  return [...seen.values()]
}

export function createFallbackEngine(parts: FallbackParts): SearchEngine {
  const { postgres, meili } = parts

  async function push(items: Item[], write: () => Promise<void>): Promise<void> {
    if (!items.length) return
    if (meiliIsDown(meili)) return parts.onSyncFailure(items, new Error(`Meilisearch is down: ${circuitOf(meili).lastError}`))
    try {
      const timeout = parts.syncTimeoutMs
      await (timeout ? withDeadline(write(), timeout, `Meilisearch did not confirm the change within ${timeout} ms`) : write())
      markMeiliUp(meili)
      parts.onSyncSuccess?.()
    } catch (err) {
      markMeiliDown(meili, err)
      await parts.onSyncFailure(items, err)
    }
  }

  return {
    name: meili.name,

    async upsert(docs) {
      await postgres.upsert(docs)
      await push(itemsOf(docs), () => meili.upsert(docs))
    },

    async remove(items) {
      await postgres.remove(items)
      await push(items, () => meili.remove(items))
    },

    async replace(items, docs) {
      await postgres.replace(items, docs)
      await push(items, () => meili.replace(items, docs))
    },

    /** Empties the Postgres index; a reindex rebuilds Meilisearch aside and swaps it in. */
    async clear() {
      await postgres.clear()
    },

    /** The Postgres index's size: it is the one that is always complete. */
    count: () => postgres.count(),

    async search(query: SearchQuery): Promise<SearchResult> {
      if (!meiliIsDown(meili)) {
        try {
          const result = await meili.search(query)
          markMeiliUp(meili)
          return result
        } catch (err) {
          markMeiliDown(meili, err)
        }
      }
      return { ...(await postgres.search(query)), engine: UNREACHABLE_LABEL }
    },

    health: () => postgres.health(),
  }
}
