import { describe, expect, it } from 'vitest'
import { methodRule } from '../../../../site/lib/security/methods.ts'

describe('methodRule', () => {
  it('lets GET and HEAD through everywhere', () => {
    for (const path of ['/', '/hubbar', '/kalender.ics', '/_astro/x.css', '/tillganglighet', '/finns-inte']) {
      expect(methodRule('GET', path)).toEqual({ pass: true })
      expect(methodRule('head', path)).toEqual({ pass: true })
    }
  })

  it('lets POST through only to pages with a form, in both languages', () => {
    for (const path of [
      '/tillganglighet',
      '/en/accessibility',
      '/evenemang/fika-i-kluk',
      '/en/events/fika-i-kluk',
      '/anmalan/abc123',
      '/en/registration/abc123',
      '/natverket/anslut',
      '/en/network/join',
      '/natverket/bekrafta/t0k3n',
      '/en/network/confirm/t0k3n',
      '/natverket/logga-in',
      '/en/network/login',
      '/natverket/logga-ut',
      '/en/network/logout',
      '/natverket/glomt-losenord',
      '/en/network/forgot-password',
      '/natverket/losenord/t0k3n',
      '/en/network/password/t0k3n',
      '/natverket/ny-epost/t0k3n',
      '/en/network/new-email/t0k3n',
      '/natverket/mina-sidor',
      '/en/network/my-page',
      '/innovationsradet/ansok',
      '/en/innovation-council/apply',
    ])
      expect(methodRule('POST', path), path).toEqual({ pass: true })
    for (const path of ['/', '/hubbar', '/evenemang', '/evenemang/fika.ics', '/anmalan/abc/kalender.ics', '/natverket/mina-sidor/data.json', '/api/search', '/tillganglighet/x', '/sok'])
      expect(methodRule('POST', path), path).toEqual({ pass: false, status: 405, allow: 'GET, HEAD' })
  })

  it('refuses every other method with 405 and names what the address allows', () => {
    for (const method of ['PUT', 'DELETE', 'PATCH', 'TRACE', 'PROPFIND', 'CONNECT']) {
      expect(methodRule(method, '/hubbar')).toEqual({ pass: false, status: 405, allow: 'GET, HEAD' })
      expect(methodRule(method, '/tillganglighet')).toEqual({ pass: false, status: 405, allow: 'GET, HEAD, POST' })
    }
  })

  it('answers OPTIONS with the methods and nothing else', () => {
    expect(methodRule('OPTIONS', '/en/network/login')).toEqual({ pass: false, status: 204, allow: 'GET, HEAD, POST' })
  })
})
