import { describe, expect, it } from 'vitest'
import { cmsContentSecurityPolicy, cmsSecurityHeaders, isHttpsCms } from '../../../../cms/security/headers.ts'

const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]))

describe('the CMS’s Content-Security-Policy', () => {
  it('is strict where the panel allows it', () => {
    const csp = directives(cmsContentSecurityPolicy())
    expect(csp.get('default-src')).toBe("'self'")
    expect(csp.get('object-src')).toBe("'none'")
    expect(csp.get('base-uri')).toBe("'self'")
    expect(csp.get('form-action')).toBe("'self'")
    expect(csp.get('frame-ancestors')).toBe("'none'")
    expect(csp.get('img-src')).toBe("'self' data: blob:")
    expect(csp.get('connect-src')).toBe("'self'")
    // Next's inline RSC scripts need it; no eval in production.
    expect(csp.get('script-src')).toBe("'self' 'unsafe-inline'")
  })

  it('relaxes only script eval and WebSockets in development', () => {
    const prod = directives(cmsContentSecurityPolicy())
    const dev = directives(cmsContentSecurityPolicy({ dev: true }))
    expect(dev.get('script-src')).toContain("'unsafe-eval'")
    expect(dev.get('connect-src')).toBe("'self' ws: wss:")
    for (const [name, value] of prod) if (name !== 'script-src' && name !== 'connect-src') expect(dev.get(name), name).toBe(value)
  })
})

describe('cmsSecurityHeaders', () => {
  it('forbids framing, sniffing and full referrers', () => {
    const headers = cmsSecurityHeaders()
    expect(headers['X-Frame-Options']).toBe('DENY')
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['Strict-Transport-Security']).toBeUndefined()
  })

  it('adds HSTS when the CMS is served over HTTPS', () => {
    expect(cmsSecurityHeaders({ https: true })['Strict-Transport-Security']).toBe('max-age=31536000')
    expect(isHttpsCms({ CMS_PUBLIC_URL: 'https://cms.example.org' })).toBe(true)
    expect(isHttpsCms({ CMS_PUBLIC_URL: 'http://cms.example.org' })).toBe(false)
    expect(isHttpsCms({})).toBe(false)
  })
})
