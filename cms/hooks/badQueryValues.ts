import { APIError, type AfterErrorHook, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'

/**
 * PostgreSQL's answers to a value of the wrong form in a query (`/api/hubs/abc`,
 * `where[lat][near]=x`, `where[id][in]=a`): invalid text for a number or a date, a number
 * out of range, a broken pattern. Payload passes them on as 500s; they are the caller's
 * mistake, so they answer 400.
 */
const WRONG_FORM = new Set(['22P02', '22007', '22008', '22003', '2201B', '22019', '22025'])

/** Whether an error (or one it was caused by) is PostgreSQL refusing a value's form. Pure. */
export function isBadQueryValue(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && WRONG_FORM.has(e.code)) return true
  }
  return false
}

export const BAD_QUERY_VALUE = 'Ett värde i frågan har fel form (till exempel text där ett tal väntas). / A value in the query has the wrong form (text where a number is expected, for example).'

export const badQueryValuesAre400: AfterErrorHook = ({ error }) =>
  isBadQueryValue(error) ? { status: 400, response: { errors: [{ message: BAD_QUERY_VALUE }] } } : undefined

/** Geographic operators need a `point` field; positions here are plain numbers (no PostGIS). */
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

/** The first geographic operator anywhere in a `where`, or null. Pure. */
export function geoOperatorIn(where: unknown, depth = 0): string | null {
  if (where == null || typeof where !== 'object' || depth > 20) return null
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    if (GEO_OPERATORS.has(key)) return key
    const inner = Array.isArray(value) ? value.map((v) => geoOperatorIn(v, depth + 1)).find(Boolean) : geoOperatorIn(value, depth + 1)
    if (inner) return inner
  }
  return null
}

export const GEO_OPERATOR_REFUSED = (operator: string) =>
  `Operatorn "${operator}" fungerar inte här: positioner är vanliga tal (lat, lng). / The operator "${operator}" does not work here: positions are plain numbers (lat, lng).`

/** The collection with geographic operators refused (400) before Payload's adapter fails on them (a TypeError, a 500). */
export function withGeoOperatorsRefused(collection: CollectionConfig): CollectionConfig {
  const hook: CollectionBeforeOperationHook = ({ args, operation }) => {
    if (operation === 'read' || operation === 'count' || operation === 'update' || operation === 'delete' || operation === 'readDistinct') {
      const operator = geoOperatorIn((args as { where?: unknown }).where)
      if (operator) throw new APIError(GEO_OPERATOR_REFUSED(operator), 400, { operator }, true)
    }
    return args
  }
  const hooks = collection.hooks ?? {}
  return { ...collection, hooks: { ...hooks, beforeOperation: [hook, ...(hooks.beforeOperation ?? [])] } }
}
