/** Text normalisation shared by indexing and querying, so "Ostersund" finds "Östersund". */
export function foldText(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/** Words of a query, folded, stripped of everything but letters and digits, at most 8. */
export function queryWords(q: string): string[] {
  return foldText(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && w.length <= 40)
    .slice(0, 8)
}

/**
 * A to_tsquery() expression that matches every word as a prefix (`ost:* & hubb:*`). Built
 * only from letters and digits, so no query text can reach tsquery syntax.
 */
export function prefixTsQuery(words: string[]): string | null {
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null
}
