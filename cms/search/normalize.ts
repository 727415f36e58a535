/** Text normalisation shared by indexing and querying, so "Ostersund" finds "Östersund". */
export function foldText(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/** Private-use characters that mark highlights until the text has been HTML-escaped. */
export const MARK_START = '\uE000'
export const MARK_END = '\uE001'

/**
 * A highlighted snippet as safe HTML: the indexed text is escaped first, and only then do
 * the markers become <mark> elements, so content can never inject markup.
 */
export function highlightToHtml(marked: string): string {
  return marked
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replaceAll(MARK_START, '<mark>')
    .replaceAll(MARK_END, '</mark>')
}

/** The words of a text, folded: runs of letters and digits of at most 40 characters. */
export function foldedWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && w.length <= 40)
}

/** Words of a query, folded, stripped of everything but letters and digits, at most 8. */
export function queryWords(q: string): string[] {
  return foldedWords(q).slice(0, 8)
}

/**
 * A to_tsquery() expression that matches every word as a prefix (`ost:* & hubb:*`). Built
 * only from letters and digits, so no query text can reach tsquery syntax.
 */
export function prefixTsQuery(words: string[]): string | null {
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null
}
