/**
 * The Meilisearch engine, used when MEILI_URL is set. Request shapes are built by the pure
 * `meiliRequests.ts`; this file talks to the server: it applies settings, writes and deletes
 * documents, awaits every task and turns a failed task into an error, and searches.
 */
import { Meilisearch, type EnqueuedTaskPromise, type Index, type Task } from 'meilisearch'
import {
  buildSearchParams,
  indexSettings,
  indexUid,
  isValidIndexPrefix,
  MEILI_LOCALES,
  mapResponse,
  planReplace,
  quoteFilterValue,
  rebuildUid,
  searchOnlyKey,
  toMeiliDocument,
  type MeiliDocument,
  type MeiliSearchResponse,
} from './meiliRequests.ts'
import type { SearchDocType, SearchDocument, SearchEngine, SearchLocale, SearchQuery, SearchResult } from '../domain/search/types.ts'

export interface MeiliConfig {
  url: string
  /** MEILI_MASTER_KEY (or an admin key): for settings and writes. */
  apiKey?: string
  /** MEILI_SEARCH_KEY: a search-only key for queries, when given; the master key otherwise. */
  searchKey?: string
  indexPrefix: string
  /** Per HTTP request, and per awaited task. A save waits at most about this long for Meilisearch. */
  timeoutMs: number
}

/** The configuration from the environment, or null when Meilisearch is not configured. */
export function meiliConfigFromEnv(env: Record<string, string | undefined> = process.env): MeiliConfig | null {
  const url = env.MEILI_URL?.trim()
  if (!url) return null
  const indexPrefix = env.MEILI_INDEX_PREFIX?.trim() ?? ''
  if (!isValidIndexPrefix(indexPrefix)) throw new Error(`MEILI_INDEX_PREFIX may hold only letters, digits, "-" and "_", not "${indexPrefix}".`)
  const timeoutMs = Number(env.MEILI_TIMEOUT_MS || 2000)
  return { url, apiKey: env.MEILI_MASTER_KEY?.trim() || undefined, searchKey: env.MEILI_SEARCH_KEY?.trim() || undefined, indexPrefix, timeoutMs: Number.isFinite(timeoutMs) && timeoutMs > 0 ? timeoutMs : 2000 }
}

type Item = { type: SearchDocType; docId: number }

export class MeiliEngine implements SearchEngine {
  readonly name = 'meilisearch'
  readonly config: MeiliConfig
  readonly client: Meilisearch
  private searchClient: Promise<Meilisearch> | undefined
  private ready: Promise<void> | undefined

  constructor(config: MeiliConfig) {
    this.config = config
    this.client = new Meilisearch({
      host: config.url,
      apiKey: config.apiKey,
      timeout: config.timeoutMs,
      defaultWaitOptions: { timeout: config.timeoutMs * 5, interval: 25 },
    })
    if (config.searchKey) this.searchClient = Promise.resolve(this.clientWith(config.searchKey))
  }

  private clientWith(apiKey: string | undefined): Meilisearch {
    return new Meilisearch({ host: this.config.url, apiKey, timeout: this.config.timeoutMs })
  }

  /**
   * Queries go through a client with a search-only key: MEILI_SEARCH_KEY, else one the server
   * lists (its default search key). Only a server without master key (where keys do not
   * exist) or without any such key gets queries with the master key, and says so once.
   */
  private querying(): Promise<Meilisearch> {
    this.searchClient ??= (async () => {
      if (!this.config.apiKey) return this.client
      const uids = MEILI_LOCALES.map((l) => this.uid(l))
      const key = searchOnlyKey((await this.client.getKeys({ limit: 1000 })).results, uids)
      if (key) return this.clientWith(key)
      console.warn('search: Meilisearch lists no search-only key for these indexes; queries use the master key. Set MEILI_SEARCH_KEY.')
      return this.client
    })().catch((err: unknown) => {
      this.searchClient = undefined
      throw err
    })
    return this.searchClient
  }

  uid(locale: SearchLocale): string {
    return indexUid(this.config.indexPrefix, locale)
  }

  private index(locale: SearchLocale): Index<MeiliDocument> {
    return this.client.index<MeiliDocument>(this.uid(locale))
  }

  /** Awaits a task and makes a failed or cancelled one an error that names what was tried. */
  async finish(task: EnqueuedTaskPromise, what: string, timeout?: number): Promise<Task> {
    const done = await task.waitTask(timeout ? { timeout } : undefined)
    if (done.status !== 'succeeded') {
      const reason = done.error ? `${done.error.code}: ${done.error.message}` : done.status
      throw new Error(`meilisearch: ${what} did not succeed (${reason})`)
    }
    return done
  }

  /** Creates the index if it is missing and applies its settings; both are idempotent. */
  async prepareIndex(uid: string, locale: SearchLocale): Promise<void> {
    const created = await this.client.createIndex(uid, { primaryKey: 'id' }).waitTask()
    if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') {
      throw new Error(`meilisearch: creating index ${uid} did not succeed (${created.error?.code ?? created.status}: ${created.error?.message ?? ''})`)
    }
    await this.finish(this.client.index(uid).updateSettings(indexSettings(locale)), `settings of ${uid}`)
  }

  /**
   * Both languages' indexes exist with current settings. Runs once per process; a failure is
   * forgotten so that the next call tries again (Meilisearch may have been down at start).
   */
  ensureIndexes(): Promise<void> {
    this.ready ??= (async () => {
      for (const locale of MEILI_LOCALES) await this.prepareIndex(this.uid(locale), locale)
    })().catch((err: unknown) => {
      this.ready = undefined
      throw err
    })
    return this.ready
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    await this.ensureIndexes()
    const tasks = MEILI_LOCALES.map((locale) => ({ locale, docs: docs.filter((d) => d.locale === locale).map(toMeiliDocument) }))
      .filter((t) => t.docs.length)
      .map((t) => this.finish(this.index(t.locale).addDocuments(t.docs, { primaryKey: 'id' }), `adding documents to ${this.uid(t.locale)}`))
    await Promise.all(tasks)
  }

  async remove(items: Item[]): Promise<void> {
    await this.replace(items, [])
  }

  /** Sets the documents of `items` to exactly `docs`: writes those, deletes the rest. */
  async replace(items: Item[], docs: SearchDocument[]): Promise<void> {
    await this.ensureIndexes()
    const tasks: Promise<Task>[] = []
    for (const plan of planReplace(items, docs)) {
      const index = this.index(plan.locale)
      if (plan.upsert.length) tasks.push(this.finish(index.addDocuments(plan.upsert, { primaryKey: 'id' }), `adding documents to ${index.uid}`))
      if (plan.remove.length) tasks.push(this.finish(index.deleteDocuments(plan.remove), `deleting documents from ${index.uid}`))
    }
    await Promise.all(tasks)
  }

  async clear(): Promise<void> {
    await this.ensureIndexes()
    await Promise.all(MEILI_LOCALES.map((l) => this.finish(this.index(l).deleteAllDocuments(), `emptying ${this.uid(l)}`)))
  }

  async count(): Promise<number> {
    await this.ensureIndexes()
    let n = 0
    for (const locale of MEILI_LOCALES) n += (await this.index(locale).getStats()).numberOfDocuments
    return n
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const started = performance.now()
    const index = (await this.querying()).index<MeiliDocument>(this.uid(query.locale))
    const response = (await index.search(null, buildSearchParams(query))) as unknown as MeiliSearchResponse
    const mapped = mapResponse(response, query)
    let didYouMean: string | null = null
    const q = query.q.trim()
    if (mapped.hits.length === 0 && q) {
      // Nothing with every filter: suggest the closest title in the language, any word matching.
      const similar = (await index.search(q, {
        limit: 1,
        matchingStrategy: 'frequency',
        attributesToSearchOn: ['title', 'titleFolded'],
        attributesToRetrieve: ['title'],
        filter: [`locale = ${quoteFilterValue(query.locale)}`],
      })) as unknown as { hits: Array<{ title: string }> }
      didYouMean = similar.hits[0]?.title ?? null
    }
    return { ...mapped, engine: this.name, didYouMean, tookMs: Math.round((performance.now() - started) * 10) / 10 }
  }

  async health(): Promise<boolean> {
    return this.client.isHealthy()
  }

  // --- Reindex: build aside, then swap -------------------------------------------------

  /** Empty rebuild indexes with the live settings, one per language; returns their uids. */
  async startRebuild(): Promise<Record<SearchLocale, string>> {
    await this.ensureIndexes()
    const uids = {} as Record<SearchLocale, string>
    for (const locale of MEILI_LOCALES) {
      const uid = rebuildUid(this.uid(locale))
      await this.client.deleteIndexIfExists(uid)
      await this.prepareIndex(uid, locale)
      uids[locale] = uid
    }
    return uids
  }

  async addToRebuild(uids: Record<SearchLocale, string>, docs: SearchDocument[]): Promise<void> {
    const tasks = MEILI_LOCALES.map((locale) => ({ locale, docs: docs.filter((d) => d.locale === locale).map(toMeiliDocument) }))
      .filter((t) => t.docs.length)
      .map((t) => this.finish(this.client.index(uids[t.locale]).addDocuments(t.docs, { primaryKey: 'id' }), `adding documents to ${uids[t.locale]}`, 120_000))
    await Promise.all(tasks)
  }

  /** Swaps every rebuilt index with its live one in one task, then drops the old contents. */
  async finishRebuild(uids: Record<SearchLocale, string>): Promise<void> {
    const swaps = MEILI_LOCALES.map((locale) => ({ indexes: [this.uid(locale), uids[locale]] as [string, string], rename: false }))
    await this.finish(this.client.swapIndexes(swaps), 'swapping the rebuilt indexes in', 120_000)
    for (const uid of Object.values(uids)) await this.finish(this.client.deleteIndex(uid), `deleting ${uid}`, 60_000)
  }

  /** Deletes this engine's live indexes (tests use a prefix of their own and clean up). */
  async dropIndexes(): Promise<void> {
    for (const locale of MEILI_LOCALES) {
      await this.client.deleteIndexIfExists(this.uid(locale))
      await this.client.deleteIndexIfExists(rebuildUid(this.uid(locale)))
    }
    this.ready = undefined
  }
}

const engines = new Map<string, MeiliEngine>()

/** One engine (one client, one settings check) per configuration in a process. */
export function meiliEngine(config: MeiliConfig): MeiliEngine {
  const key = JSON.stringify(config)
  let engine = engines.get(key)
  if (!engine) engines.set(key, (engine = new MeiliEngine(config)))
  return engine
}
