/** Refusing a request body without breaking the client: shared by the CMS's and the site's servers. Node only. */
import type { IncomingMessage, ServerResponse } from 'node:http'

/** How long a refused body may keep coming before the connection is closed. */
export const DRAIN_MS = 2_000

/**
 * Answers a refused body (413, 411) only once it has been read and dropped: a client still
 * sending when it gets an answer may close its side, and its last writes then fail (EPIPE)
 * before it has read the answer, which happened under load. A body still coming after `ms`
 * gets its answer then, and the connection is closed. `answer(close)` sends the response.
 */
export function answerAfterDraining(req: IncomingMessage, res: ServerResponse, answer: (close: boolean) => void, ms = DRAIN_MS): void {
  let answered = false
  const once = (close: boolean) => {
    if (answered) return
    answered = true
    clearTimeout(timer)
    answer(close)
    if (close) res.once('finish', () => req.socket.destroy())
  }
  const timer = setTimeout(() => once(true), ms)
  if (req.readableEnded) return once(false)
  req.once('end', () => once(false))
  req.once('error', () => once(true))
  req.resume()
}
