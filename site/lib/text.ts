/**
 * Interface text: one dictionary per feature, Swedish the reference and English checked
 * against it by the type checker. `defineText(sv, en)` refuses English that lacks a key of
 * the Swedish, has a key the Swedish has not, or has a function whose parameters differ;
 * strings may of course differ. It returns the feature's accessor, `(locale) => text`.
 */
import type { Locale } from './i18n.ts'

/** The shape a text has in every language: the Swedish one with its strings widened. */
export type Translation<S> = [S] extends [string]
  ? string
  : [S] extends [(...args: infer A) => infer R]
    ? (...args: A) => Translation<R>
    : [S] extends [object]
      ? { readonly [K in keyof S]: Translation<S[K]> }
      : S

/**
 * The English as written where it matches the Swedish, `never` where it does not: a key the
 * Swedish lacks, or a function with other parameters. (A missing key already fails the
 * `Translation` bound; a function with fewer parameters would not, hence this check.)
 */
type Checked<S, E> = [S] extends [(...args: infer A) => infer R]
  ? [E] extends [(...args: infer B) => infer Q]
    ? [A] extends [B]
      ? [B] extends [A]
        ? (...args: B) => Checked<R, Q>
        : never
      : never
    : never
  : [S] extends [string]
    ? E
    : [S] extends [object]
      ? { [K in keyof E]: K extends keyof S ? Checked<S[K], E[K]> : never }
      : E

/** Pure, and marked so: a bundler drops a dictionary nothing reads (the search script imports i18n.ts). */
/*#__NO_SIDE_EFFECTS__*/
export function defineText<const S extends object, const E extends Translation<S>>(sv: S, en: E & Checked<S, E>): (locale: Locale) => Translation<S> {
  const texts: Record<Locale, Translation<S>> = { sv: sv as Translation<S>, en }
  return (locale) => texts[locale]
}
