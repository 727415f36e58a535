import { describe, expect, it } from 'vitest'
import { checkCookieWrite, cmsAllowedOrigins, cmsOriginSettings, cmsServerUrl, hasSessionCookie, type WriteRequest } from '../../../../cms/domain/http/origin.ts'

const local = { host: '127.0.0.1', port: 3000, sitePort: 4321, dev: false }

describe('cmsAllowedOrigins', () => {
  it('without CMS_PUBLIC_URL: the loopback names on the CMS port', () => {
    expect(cmsAllowedOrigins(local)).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000', 'http://[::1]:3000'])
  })

  it('a wildcard HOST is reached through the loopback names too', () => {
    expect(cmsAllowedOrigins({ ...local, host: '0.0.0.0' })).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000', 'http://[::1]:3000'])
    expect(cmsAllowedOrigins({ ...local, host: '::' })).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000', 'http://[::1]:3000'])
  })

  it('a named HOST adds its own origin', () => {
    expect(cmsAllowedOrigins({ ...local, host: '192.168.1.20' })[0]).toBe('http://192.168.1.20:3000')
    expect(cmsAllowedOrigins({ ...local, host: 'fd00::1' })[0]).toBe('http://[fd00::1]:3000')
  })

  it('with CMS_PUBLIC_URL: that origin only, normalised, and SITE_PUBLIC_URL’s', () => {
    expect(cmsAllowedOrigins({ ...local, cmsPublicUrl: 'https://CMS.Example.org:443/admin/', sitePublicUrl: 'https://www.example.org/' })).toEqual([
      'https://cms.example.org',
      'https://www.example.org',
    ])
  })

  it('development adds the loopback names on the site’s port', () => {
    expect(cmsAllowedOrigins({ ...local, dev: true })).toContain('http://localhost:4321')
    expect(cmsAllowedOrigins(local)).not.toContain('http://localhost:4321')
  })

  it('a port 80 origin is written the way browsers send it, without the port', () => {
    expect(cmsAllowedOrigins({ ...local, port: 80 })).toContain('http://localhost')
  })

  it('ignores an unusable URL', () => {
    expect(cmsAllowedOrigins({ ...local, sitePublicUrl: 'not a url' })).toEqual(cmsAllowedOrigins(local))
  })
})

describe('cmsOriginSettings and cmsServerUrl', () => {
  it('read the launcher’s environment', () => {
    expect(cmsOriginSettings({ HOST: '0.0.0.0', CMS_PORT: '3100', SITE_PORT: '4400', NODE_ENV: 'development', CMS_PUBLIC_URL: ' ' })).toEqual({
      cmsPublicUrl: undefined,
      sitePublicUrl: undefined,
      host: '0.0.0.0',
      port: 3100,
      sitePort: 4400,
      dev: true,
    })
    expect(cmsOriginSettings({}).dev).toBe(false)
  })

  it('serverURL is CMS_PUBLIC_URL’s origin, or undefined', () => {
    expect(cmsServerUrl({ CMS_PUBLIC_URL: 'https://cms.example.org/' })).toBe('https://cms.example.org')
    expect(cmsServerUrl({ CMS_PUBLIC_URL: '' })).toBeUndefined()
    expect(cmsServerUrl({ CMS_PUBLIC_URL: 'ftp://x' })).toBeUndefined()
    expect(cmsServerUrl({})).toBeUndefined()
  })
})

describe('hasSessionCookie', () => {
  it.each([
    ['payload-token=abc', true],
    ['a=1; payload-token=abc; b=2', true],
    ['payload-token=', false],
    ['my-payload-token=abc', false],
    ['payload-lng=sv', false],
    ['', false],
  ])('%s → %s', (cookie, expected) => {
    expect(hasSessionCookie(cookie)).toBe(expected)
  })
  it('null', () => expect(hasSessionCookie(null)).toBe(false))
})

describe('checkCookieWrite', () => {
  const allowed = cmsAllowedOrigins(local)
  const write = (over: Partial<WriteRequest>): WriteRequest => ({ method: 'POST', cookie: 'payload-token=abc', origin: null, secFetchSite: null, ...over })
  const prod = { allowed, dev: false }
  const dev = { allowed, dev: true }

  it('safe methods pass whatever their origin', () => {
    for (const method of ['GET', 'head', 'OPTIONS']) expect(checkCookieWrite(write({ method, origin: 'https://evil.example' }), prod).ok).toBe(true)
  })

  it('requests without the session cookie pass (anonymous, or Authorization: JWT)', () => {
    expect(checkCookieWrite(write({ cookie: null, origin: 'https://evil.example' }), prod).ok).toBe(true)
    expect(checkCookieWrite(write({ cookie: 'payload-lng=sv', origin: 'https://evil.example' }), prod).ok).toBe(true)
  })

  it('the CMS’s own origin passes, in any loopback spelling on its port', () => {
    for (const origin of ['http://127.0.0.1:3000', 'http://localhost:3000', 'http://LOCALHOST:3000', 'http://[::1]:3000']) {
      expect(checkCookieWrite(write({ origin }), prod), origin).toEqual({ ok: true })
    }
  })

  it.each(['http://127.0.0.1:4321', 'http://localhost:8080', 'https://127.0.0.1:3000', 'https://evil.example', 'null', 'garbage'])('refuses Origin %s in production', (origin) => {
    expect(checkCookieWrite(write({ origin }), prod)).toEqual({ ok: false, reason: 'foreign-origin' })
  })

  it('in development, loopback origins on other ports pass, other hosts still do not', () => {
    expect(checkCookieWrite(write({ origin: 'http://localhost:5173' }), dev).ok).toBe(true)
    expect(checkCookieWrite(write({ origin: 'http://127.0.0.1:4321' }), dev).ok).toBe(true)
    expect(checkCookieWrite(write({ origin: 'http://192.168.1.5:3000' }), dev).ok).toBe(false)
    expect(checkCookieWrite(write({ origin: 'null' }), dev).ok).toBe(false)
  })

  it('Origin wins over Sec-Fetch-Site', () => {
    expect(checkCookieWrite(write({ origin: 'https://evil.example', secFetchSite: 'same-origin' }), prod).ok).toBe(false)
    expect(checkCookieWrite(write({ origin: 'http://localhost:3000', secFetchSite: 'cross-site' }), prod).ok).toBe(true)
  })

  it('without Origin, Sec-Fetch-Site must be same-origin (same-site is a sibling subdomain)', () => {
    expect(checkCookieWrite(write({ secFetchSite: 'same-origin' }), prod).ok).toBe(true)
    for (const secFetchSite of ['same-site', 'cross-site', 'none']) {
      expect(checkCookieWrite(write({ secFetchSite }), prod)).toEqual({ ok: false, reason: 'cross-site-fetch' })
    }
  })

  it('with neither header the caller is not a browser and passes', () => {
    expect(checkCookieWrite(write({}), prod).ok).toBe(true)
  })

  it('with CMS_PUBLIC_URL set, the local address no longer counts as the CMS’s own', () => {
    const policy = { allowed: cmsAllowedOrigins({ ...local, cmsPublicUrl: 'https://cms.example.org' }), dev: false }
    expect(checkCookieWrite(write({ origin: 'https://cms.example.org' }), policy).ok).toBe(true)
    expect(checkCookieWrite(write({ origin: 'http://localhost:3000' }), policy).ok).toBe(false)
    expect(checkCookieWrite(write({ origin: 'https://www.cms.example.org' }), policy).ok).toBe(false)
  })
})
