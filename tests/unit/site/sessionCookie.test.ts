import { afterEach, describe, expect, test, vi } from 'vitest'
import { SESSION_SECONDS, sessionCookie } from '../../../site/features/account/sessionCookie.ts'

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('sessionCookie', () => {
  test('over http on a laptop: HttpOnly, SameSite=Lax, Path=/, not Secure', () => {
    vi.stubEnv('SITE_PUBLIC_URL', '')
    expect(sessionCookie(new URL('http://localhost:4321/natverket/logga-in'))).toEqual({
      name: 'portal_session',
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: false },
    })
  })

  test('a request over https gets a Secure __Host- cookie', () => {
    vi.stubEnv('SITE_PUBLIC_URL', '')
    expect(sessionCookie(new URL('https://coworking.example.se/natverket/logga-in'))).toEqual({
      name: '__Host-portal_session',
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: true },
    })
  })

  test('behind a proxy that speaks http to the site, an https SITE_PUBLIC_URL decides', () => {
    vi.stubEnv('SITE_PUBLIC_URL', 'https://coworking.example.se')
    expect(sessionCookie(new URL('http://127.0.0.1:4321/en/network/login'))).toMatchObject({ name: '__Host-portal_session', options: { secure: true } })
  })

  test('lives as long as Payload’s token (8 hours)', () => {
    expect(SESSION_SECONDS).toBe(8 * 60 * 60)
  })
})
