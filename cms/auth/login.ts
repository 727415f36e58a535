/**
 * One login attempt, throttled the same way wherever it is made: the CMS's REST endpoint (the
 * admin panel and API clients) and the site's login form. The attempt counts against the
 * client's address and the account (`LOGIN_RULES`) before the password is checked, and a
 * success takes it back. An unknown address takes as long as a wrong password, and both give
 * the caller the same 'failed'.
 */
import type { Payload } from 'payload'
import { loginSkipsPasswordCheck, spendPasswordCheckTime } from '../network/account.ts'
import { rateLimitAddress } from '../domain/http/clientAddress.ts'
import { attemptSucceeded, takeAttempt, type ThrottleCheck } from './throttle.ts'
import { LOGIN_RULES, throttleKey } from './throttleRules.ts'

export interface LoginClient {
  /** The e-mail address tried. */
  email: string
  /** The client's IP address (the socket's peer, or as trusted proxies say). */
  address: string
}

export type LoginAttempt<T> = { outcome: 'throttled'; retryAfterSeconds: number } | { outcome: 'failed' } | { outcome: 'passed'; value: T }

export const loginChecks = (secret: string, who: LoginClient): ThrottleCheck[] => [
  { key: throttleKey(secret, 'login', 'address', rateLimitAddress(who.address)), rule: LOGIN_RULES.address },
  { key: throttleKey(secret, 'login', 'account', who.email), rule: LOGIN_RULES.account },
]

/**
 * Runs `logIn` (which checks the password and answers null when it is wrong) if the throttle
 * allows an attempt now. Payload answers an unknown address without checking a password, so
 * that case is found first and spends the same time on nothing instead.
 */
export async function throttledLogin<T>(payload: Payload, who: LoginClient, password: string, logIn: () => Promise<T | null>): Promise<LoginAttempt<T>> {
  const ticket = await takeAttempt(payload, loginChecks(payload.secret, who))
  if (!ticket.allowed) return { outcome: 'throttled', retryAfterSeconds: ticket.retryAfterSeconds }
  let value: T | null = null
  if (await loginSkipsPasswordCheck(payload, who.email)) await spendPasswordCheckTime(password)
  else value = await logIn()
  if (value === null) return { outcome: 'failed' }
  await attemptSucceeded(payload, ticket)
  return { outcome: 'passed', value }
}
