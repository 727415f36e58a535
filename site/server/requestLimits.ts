/**
 * How much and how long the site server lets a client send. Node's own defaults wait 60 s for
 * headers and 300 s for a whole request, so a client sending a byte every few seconds holds a
 * connection for minutes; and a body is the site's to cap before Astro reads it.
 * Pure Node, no Astro (tests/unit/requestLimits.test.ts).
 */
import type { IncomingHttpHeaders } from 'node:http'
import type { Readable } from 'node:stream'

/** The site takes forms, never uploads: 1 MiB, as the node adapter's `bodySizeLimit`. */
export const BODY_LIMIT_BYTES = 1024 * 1024

function milliseconds(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`${name} must be a whole number of milliseconds above 0, not "${raw}".`)
  return Number(raw)
}

/**
 * The server's timeouts: SITE_HEADERS_TIMEOUT_MS (10 s) to receive the headers,
 * SITE_REQUEST_TIMEOUT_MS (30 s) to receive the whole request; the headers' never longer
 * than the request's (Node refuses that). Node looks for overdue requests every
 * `connectionsCheckingInterval` (30 s by default, which would double a 30 s limit), so that
 * is at most a second.
 */
export function serverTimeouts(env: Record<string, string | undefined>): { headersTimeout: number; requestTimeout: number; connectionsCheckingInterval: number } {
  const requestTimeout = milliseconds(env, 'SITE_REQUEST_TIMEOUT_MS', 30_000)
  const headersTimeout = Math.min(milliseconds(env, 'SITE_HEADERS_TIMEOUT_MS', 10_000), requestTimeout)
  return { headersTimeout, requestTimeout, connectionsCheckingInterval: Math.max(250, Math.min(1_000, Math.floor(headersTimeout / 4))) }
}

/** Whether the declared Content-Length is over the limit: refused before a byte of the body is read. */
export function declaredTooLarge(headers: IncomingHttpHeaders, limit = BODY_LIMIT_BYTES): boolean {
  const declared = Number(headers['content-length'])
  return Number.isFinite(declared) && declared > limit
}

/**
 * Reads a body whole when it is at most `limit` bytes; 'too-large' as soon as it passes it
 * (a chunked body declares no length). The stream is then paused, not destroyed: for a
 * request that would close the socket before the 413 is sent.
 */
export function readCappedBody(body: Readable, limit = BODY_LIMIT_BYTES): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const stop = () => {
      body.off('data', onData)
      body.off('end', onEnd)
      body.off('error', onError)
      body.off('close', onClose)
    }
    const onError = (err: Error) => {
      stop()
      reject(err)
    }
    // Closed before the end: the client went away, or Node ended an overdue request.
    const onClose = () => onError(new Error('the request closed before its body ended'))
    const onData = (chunk: Buffer | string) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
      size += bytes.byteLength
      if (size > limit) {
        stop()
        body.pause()
        resolve('too-large')
      } else chunks.push(bytes)
    }
    const onEnd = () => {
      stop()
      resolve(Buffer.concat(chunks, size))
    }
    body.on('data', onData)
    body.once('end', onEnd)
    body.once('error', onError)
    body.once('close', onClose)
  })
}
