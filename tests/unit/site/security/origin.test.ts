import { describe, expect, it } from 'vitest'
import { allowedOrigins, checkRequestOrigin, normaliseOrigin } from '../../../../site/lib/security/origin.ts'

const own = ['http://127.0.0.1:4321', 'https://coworking.example.se']
const post = (origin: string | null, secFetchSite: string | null = null) =>
  checkRequestOrigin({ method: 'POST', origin, secFetchSite, allowedOrigins: own })

describe('checkRequestOrigin', () => {
  it('lets safe methods through whatever they carry', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'get'])
      expect(checkRequestOrigin({ method, origin: 'https://evil.example', secFetchSite: 'cross-site', allowedOrigins: own }).ok).toBe(true)
  })

  it('accepts a POST from the site’s own origin or its public origin', () => {
    expect(post('http://127.0.0.1:4321', 'same-origin').ok).toBe(true)
    expect(post('https://coworking.example.se').ok).toBe(true)
    expect(post('https://COWORKING.example.se:443').ok).toBe(true)
  })

  it('refuses a POST from another origin, a look-alike, another port or scheme, or the opaque null origin', () => {
    for (const origin of ['https://evil.example', 'https://coworking.example.se.evil.example', 'http://127.0.0.1:4322', 'http://coworking.example.se', 'null', '', 'javascript:alert(1)'])
      expect(post(origin), origin).toEqual({ ok: false, reason: 'foreign-origin' })
  })

  it('refuses a POST that the browser marks as not same-origin, even with a matching Origin', () => {
    for (const site of ['cross-site', 'same-site', 'none'])
      expect(post('http://127.0.0.1:4321', site)).toEqual({ ok: false, reason: 'cross-site-fetch' })
    expect(checkRequestOrigin({ method: 'DELETE', origin: null, secFetchSite: 'cross-site', allowedOrigins: own }).ok).toBe(false)
  })

  it('lets a POST with neither header through (not a browser; the CSRF token decides)', () => {
    expect(post(null, null).ok).toBe(true)
  })
})

describe('normaliseOrigin and allowedOrigins', () => {
  it('reduces a URL to its origin and rejects what is not http(s)', () => {
    expect(normaliseOrigin('https://Example.se:443/path?q')).toBe('https://example.se')
    expect(normaliseOrigin('ftp://example.se')).toBeNull()
    expect(normaliseOrigin('null')).toBeNull()
  })

  it('adds SITE_PUBLIC_URL’s origin to the request’s own', () => {
    expect(allowedOrigins(new URL('http://127.0.0.1:4321/natverket/anslut'), 'https://coworking.example.se/')).toEqual(own)
    expect(allowedOrigins(new URL('http://127.0.0.1:4321/x'), undefined)).toEqual(['http://127.0.0.1:4321'])
    expect(allowedOrigins(new URL('https://coworking.example.se/x'), 'https://coworking.example.se')).toEqual(['https://coworking.example.se'])
  })
})
