import { describe, expect, it } from 'vitest'
import { createFallbackEngine, UNREACHABLE_LABEL, withDeadline } from '../../../cms/search/fallback.ts'
import type { SearchDocument, SearchEngine, SearchResult } from '../../../cms/domain/search/types.ts'

const doc: SearchDocument = {
  id: 'hub:1:sv', type: 'hub', docId: 1, locale: 'sv', slug: 'a', title: 'A', text: '', url: '/hubbar/a',
  municipality: null, municipalityName: null, amenities: [], eventType: null, startsAt: null, cancelled: false, lat: null, lng: null,
}
const result = (engine: string): SearchResult => ({ hits: [], total: 0, facets: { type: {}, municipality: {}, amenity: {}, eventType: {} }, engine, didYouMean: null, tookMs: 0 })

/** An engine that records what it was given; `hang` makes every write and search wait forever. */
function engine(name: string, hang = false) {
  const written: SearchDocument[] = []
  const never = new Promise<never>(() => {})
  const e: SearchEngine = {
    name,
    upsert: async (docs) => (hang ? never : void written.push(...docs)),
    remove: async () => (hang ? never : undefined),
    replace: async (_items, docs) => (hang ? never : void written.push(...docs)),
    clear: async () => {},
    count: async () => written.length,
    search: async () => (hang ? never : result(name)),
    health: async () => true,
  }
  return { engine: e, written }
}

describe('Meilisearch with Postgres behind it', () => {
  it('finishes a save when Meilisearch never answers, and queues the item for a retry', async () => {
    const postgres = engine('postgres')
    const meili = engine('meilisearch', true)
    const failed: Array<{ items: unknown; error: string }> = []
    const fallback = createFallbackEngine({
      postgres: postgres.engine,
      meili: meili.engine,
      onSyncFailure: async (items, error) => void failed.push({ items, error: String(error) }),
      syncTimeoutMs: 50,
    })
    const started = performance.now()
    await fallback.upsert([doc])
    expect(performance.now() - started).toBeLessThan(2000)
    expect(postgres.written).toEqual([doc])
    expect(failed).toEqual([{ items: [{ type: 'hub', docId: 1 }], error: expect.stringContaining('within 50 ms') }])
    // Meilisearch is then left alone: a search answers from Postgres at once and says so.
    expect((await fallback.search({ q: 'a', locale: 'sv', limit: 20, offset: 0 })).engine).toBe(UNREACHABLE_LABEL)
  })

  it('pushes to Meilisearch when it answers in time', async () => {
    const meili = engine('meilisearch')
    const failed: unknown[] = []
    const fallback = createFallbackEngine({ postgres: engine('postgres').engine, meili: meili.engine, onSyncFailure: async (i) => void failed.push(i), syncTimeoutMs: 1000 })
    await fallback.upsert([doc])
    expect(meili.written).toEqual([doc])
    expect(failed).toEqual([])
  })
})

describe('withDeadline', () => {
  it('passes a prompt answer through', async () => {
    await expect(withDeadline(Promise.resolve(7), 1000, 'late')).resolves.toBe(7)
  })

  it('rejects with the message when the answer is late, and ignores its later failure', async () => {
    const late = new Promise((_, reject) => setTimeout(() => reject(new Error('too late')), 30))
    await expect(withDeadline(late, 5, 'late')).rejects.toThrow('late')
    await new Promise((r) => setTimeout(r, 40))
  })
})
