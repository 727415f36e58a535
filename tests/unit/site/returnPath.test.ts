import { describe, expect, it } from 'vitest'
import { loginPathFor, safeReturnPath } from '../../../site/features/account/returnPath.ts'

describe('safeReturnPath: where the login may send someone back to', () => {
  it.each([
    ['/evenemang/natverkstraff', '/evenemang/natverkstraff'],
    ['/en/events/natverkstraff', '/en/events/natverkstraff'],
    ['/hubbar?municipality=krokom&open=now', '/hubbar?municipality=krokom&open=now'],
    ['/evenemang/natverkstraff/', '/evenemang/natverkstraff'],
    ['/evenemang/natverkstraff#anmalan', '/evenemang/natverkstraff'],
    ['/natverket/mina-sidor', '/natverket/mina-sidor'],
    ['/en/network/my-page', '/en/network/my-page'],
    ['/innovationsradet/ansok', '/innovationsradet/ansok'],
    ['/', '/'],
  ])('%s is a page of this site: %s', (raw, expected) => {
    expect(safeReturnPath(raw)).toBe(expected)
  })

  it.each([
    ['another site', 'https://evil.example/evenemang/x'],
    ['a protocol-relative address', '//evil.example/evenemang/x'],
    ['a backslash browsers read as a slash', '/\\evil.example/evenemang/x'],
    ['a backslash later on', '/evenemang/x\\..\\..'],
    ['a scheme', 'javascript:alert(1)'],
    ['a relative path', 'evenemang/x'],
    ['a tab that URL parsing drops', '/\t/evil.example'],
    ['a line break', '/evenemang/x\r\nSet-Cookie: a=b'],
    ['an encoded double slash', '/%2F%2Fevil.example'],
    ['an address no route has', '/wp-admin'],
    ['undecodable percent-encoding', '/evenemang/%E0%A4%A'],
    ['the login itself (a loop)', '/natverket/logga-in'],
    ['logging out', '/natverket/logga-ut'],
    ['a secret link (a registration)', '/anmalan/0f3c2a9e-5b7d-4c1e-9a8b-1234567890ab'],
    ['a secret link (a password)', '/natverket/losenord/abcdef0123456789abcdef0123456789abcdef01'],
    ['an empty value', ''],
    ['something too long', `/hubbar?q=${'a'.repeat(600)}`],
  ])('refuses %s', (_, raw) => {
    expect(safeReturnPath(raw)).toBeNull()
  })

  it('refuses what is not one string', () => {
    expect(safeReturnPath(null)).toBeNull()
    expect(safeReturnPath(undefined)).toBeNull()
    expect(safeReturnPath(['/hubbar'])).toBeNull()
  })

  it('writes the address back from the route table, encoded', () => {
    expect(safeReturnPath('/evenemang/tr%C3%A4ff')).toBe('/evenemang/tr%C3%A4ff')
    expect(safeReturnPath('/evenemang/träff')).toBe('/evenemang/tr%C3%A4ff')
  })
})

describe('loginPathFor', () => {
  it('is the login page in the language, with the way back when there is one', () => {
    expect(loginPathFor('sv', '/evenemang/x')).toBe('/natverket/logga-in?next=%2Fevenemang%2Fx')
    expect(loginPathFor('en', '/en/events/x')).toBe('/en/network/login?next=%2Fen%2Fevents%2Fx')
    expect(loginPathFor('sv', null)).toBe('/natverket/logga-in')
  })

  it('leaves out a way back the login would refuse', () => {
    expect(loginPathFor('sv', 'https://evil.example/')).toBe('/natverket/logga-in')
  })
})
