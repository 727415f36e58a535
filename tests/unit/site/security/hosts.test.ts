import { describe, expect, it } from 'vitest'
import { allowedHosts, isAllowedHost, normaliseHost } from '../../../../site/lib/security/hosts.ts'

describe('normaliseHost', () => {
  it('lowercases names and keeps ports, IPv6 in brackets', () => {
    expect(normaliseHost('LocalHost:4321')).toBe('localhost:4321')
    expect(normaliseHost('[::1]:4321')).toBe('[::1]:4321')
    expect(normaliseHost('portal.example.se')).toBe('portal.example.se')
  })
  it('refuses what is not a host[:port]', () => {
    for (const bad of ['', ' ', 'a b', 'evil.example/x', 'user@evil.example', 'evil.example:99999', 'evil.example:x', 'http://evil.example', '::1', 'a\\b'])
      expect(normaliseHost(bad), bad).toBeNull()
  })
})

describe('allowedHosts', () => {
  it('by default: the address the server listens on and loopback, on its port', () => {
    expect(allowedHosts({ listenHost: '127.0.0.1', port: 4321 }).sort()).toEqual(['127.0.0.1:4321', '[::1]:4321', 'localhost:4321'])
  })
  it('adds SITE_PUBLIC_URL’s host and every SITE_HOSTS entry', () => {
    const hosts = allowedHosts({ listenHost: '192.168.1.5', port: 4321, publicUrl: 'https://Portal.Example.se/', siteHosts: 'www.example.se, old.example.se:8080,,' })
    expect(hosts).toEqual(expect.arrayContaining(['portal.example.se', 'www.example.se', 'old.example.se:8080', '192.168.1.5:4321', 'localhost:4321']))
  })
  it('does not list a wildcard listen address as a name', () => {
    expect(allowedHosts({ listenHost: '0.0.0.0', port: 80 })).not.toContain('0.0.0.0:80')
    expect(allowedHosts({ listenHost: '::', port: 80 }).some((h) => h.startsWith('[::]'))).toBe(false)
  })
  it('refuses a SITE_HOSTS entry it cannot read, naming it', () => {
    expect(() => allowedHosts({ port: 4321, siteHosts: 'good.example, https://bad.example' })).toThrow(/https:\/\/bad\.example/)
  })
})

describe('isAllowedHost', () => {
  const allowed = allowedHosts({ listenHost: '127.0.0.1', port: 4321, publicUrl: 'https://portal.example.se' })
  it('accepts the listed names, in any case, and a listed name without a port on a default port', () => {
    for (const host of ['127.0.0.1:4321', 'LOCALHOST:4321', '[::1]:4321', 'portal.example.se', 'portal.example.se:443', 'portal.example.se:80']) expect(isAllowedHost(host, allowed), host).toBe(true)
  })
  it('refuses anything else: other names, other ports, look-alikes, no host at all', () => {
    for (const host of ['evil.example', 'evil.example:4321', '127.0.0.1:1', '127.0.0.1', 'localhost', 'portal.example.se.evil.example', 'portal.example.se:8443', 'localhost:4321@evil', '', null, undefined])
      expect(isAllowedHost(host, allowed), String(host)).toBe(false)
  })
})
