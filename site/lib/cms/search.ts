/** Public search over hubs and events, through the configured engine. */
import { searchEngine } from '../../../cms/search/sync.ts'
import type { SearchQuery, SearchResult } from '../../../cms/domain/search/types.ts'
import { cms } from './payload.ts'

export async function search(query: SearchQuery): Promise<SearchResult> {
  return searchEngine(await cms()).search(query)
}
