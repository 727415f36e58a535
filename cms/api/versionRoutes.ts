/**
 * Payload gives every collection the REST routes `/versions` and `/versions/:id`, also those
 * without versions, where they fail in the database and answer 500. For those collections the
 * same routes answer 404 with a message instead; they come before Payload's own, which
 * Payload adds after a collection's custom endpoints.
 */
import type { CollectionConfig, Endpoint, Plugin } from 'payload'

export const NO_VERSIONS_MESSAGE = 'Den här samlingen har inga versioner. / This collection has no versions.'

const notFound = (): Response => Response.json({ errors: [{ message: NO_VERSIONS_MESSAGE }] }, { status: 404 })

const versionRoutes: Endpoint[] = [
  { path: '/versions', method: 'get', handler: notFound },
  { path: '/versions/:id', method: 'get', handler: notFound },
  { path: '/versions/:id', method: 'post', handler: notFound },
]

/** The collections, those without `versions` given the 404 routes. */
export function withoutVersionRoutes(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) =>
    collection.versions || collection.endpoints === false ? collection : { ...collection, endpoints: [...(collection.endpoints ?? []), ...versionRoutes] },
  )
}

/** As a plugin, so it applies to every collection in the config, whatever wraps them. */
export const versionRoutesPlugin: Plugin = (config) => ({ ...config, collections: withoutVersionRoutes(config.collections ?? []) })
