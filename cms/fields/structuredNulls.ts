/**
 * Groups, arrays and blocks hold objects and lists. An API client that sends `null` for one
 * (`"recurrence": null`) would otherwise reach hooks that read inside it and fail with a
 * TypeError, a 500. These pure functions find where a collection's data may hold such a
 * structure and which of them a request sent as null, so the write is refused with a 400
 * that names the field. No server needed (unit tested).
 */
import type { Field } from 'payload'

export interface StructuredPath {
  /** Dot path in the data, e.g. `recurrence` or `onboarding.contacts`. */
  path: string
  kind: 'group' | 'array' | 'blocks'
}

/** Every group, array and blocks field's data path, looking through rows, collapsibles and tabs. */
export function structuredPaths(fields: readonly Field[], prefix = ''): StructuredPath[] {
  const found: StructuredPath[] = []
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const path = prefix + tab.name
          found.push({ path, kind: 'group' }, ...structuredPaths(tab.fields, `${path}.`))
        } else {
          found.push(...structuredPaths(tab.fields, prefix))
        }
      }
    } else if (field.type === 'row' || field.type === 'collapsible') {
      found.push(...structuredPaths(field.fields, prefix))
    } else if (field.type === 'group') {
      if ('name' in field && field.name) {
        const path = prefix + field.name
        found.push({ path, kind: 'group' }, ...structuredPaths(field.fields, `${path}.`))
      } else {
        found.push(...structuredPaths(field.fields, prefix))
      }
    } else if (field.type === 'array' || field.type === 'blocks') {
      found.push({ path: prefix + field.name, kind: field.type })
    }
  }
  return found
}

/**
 * The paths a write sent as null, or as a list holding null. A structure left out entirely is
 * fine (the stored value stays); so is one inside a parent that was itself left out.
 */
export function nullStructures(data: unknown, paths: readonly StructuredPath[]): string[] {
  if (data == null || typeof data !== 'object') return []
  const refused: string[] = []
  for (const { path, kind } of paths) {
    const segments = path.split('.')
    let parent: unknown = data
    for (const segment of segments.slice(0, -1)) {
      parent = parent != null && typeof parent === 'object' ? (parent as Record<string, unknown>)[segment] : undefined
    }
    if (parent == null || typeof parent !== 'object') continue
    const key = segments[segments.length - 1]
    if (!(key in parent)) continue
    const value = (parent as Record<string, unknown>)[key]
    if (value === null) refused.push(path)
    else if (kind !== 'group' && Array.isArray(value) && value.some((item) => item == null || typeof item !== 'object')) refused.push(path)
  }
  return refused
}
