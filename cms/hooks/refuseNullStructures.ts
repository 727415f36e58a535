import { ValidationError, type CollectionBeforeOperationHook, type CollectionConfig, type GlobalBeforeOperationHook, type GlobalConfig } from 'payload'
import { messages } from '../fields/messages.ts'
import { nullStructures, structuredPaths, type StructuredPath } from '../fields/structuredNulls.ts'

function refuse(slug: { collection?: string; global?: string }, paths: readonly StructuredPath[], data: unknown, req: { t?: unknown }): void {
  const refused = nullStructures(data, paths)
  if (refused.length === 0) return
  throw new ValidationError(
    { ...slug, errors: refused.map((path) => ({ path, message: messages.structuredNull })) },
    req.t as ConstructorParameters<typeof ValidationError>[1],
  )
}

/** The collection with writes refused (400, the field named) when they send null for a group, array or blocks field. */
export function withNullStructuresRefused(collection: CollectionConfig): CollectionConfig {
  const paths = structuredPaths(collection.fields)
  if (paths.length === 0) return collection
  const hook: CollectionBeforeOperationHook = ({ args, operation, req }) => {
    if (operation === 'create' || operation === 'update') refuse({ collection: collection.slug }, paths, (args as { data?: unknown }).data, req)
    return args
  }
  const hooks = collection.hooks ?? {}
  return { ...collection, hooks: { ...hooks, beforeOperation: [hook, ...(hooks.beforeOperation ?? [])] } }
}

/** The same for a global. */
export function withNullStructuresRefusedGlobal(global: GlobalConfig): GlobalConfig {
  const paths = structuredPaths(global.fields)
  if (paths.length === 0) return global
  const hook: GlobalBeforeOperationHook = ({ args, operation, req }) => {
    if (operation === 'update') refuse({ global: global.slug }, paths, (args as { data?: unknown }).data, req)
    return args
  }
  const hooks = global.hooks ?? {}
  return { ...global, hooks: { ...hooks, beforeOperation: [hook, ...(hooks.beforeOperation ?? [])] } }
}
