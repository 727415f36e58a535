import { afterEach, describe, expect, test } from 'vitest'
import { SESSION_SECONDS, sessionCookie } from '../../../../site/lib/security/sessionCookie.ts'

const saved = process.env.SITE_PUBLIC_URL
afterEach(() => {
  if (saved === undefined) delete process.env.SITE_PUBLIC_URL
  else process.env.SITE_PUBLIC_URL = saved
})

describe('the session cookie', () => {
  test('over plain http on a laptop: HttpOnly, SameSite=Lax, Path=/, not Secure', () => {
    delete process.env.SITE_PUBLIC_URL
    expect(sessionCookie(new URL('http://127.0.0.1:4321/natverket/logga-in'))).toEqual({
      name: 'portal_session',
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: false },
    })
  })

  test('in production over HTTPS: Secure, with the __Host- prefix', () => {
    process.env.SITE_PUBLIC_URL = 'https://coworking.regionjh.se'
    // Behind a proxy the request itself may arrive over http; SITE_PUBLIC_URL decides.
    expect(sessionCookie(new URL('http://10.0.0.5:4321/natverket/logga-in'))).toEqual({
      name: '__Host-portal_session',
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: true },
    })
  })

  test('lives as long as Payload’s token: eight hours', () => {
    expect(SESSION_SECONDS).toBe(8 * 3600)
  })
})
