import { describe, expect, test } from 'vitest'
import { isEmail, isHttpUrl, messages } from '../../../cms/fields/messages.ts'

describe('messages', () => {
  test('every message is given in Swedish first, then English', () => {
    for (const message of Object.values(messages)) {
      const parts = message.split(' / ')
      expect(parts, message).toHaveLength(2)
      for (const part of parts) expect(part, message).toMatch(/^\p{Lu}.*\.$/u)
    }
  })
})

describe('isHttpUrl', () => {
  test.each(['https://region.jamtland.se', 'http://localhost:4321/hubbar'])('accepts %j', (url) => {
    expect(isHttpUrl(url)).toBe(true)
  })
  test.each(['javascript:alert(1)', 'ftp://example.se', 'www.example.se', '', 42])('rejects %j', (url) => {
    expect(isHttpUrl(url)).toBe(false)
  })
})

describe('isEmail', () => {
  test('accepts an ordinary address', () => {
    expect(isEmail('anna.svensson@regionjh.se')).toBe(true)
  })
  test.each(['anna', 'anna@', 'anna@region', 'anna svensson@region.se', ''])('rejects %j', (value) => {
    expect(isEmail(value)).toBe(false)
  })
  test('rejects an address longer than 254 characters', () => {
    expect(isEmail(`${'a'.repeat(250)}@ex.se`)).toBe(false)
  })
})
