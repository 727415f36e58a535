/**
 * What a GraphQL request may ask of the CMS, judged on the parsed query alone, before Payload
 * sees it. Pure (unit tested).
 *
 * Why here and not in Payload's `graphQL.maxComplexity`: that rule counts one per field (ten per
 * relationship) whatever `limit` says, so `Hubs(limit: 100)` costs as much as `Hubs(limit: 1)`,
 * and, like `graphQL.validationRules`, it runs inside graphql-http only after the whole
 * document was parsed and validated by every standard rule, some of which grow with the square
 * of the number of fields. A refusal must be cheap, so the limits below run on a parse that
 * stops at `maxTokens`, walking fragments as they are spread (aliases and fields inside a
 * fragment count every time it is used):
 * - aliases, fields and depth are capped;
 * - every `limit` must be 1..maxListLimit (0 means "everything" to Payload) and `pagination`
 *   may not be false;
 * - the cost is one per field, and everything under a list's `docs` counts once per document
 *   its `limit` allows (Payload's default, 10, when none is given);
 * - the mutations that check or reset passwords are refused: one request could otherwise try
 *   many passwords (one alias each) or mail anyone, past the REST endpoints' throttling.
 */
import { GraphQLError, Kind, parse, type ArgumentNode, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql'

export const GRAPHQL_LIMITS = {
  maxBodyBytes: 64 * 1024,
  maxTokens: 5_000,
  maxAliases: 10,
  maxFields: 500,
  maxDepth: 10,
  maxListLimit: 100,
  maxCost: 5_000,
  /** Payload's page size when a list query names no limit. */
  defaultListLimit: 10,
}

export type GraphqlLimits = typeof GRAPHQL_LIMITS

/** Payload's auth mutations for the `users` collection; REST has throttled versions of each. */
export const AUTH_MUTATIONS = ['loginUser', 'forgotPasswordUser', 'resetPasswordUser', 'unlockUser', 'verifyEmailUser'] as const

export type QueryProblem =
  | { problem: 'no-query' }
  | { problem: 'syntax'; message: string }
  | { problem: 'tokens'; max: number }
  | { problem: 'aliases'; max: number }
  | { problem: 'fields'; max: number }
  | { problem: 'depth'; max: number }
  | { problem: 'limit'; field: string; max: number }
  | { problem: 'cost'; cost: number; max: number }
  | { problem: 'auth-mutation'; field: string }

export type QueryCheck = { ok: true; cost: number } | ({ ok: false } & QueryProblem)

class Refusal extends Error {
  constructor(readonly reason: QueryProblem) {
    super(reason.problem)
  }
}

/** The value of an argument, with variables filled in from the request (or their defaults). */
function argumentValue(node: ValueNode, variables: Record<string, unknown>, defaults: Map<string, ValueNode>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE: {
      const name = node.name.value
      if (name in variables) return variables[name]
      const fallback = defaults.get(name)
      return fallback ? argumentValue(fallback, variables, defaults) : undefined
    }
    case Kind.INT:
      return Number(node.value)
    case Kind.FLOAT:
      return Number(node.value)
    case Kind.BOOLEAN:
      return node.value
    case Kind.NULL:
      return null
    case Kind.STRING:
    case Kind.ENUM:
      return node.value
    default:
      return NaN
  }
}

/** Checks one request's query (and variables) against the limits. */
export function checkQuery(query: unknown, variables: unknown = {}, limits: GraphqlLimits = GRAPHQL_LIMITS): QueryCheck {
  if (typeof query !== 'string' || !query.trim()) return { ok: false, problem: 'no-query' }
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: limits.maxTokens, noLocation: true })
  } catch (error) {
    const message = error instanceof GraphQLError ? error.message : String(error)
    // graphql 16 writes "more that N tokens"
    if (/more (?:than|that) \d+ tokens/.test(message)) return { ok: false, problem: 'tokens', max: limits.maxTokens }
    return { ok: false, problem: 'syntax', message }
  }
  const vars = variables && typeof variables === 'object' && !Array.isArray(variables) ? (variables as Record<string, unknown>) : {}
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)

  let aliases = 0
  let fields = 0
  let defaults = new Map<string, ValueNode>()

  const pageSize = (field: string, args: readonly ArgumentNode[] | undefined): number => {
    let size = limits.defaultListLimit
    for (const arg of args ?? []) {
      const value = argumentValue(arg.value, vars, defaults)
      if (arg.name.value === 'limit' && value !== undefined && value !== null) {
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > limits.maxListLimit) throw new Refusal({ problem: 'limit', field, max: limits.maxListLimit })
        size = value
      }
      if (arg.name.value === 'pagination' && value === false) throw new Refusal({ problem: 'limit', field, max: limits.maxListLimit })
    }
    return size
  }

  /** The cost of a selection set; `documents` is how many documents the enclosing list's `docs` holds. */
  const cost = (set: SelectionSetNode | undefined, depth: number, documents: number, spreading: ReadonlySet<string>): number => {
    if (!set) return 0
    let total = 0
    for (const selection of set.selections) {
      if (++fields > limits.maxFields) throw new Refusal({ problem: 'fields', max: limits.maxFields })
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases++
        if (aliases > limits.maxAliases) throw new Refusal({ problem: 'aliases', max: limits.maxAliases })
        if (depth + 1 > limits.maxDepth) throw new Refusal({ problem: 'depth', max: limits.maxDepth })
        const name = selection.name.value
        const below = cost(selection.selectionSet, depth + 1, pageSize(name, selection.arguments), spreading)
        total += 1 + (name === 'docs' ? documents : 1) * below
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += cost(selection.selectionSet, depth, documents, spreading)
      } else {
        const name = selection.name.value
        const fragment = fragments.get(name)
        // A cycle or an unknown fragment: graphql's own validation refuses it; nothing to count here.
        if (!fragment || spreading.has(name)) continue
        total += cost(fragment.selectionSet, depth, documents, new Set([...spreading, name]))
      }
      if (total > limits.maxCost) throw new Refusal({ problem: 'cost', cost: total, max: limits.maxCost })
    }
    return total
  }

  /** The top-level fields of an operation, through fragments. */
  const rootFields = (set: SelectionSetNode, spreading: ReadonlySet<string>): string[] =>
    set.selections.flatMap((selection) => {
      if (selection.kind === Kind.FIELD) return [selection.name.value]
      if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, spreading)
      const fragment = fragments.get(selection.name.value)
      return fragment && !spreading.has(selection.name.value) ? rootFields(fragment.selectionSet, new Set([...spreading, selection.name.value])) : []
    })

  let total = 0
  try {
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue
      if (definition.operation === 'mutation') {
        const refused = rootFields(definition.selectionSet, new Set()).find((name) => (AUTH_MUTATIONS as readonly string[]).includes(name))
        if (refused) return { ok: false, problem: 'auth-mutation', field: refused }
      }
      defaults = new Map((definition.variableDefinitions ?? []).flatMap((v) => (v.defaultValue ? [[v.variable.name.value, v.defaultValue] as const] : [])))
      total += cost(definition.selectionSet, 0, limits.defaultListLimit, new Set())
      if (total > limits.maxCost) return { ok: false, problem: 'cost', cost: total, max: limits.maxCost }
    }
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, ...error.reason }
    throw error
  }
  return { ok: true, cost: total }
}
