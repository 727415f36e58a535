import type { Payload, PayloadRequest } from 'payload'
import { createFallbackEngine } from './fallback.ts'
import { meiliConfigFromEnv, meiliEngine } from './meilisearch.ts'
import { drainSearchQueue, startSearchSync } from './meiliSync.ts'
import { createPostgresEngine } from './postgres.ts'
import { enqueue } from './queue.ts'
import type { SearchEngine } from '../domain/search/types.ts'

/**
 * The configured engine: Postgres alone, or, when MEILI_URL is set, Meilisearch with Postgres
 * as its fallback and its always-complete twin (`fallback.ts`).
 */
export function searchEngine(payload: Payload, req?: Partial<PayloadRequest>): SearchEngine {
  const postgres = createPostgresEngine(payload, req)
  const config = meiliConfigFromEnv()
  if (!config) return postgres
  startSearchSync(payload)
  return createFallbackEngine({
    postgres,
    meili: meiliEngine(config),
    onSyncFailure: async (items, error) => void (await enqueue(payload, items, error)),
    onSyncSuccess: () => void drainSearchQueue(payload),
    syncTimeoutMs: config.timeoutMs,
  })
}
