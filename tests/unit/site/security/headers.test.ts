import { describe, expect, it } from 'vitest'
import { applySecurityHeaders, contentSecurityPolicy, isHttpsDeployment, securityHeaders } from '../../../../site/lib/security/headers.ts'

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/)
      return [name, values] as [string, string[]]
    }),
  )
}

describe('contentSecurityPolicy', () => {
  const csp = directives(contentSecurityPolicy({ https: false }))

  it('allows scripts and styles only from the site itself, never inline', () => {
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(csp.get('style-src')).toEqual(["'self'"])
    expect(contentSecurityPolicy({ https: true })).not.toContain('unsafe')
    expect(contentSecurityPolicy({ https: false })).not.toContain('unsafe')
  })

  it('locks down the rest: own origin by default, data: images, no plugins, no base tag, own forms, no framing', () => {
    expect(csp.get('default-src')).toEqual(["'self'"])
    expect(csp.get('img-src')).toEqual(["'self'", 'data:'])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'self'"])
    expect(csp.get('form-action')).toEqual(["'self'"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
  })

  it('upgrades insecure requests only on an HTTPS deployment', () => {
    expect(csp.has('upgrade-insecure-requests')).toBe(false)
    expect(directives(contentSecurityPolicy({ https: true })).has('upgrade-insecure-requests')).toBe(true)
  })

  it('relaxes only inline styles and the reload socket for astro dev', () => {
    const dev = directives(contentSecurityPolicy({ https: false, dev: true }))
    expect(dev.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws:', 'wss:'])
    expect(dev.get('script-src')).toEqual(["'self'"])
    expect(contentSecurityPolicy({ https: false, dev: false })).toBe(contentSecurityPolicy({ https: false }))
  })

  it('has no directive twice and no empty directive', () => {
    const names = contentSecurityPolicy({ https: true }).split(';').map((d) => d.trim().split(' ')[0])
    expect(new Set(names).size).toBe(names.length)
    expect(names.every(Boolean)).toBe(true)
  })
})

describe('securityHeaders', () => {
  it('always sends CSP, nosniff, a referrer policy, a permissions policy and X-Frame-Options', () => {
    const h = securityHeaders({ https: false })
    expect(h['Content-Security-Policy']).toBe(contentSecurityPolicy({ https: false }))
    expect(h['X-Content-Type-Options']).toBe('nosniff')
    expect(h['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
    expect(h['Permissions-Policy']).toMatch(/^([a-z-]+=\((self)?\)(, )?)+$/)
    expect(h['Permissions-Policy']).toContain('camera=()')
    // The directory's "near me" asks for the position from the site itself, never from a frame.
    expect(h['Permissions-Policy']).toContain('geolocation=(self)')
    expect(h['X-Frame-Options']).toBe('DENY')
  })

  it('sends Strict-Transport-Security (a year, no subdomains) only over HTTPS', () => {
    expect(securityHeaders({ https: false })['Strict-Transport-Security']).toBeUndefined()
    expect(securityHeaders({ https: true })['Strict-Transport-Security']).toBe('max-age=31536000')
  })

  it('applySecurityHeaders sets every header and replaces a conflicting value', () => {
    const headers = new Headers({ 'content-type': 'text/calendar', 'x-frame-options': 'SAMEORIGIN' })
    applySecurityHeaders(headers, { https: true })
    for (const [name, value] of Object.entries(securityHeaders({ https: true }))) expect(headers.get(name)).toBe(value)
    expect(headers.get('content-type')).toBe('text/calendar')
  })
})

describe('isHttpsDeployment', () => {
  it('is true only when SITE_PUBLIC_URL is an https: URL', () => {
    expect(isHttpsDeployment({ SITE_PUBLIC_URL: 'https://coworking.example.se' })).toBe(true)
    expect(isHttpsDeployment({ SITE_PUBLIC_URL: ' HTTPS://coworking.example.se/ ' })).toBe(true)
    expect(isHttpsDeployment({ SITE_PUBLIC_URL: 'http://coworking.example.se' })).toBe(false)
    expect(isHttpsDeployment({ SITE_PUBLIC_URL: '' })).toBe(false)
    expect(isHttpsDeployment({ SITE_PUBLIC_URL: 'not a url' })).toBe(false)
    expect(isHttpsDeployment({ NODE_ENV: 'production' })).toBe(false)
  })
})
