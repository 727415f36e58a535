/**
 * Built calendar feeds kept between requests, each under the content version it was built
 * from (cms.ts `contentVersion`): a request whose version differs rebuilds, so a published
 * change is in the next response. Bounded: the least recently used feed goes first. Pure.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, { version: string; value: T }>()

  constructor(private readonly maxEntries = 200) {}

  get(key: string, version: string): T | undefined {
    const entry = this.entries.get(key)
    if (!entry || entry.version !== version) return undefined
    // Most recently used last.
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry.value
  }

  set(key: string, version: string, value: T): void {
    this.entries.delete(key)
    this.entries.set(key, { version, value })
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!)
  }

  get size(): number {
    return this.entries.size
  }
}
