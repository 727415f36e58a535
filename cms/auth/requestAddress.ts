/**
 * The client address of a request to the CMS. Next's route handlers never see the socket, and
 * `next start` copies the socket's address into X-Forwarded-For only when the client did not
 * send that header itself, so the header alone is the client's word. Instead, every request
 * the process's HTTP servers receive is stamped, before Next reads it, with the address worked
 * out from the socket (and X-Forwarded-For only as far as CMS_TRUSTED_PROXIES says), through
 * Node's `http.server.request.start` diagnostics channel; `cms/instrumentation.ts` subscribes
 * when the server starts. Whatever a client sends in that header is overwritten.
 */
import { subscribe } from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'
import { pickClientAddress, proxyCount } from '../domain/http/clientAddress.ts'

export const CLIENT_ADDRESS_HEADER = 'x-coworking-client-address'

let recording = false

export function recordClientAddresses(env: Record<string, string | undefined> = process.env): void {
  if (recording) return
  recording = true
  const proxies = proxyCount(env.CMS_TRUSTED_PROXIES)
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket }
    const forwarded = request.headers['x-forwarded-for']
    request.headers[CLIENT_ADDRESS_HEADER] = pickClientAddress(socket.remoteAddress ?? 'unknown', Array.isArray(forwarded) ? forwarded.join(',') : forwarded, proxies)
  })
}

let warned = false

/** The address stamped on `request`; without the stamp (a server that skipped the instrumentation), the last X-Forwarded-For entry, with a warning. */
export function requestClientAddress(request: Request): string {
  const stamped = request.headers.get(CLIENT_ADDRESS_HEADER)
  if (stamped) return stamped
  if (!warned) {
    warned = true
    console.warn('[auth] requests carry no client address stamp (cms/instrumentation.ts did not run); counting clients by X-Forwarded-For, which a client can forge')
  }
  return request.headers.get('x-forwarded-for')?.split(',').pop()?.trim() || 'unknown'
}
