/**
 * Sorts by name the Swedish way (Å, Ä, Ö after Z, in that order) in both languages, since the
 * names are Swedish; the database's C collation would put Ä before Å.
 */
const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true })

export function sortByName<T extends { name: string }>(items: ReadonlyArray<T>): T[] {
  return [...items].sort((a, b) => collator.compare(a.name, b.name))
}
