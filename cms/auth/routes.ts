/**
 * What the CMS's route handlers put in front of Payload's own (`cms/app/(payload)/api/…`):
 * - REST `POST /api/users/login`: one message for every failure, an unknown address as slow
 *   as a wrong password, and throttling per client address and per account (`login.ts`);
 * - REST `POST /api/users/forgot-password`: the portal's rate-limited reset flow
 *   (`passwordReset.ts`), with the same answer whether or not the address has an account;
 * - GraphQL: the anonymous are refused before the body is read, bodies are capped, and a
 *   logged-in user's query must keep within `graphqlLimits.ts` before Payload runs it.
 * The admin panel and the site do not use GraphQL (the site reads through the Local API).
 */
import { getPayload, type Payload, type SanitizedConfig } from 'payload'
import { authEndpoint } from './authEndpoint.ts'
import { checkQuery, GRAPHQL_LIMITS, type QueryProblem } from './graphqlLimits.ts'
import { throttledLogin } from './login.ts'
import { authText, errorResponse, requestLocale, type AuthText } from './messages.ts'
import { requestPasswordResetFromPanel, resetChecks } from './passwordReset.ts'
import { requestClientAddress } from './requestAddress.ts'
import { credentialsIn, readBody, withBody } from './requestBody.ts'
import { takeAttempt } from './throttle.ts'

type Config = SanitizedConfig | Promise<SanitizedConfig>
type RouteContext = { params: Promise<{ slug?: string[] }> }
type Handler = (request: Request, context: RouteContext) => Promise<Response>

/** Login and forgot-password bodies are a few hundred bytes. */
const AUTH_BODY_MAX = 16 * 1024

const tooManyAttempts = (t: AuthText, seconds: number) => errorResponse(429, t.tooManyAttempts(seconds), { 'retry-after': String(seconds) })

async function login(payload: Payload, request: Request, context: RouteContext, rest: Handler, t: AuthText): Promise<Response> {
  const body = await readBody(request, AUTH_BODY_MAX)
  if (body === 'too-large') return errorResponse(413, t.bodyTooLarge(AUTH_BODY_MAX / 1024))
  const { email, password } = await credentialsIn(request.headers.get('content-type'), body)
  if (!email || !password) return errorResponse(400, t.loginMissing)
  const attempt = await throttledLogin(payload, { email, address: requestClientAddress(request) }, password, async () => {
    const answer = await rest(withBody(request, body), context)
    return answer.status === 200 ? answer : null
  })
  if (attempt.outcome === 'throttled') return tooManyAttempts(t, attempt.retryAfterSeconds)
  // Whatever Payload said (wrong password, and once "locked"), one status and one message.
  if (attempt.outcome === 'failed') return errorResponse(401, t.loginFailed)
  return attempt.value
}

async function forgotPassword(payload: Payload, request: Request, t: AuthText, locale: 'sv' | 'en'): Promise<Response> {
  const body = await readBody(request, AUTH_BODY_MAX)
  if (body === 'too-large') return errorResponse(413, t.bodyTooLarge(AUTH_BODY_MAX / 1024))
  const { email } = await credentialsIn(request.headers.get('content-type'), body)
  if (!email || email.length > 254) return errorResponse(400, t.resetMissing)
  const ticket = await takeAttempt(payload, resetChecks(payload.secret, { email, address: requestClientAddress(request) }))
  if (!ticket.allowed) return tooManyAttempts(t, ticket.retryAfterSeconds)
  // Not awaited: how long finding the account and queueing the mail takes would tell whether
  // the address has one. The same answer either way.
  void requestPasswordResetFromPanel(payload, email, locale).catch((error: unknown) => payload.logger.error({ err: error, msg: '[password reset] from the admin panel' }))
  return Response.json({ message: t.resetRequested }, { headers: { 'cache-control': 'no-store' } })
}

/** Payload's REST POST with the login and forgot-password endpoints guarded. */
export function guardRestPost(config: Config, rest: Handler): Handler {
  return async (request, context) => {
    const endpoint = authEndpoint((await context.params).slug)
    if (!endpoint) return rest(request, context)
    const payload = await getPayload({ config })
    const locale = requestLocale(request.headers)
    const t = authText[locale]
    return endpoint === 'login' ? login(payload, request, context, rest, t) : forgotPassword(payload, request, t, locale)
  }
}

const queryMessage = (t: AuthText, problem: QueryProblem): string => {
  switch (problem.problem) {
    case 'no-query':
      return t.graphqlNoQuery
    case 'syntax':
      return problem.message
    case 'tokens':
      return t.graphqlTooManyTokens(problem.max)
    case 'aliases':
      return t.graphqlTooManyAliases(problem.max)
    case 'fields':
      return t.graphqlTooManyFields(problem.max)
    case 'depth':
      return t.graphqlTooDeep(problem.max)
    case 'limit':
      return t.graphqlLimit(problem.field, problem.max)
    case 'cost':
      return t.graphqlTooCostly(problem.cost, problem.max)
    case 'auth-mutation':
      return t.graphqlAuthMutation(problem.field)
  }
}

/** A request that may carry a session: Payload's cookie or an Authorization header. */
const carriesCredentials = (request: Request): boolean =>
  request.headers.has('authorization') || /(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')

/** Payload's GraphQL POST for logged-in users, with bounded queries. */
export function guardGraphqlPost(config: Config, graphql: (request: Request) => Promise<Response>): (request: Request) => Promise<Response> {
  return async (request) => {
    const t = authText[requestLocale(request.headers)]
    // Decided from the headers alone: an anonymous body is never read.
    if (!carriesCredentials(request)) return errorResponse(401, t.graphqlLoginRequired)
    const payload = await getPayload({ config })
    const { user } = await payload.auth({ headers: request.headers }).catch(() => ({ user: null }))
    if (!user) return errorResponse(401, t.graphqlLoginRequired)
    const body = await readBody(request, GRAPHQL_LIMITS.maxBodyBytes)
    if (body === 'too-large') return errorResponse(413, t.bodyTooLarge(GRAPHQL_LIMITS.maxBodyBytes / 1024))
    let json: { query?: unknown; variables?: unknown }
    try {
      json = JSON.parse(new TextDecoder().decode(body)) as typeof json
    } catch {
      return errorResponse(400, t.unreadable)
    }
    const check = checkQuery(json?.query, json?.variables ?? {})
    if (!check.ok) return errorResponse(400, queryMessage(t, check))
    return graphql(withBody(request, body))
  }
}
