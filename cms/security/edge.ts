/**
 * What the CMS server refuses before Next or Payload see a request. Pure: the server
 * (scripts/cms-server.ts) feeds it the method, path and headers and writes the refusal.
 */
import { checkCookieWrite, type WritePolicy } from '../domain/http/origin.ts'
import { edgeMessages } from './messages.ts'

/** The methods the admin panel and the REST and GraphQL API use; anything else is 405. */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const
export const ALLOW_HEADER = ALLOWED_METHODS.join(', ')

const MiB = 1024 * 1024
/** JSON, form state and GraphQL: a long rich-text document is a few hundred KiB. Next's own limit for server actions is 1 MB too. */
export const BODY_LIMIT = 1 * MiB
/** A file to an upload collection: a phone photo or a PDF, with the multipart wrapping. */
export const UPLOAD_LIMIT = 10 * MiB
/**
 * The upload collections (`upload` set in their config); their REST create and update
 * take the file in the body. An int test checks this against the Payload config.
 */
export const UPLOAD_COLLECTIONS: readonly string[] = ['media']

/** The largest body the CMS reads for `method` on `pathname`. */
export function bodyLimit(method: string, pathname: string): number {
  const m = method.toUpperCase()
  if (m === 'POST' || m === 'PATCH' || m === 'PUT') {
    const [, api, slug] = pathname.split('/')
    if (api === 'api' && slug && UPLOAD_COLLECTIONS.includes(slug)) return UPLOAD_LIMIT
  }
  return BODY_LIMIT
}

export interface EdgeRequest {
  method: string
  /** The request target's path, without the query. */
  pathname: string
  headers: Record<string, string | string[] | undefined>
}

export interface Refusal {
  status: 403 | 405 | 411 | 413
  message: string
  headers: Record<string, string>
  /**
   * The refusal is about the body (411, 413): the server reads and drops it before answering,
   * for a moment at most, then answers and closes the connection (scripts/cms-server.ts).
   */
  close: boolean
}

const single = (value: string | string[] | undefined): string | null => (value === undefined ? null : Array.isArray(value) ? value.join(', ') : value)

/**
 * Null when the request may go on to Next, else the refusal: 405 for a method the CMS does
 * not serve, 411 for a body of unstated length (every browser states it, and only then can
 * the limit be applied before reading), 413 for a body over its limit, 403 for a write with
 * the session cookie from another origin.
 */
export function judgeRequest(request: EdgeRequest, policy: WritePolicy): Refusal | null {
  const method = request.method.toUpperCase()
  if (!(ALLOWED_METHODS as readonly string[]).includes(method)) {
    return { status: 405, message: edgeMessages.method, headers: { Allow: ALLOW_HEADER }, close: false }
  }
  const length = single(request.headers['content-length'])
  const chunked = single(request.headers['transfer-encoding']) !== null
  if (chunked) return { status: 411, message: edgeMessages.lengthRequired, headers: {}, close: true }
  if (length !== null && Number(length) > bodyLimit(method, request.pathname)) {
    return { status: 413, message: edgeMessages.tooLarge(bodyLimit(method, request.pathname)), headers: {}, close: true }
  }
  const verdict = checkCookieWrite(
    { method, cookie: single(request.headers.cookie), origin: single(request.headers.origin), secFetchSite: single(request.headers['sec-fetch-site']) },
    policy,
  )
  if (!verdict.ok) return { status: 403, message: edgeMessages.foreignOrigin, headers: {}, close: false }
  return null
}

/** The refusal's body, in Payload's error shape so the panel and API clients read it as they read Payload's own. */
export const refusalBody = (refusal: Refusal): string => JSON.stringify({ errors: [{ message: refusal.message }] })
