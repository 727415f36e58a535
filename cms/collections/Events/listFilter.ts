import type { Where } from 'payload'

/** Whether a list query's filter names the hub anywhere (`hub`, or a condition on it inside and/or). */
export function filtersOnHub(where: unknown): boolean {
  if (Array.isArray(where)) return where.some(filtersOnHub)
  if (!where || typeof where !== 'object') return false
  return Object.entries(where).some(([key, value]) => key === 'hub' || key.startsWith('hub.') || filtersOnHub(value))
}

/**
 * The events list a community manager opens on: the events at the hubs they run. A filter of
 * their own on the hub replaces it (to look at another hub's public events); any other filter
 * narrows their own hubs' events. Nothing to add when they run no hub.
 */
export function ownHubsListFilter(hubIds: number[], where: unknown): Where | null {
  if (hubIds.length === 0 || filtersOnHub(where)) return null
  return { hub: { in: hubIds } }
}
