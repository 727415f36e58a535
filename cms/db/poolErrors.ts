import type { Payload } from 'payload'

/**
 * An idle pooled connection that the server closes (a restart, or the embedded database
 * stopping before this process does) makes the pool emit 'error'; without a listener Node
 * ends the process. Log it instead: the pool replaces the connection on next use.
 */
export function keepPoolErrorsFromCrashing(payload: Payload): void {
  const pool = (payload.db as unknown as { pool?: { on(event: 'error', listener: (err: Error) => void): void } }).pool
  pool?.on('error', (err) => payload.logger.warn(`Database connection lost while idle: ${err.message}`))
}
