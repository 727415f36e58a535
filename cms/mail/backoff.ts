/**
 * When to try a message again after `attempts` failed deliveries: 30 s, 1 min, 2 min, …
 * doubling up to 1 hour, for up to three days of trying. Pure, so it is unit tested.
 */
export const FIRST_RETRY_MS = 30_000
export const MAX_RETRY_MS = 60 * 60_000
export const MAX_ATTEMPTS = 80

export function retryDelayMs(attempts: number): number {
  const n = Math.max(1, Math.trunc(attempts))
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(n - 1, 20))
}

export function nextAttempt(attempts: number, now: Date): Date | null {
  return attempts >= MAX_ATTEMPTS ? null : new Date(now.getTime() + retryDelayMs(attempts))
}

/** A message left `sending` this long (a crash mid-send) is tried again. */
export const STALE_SENDING_MS = 10 * 60_000
