/**
 * Member agencies grouped by the municipality of their local office, for the network page's
 * list and map. Pure.
 */
import { sortByName } from '../../lib/sortByName.ts'

interface Grouped<A> {
  /** The municipality's slug; null for agencies that have not given an office. */
  slug: string | null
  name: string
  /** The id of the group's heading, which the map's marker links to. */
  anchor: string
  agencies: A[]
}

export function officeGroups<A extends { name: string; municipality: { name: string; slug: string } | null }>(agencies: A[], noOffice: string): Array<Grouped<A>> {
  const bySlug = new Map<string, Grouped<A>>()
  const without: A[] = []
  for (const agency of agencies) {
    const m = agency.municipality
    if (!m) {
      without.push(agency)
      continue
    }
    const group = bySlug.get(m.slug) ?? { slug: m.slug, name: m.name, anchor: `kontor-${m.slug}`, agencies: [] }
    group.agencies.push(agency)
    bySlug.set(m.slug, group)
  }
  const groups = sortByName([...bySlug.values()]).map((g) => ({ ...g, agencies: sortByName(g.agencies) }))
  return without.length > 0 ? [...groups, { slug: null, name: noOffice, anchor: 'kontor-ovriga', agencies: sortByName(without) }] : groups
}
