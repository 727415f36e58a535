import type { PayloadRequest } from 'payload'

/**
 * The ids of the hubs a community manager runs: hubs whose `communityManagers` list holds
 * the manager profile linked to this user. Looked up once per request and kept on
 * `req.context`, since several access checks in one request need it.
 */
export async function managedHubIds(req: PayloadRequest): Promise<number[]> {
  const user = req.user
  if (!user) return []
  const cacheKey = `managedHubIds:${user.id}`
  const cached = req.context[cacheKey]
  if (Array.isArray(cached)) return cached as number[]

  const profiles = await req.payload.find({
    collection: 'community-managers',
    where: { user: { equals: user.id } },
    depth: 0,
    limit: 10,
    pagination: false,
    overrideAccess: true,
    req,
  })
  let ids: number[] = []
  if (profiles.docs.length > 0) {
    const hubs = await req.payload.find({
      collection: 'hubs',
      where: { communityManagers: { in: profiles.docs.map((p) => p.id) } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      draft: true,
      req,
      select: {},
    })
    ids = hubs.docs.map((h) => h.id)
  }
  req.context[cacheKey] = ids
  return ids
}

/** Ids of events held at the hubs this community manager runs. */
export async function managedEventIds(req: PayloadRequest): Promise<number[]> {
  const hubIds = await managedHubIds(req)
  if (hubIds.length === 0) return []
  const events = await req.payload.find({
    collection: 'events',
    where: { hub: { in: hubIds } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    draft: true,
    req,
    select: {},
  })
  return events.docs.map((e) => e.id)
}
