/**
 * Which facet choices the search form shows, and with what count: a choice nothing matches is
 * hidden (a list of "(0)" helps no one), and so is a group left with nothing to choose. Used by
 * the page (SearchView.astro) and by search as you type (searchAsYouType.ts), so both agree.
 * Pure.
 *
 * Counts are of the results as filtered now. So in a group where one value is chosen
 * (type, municipality, event type: one value each) the other values' counts are not known, and
 * they are shown without one rather than hidden or shown as "(0)". Amenities all apply at once,
 * so an amenity's count is what choosing it as well would find.
 */
import type { SearchFacets } from '../../../cms/domain/search/types.ts'

export type FacetName = keyof SearchFacets

/** Groups where a visitor chooses one value; the others take several. */
const SINGLE_CHOICE: ReadonlySet<FacetName> = new Set(['type', 'municipality', 'eventType'])

export interface FacetChoice {
  visible: boolean
  /** What to show in brackets; null for none. */
  count: number | null
}

/** One choice of a facet group. `selected` is every value of the group chosen now. */
export function facetChoice(facets: SearchFacets, facet: FacetName, key: string, selected: readonly string[]): FacetChoice {
  const n = facets[facet]?.[key] ?? 0
  if (selected.includes(key)) return { visible: true, count: n }
  if (SINGLE_CHOICE.has(facet) && selected.length > 0) return { visible: true, count: null }
  return { visible: n > 0, count: n > 0 ? n : null }
}

/** "Hubbar (3)", or the label alone when there is no count to show. */
export const withCount = (label: string, choice: FacetChoice): string => (choice.count === null ? label : `${label} (${choice.count})`)
