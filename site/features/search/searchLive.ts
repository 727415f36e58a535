/**
 * Pure helpers for search-as-you-type (site/features/search/searchAsYouType.ts), kept free of the DOM
 * so they are unit-tested.
 */

export interface SnippetPart {
  text: string
  mark: boolean
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }

/**
 * A snippet from the search API (escaped text with <mark> around matches, see
 * cms/search/normalize.ts) as plain text parts, so the browser builds text nodes and <mark>
 * elements and never parses HTML. Anything but the exact <mark> and </mark> tags stays text.
 */
export function snippetParts(html: string): SnippetPart[] {
  const parts: SnippetPart[] = []
  let mark = false
  for (const token of html.split(/(<\/?mark>)/)) {
    if (token === '<mark>') mark = true
    else if (token === '</mark>') mark = false
    else if (token) parts.push({ text: token.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]), mark })
  }
  return parts
}

/**
 * The search form's fields as the page's query string: empty fields and the page number left
 * out (new words start at page one), so the address stays short and bookmarkable.
 */
export function formQuery(entries: Iterable<[string, unknown]>): URLSearchParams {
  const params = new URLSearchParams()
  for (const [name, value] of entries) {
    if (typeof value !== 'string' || name === 'page') continue
    if (value.trim() === '') continue
    params.append(name, value)
  }
  return params
}

/** The same query for `GET /api/search`, in the page's language. */
export function apiQuery(page: URLSearchParams, locale: 'sv' | 'en'): URLSearchParams {
  const params = new URLSearchParams(page)
  params.set('locale', locale)
  return params
}
