/**
 * The Postgres engine's typo step, as pure rules: which words go into the dictionary of known
 * words, which query words are looked up there, which of the similar known words are taken as
 * corrections, and the widened full-text query they make. The database only finds the similar
 * words (a trigram index on the dictionary); everything else is decided here.
 */
import { foldedWords } from './normalize.ts'

/** A query word or dictionary word needs this many letters before trigrams say anything about it. */
export const MIN_CORRECTABLE_LENGTH = 3
/** A known word is a correction only when the query word is at least this similar to part of it. */
export const MIN_WORD_SIMILARITY = 0.45
/** …and when it is no more than this less similar than the best correction found for that word. */
export const CORRECTION_MARGIN = 0.1
/** Similar known words fetched per query word, nearest first. */
export const CANDIDATES_PER_WORD = 32

/** Worth a dictionary entry or a correction: long enough, and not a bare number. */
export const isCorrectable = (word: string) => word.length >= MIN_CORRECTABLE_LENGTH && /\p{L}/u.test(word)

/**
 * The words a document adds to its language's dictionary: those of its title and of its
 * municipality's name, folded and split exactly as a query is, once each.
 */
export function dictionaryWords(...texts: Array<string | null | undefined>): string[] {
  const words = texts.flatMap((t) => (t ? foldedWords(t) : []))
  return [...new Set(words.filter(isCorrectable))].sort()
}

/** Letters and digits only: what may go into tsquery syntax unquoted. */
const WORD = /^[\p{L}\p{N}]+$/u

export interface Candidate {
  /** Index of the query word (0-based). */
  word: number
  known: string
  /** pg_trgm word similarity of the query word to the closest stretch of the known word. */
  similarity: number
}

/**
 * Corrections per query word. A word that some known word begins with is no typo: the prefix
 * search matched it, and it is left alone (so an exact title costs no second query). For the
 * others, the known words at least MIN_WORD_SIMILARITY similar and within CORRECTION_MARGIN of
 * the best are kept. So "fjalhubben" becomes "fjallhubben" alone, not every "…hubben" that
 * shares its ending, while "hubben" typed apart from its first half (part of many compound
 * names equally) keeps them all.
 */
export function chooseCorrections(words: string[], candidates: Candidate[]): string[][] {
  return words.map((word, i) => {
    if (!isCorrectable(word)) return []
    const mine = candidates.filter((c) => c.word === i)
    if (mine.some((c) => c.known.startsWith(word))) return []
    const similar = mine.filter((c) => WORD.test(c.known) && c.similarity >= MIN_WORD_SIMILARITY)
    const best = Math.max(...similar.map((c) => c.similarity))
    return [...new Set(similar.filter((c) => c.similarity >= best - CORRECTION_MARGIN - 1e-6).map((c) => c.known))].sort()
  })
}

/**
 * The widened full-text query: each word as a prefix or any of its corrections, all words
 * required (`fjalhubben:* | fjallhubben`). Null when no word has a correction, because then
 * the widened query would find exactly what the first one did. Built only from the letters and
 * digits of folded words, so no text reaches tsquery syntax.
 */
export function correctedTsQuery(words: string[], corrections: string[][]): string | null {
  if (!corrections.some((c) => c.length > 0)) return null
  return words.map((w, i) => (corrections[i]?.length ? `(${[`${w}:*`, ...corrections[i]].join(' | ')})` : `${w}:*`)).join(' & ')
}
