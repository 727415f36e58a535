import { describe, expect, test } from 'vitest'
import { previewPath, signPreview, verifyPreview } from '../../../cms/domain/previewToken.ts'

const SECRET = 'a-long-random-secret-for-tests'
const now = Date.UTC(2026, 10, 22, 10, 0)
const claim = { collection: 'hubs' as const, id: 42, exp: now + 60_000 }

describe('signed preview links', () => {
  test('a link signed with the secret opens its document until it expires', () => {
    const token = signPreview(claim, SECRET)
    expect(verifyPreview(token, SECRET, now)).toEqual({ ok: true, claim })
    expect(verifyPreview(token, SECRET, now + 60_001)).toEqual({ ok: false, reason: 'expired' })
  })

  test('a changed document, a changed signature or another secret is refused', () => {
    const token = signPreview(claim, SECRET)
    const [payload, signature] = token.split('.')
    const otherDoc = Buffer.from(`events.42.${claim.exp}`).toString('base64url')
    expect(verifyPreview(`${otherDoc}.${signature}`, SECRET, now)).toEqual({ ok: false, reason: 'invalid' })
    expect(verifyPreview(`${payload}.${signature.slice(0, -2)}AA`, SECRET, now)).toEqual({ ok: false, reason: 'invalid' })
    expect(verifyPreview(token, 'another-secret', now)).toEqual({ ok: false, reason: 'invalid' })
  })

  test('anything malformed is refused without throwing', () => {
    for (const token of [null, undefined, 42, '', '.', 'a.b.c', 'x'.repeat(500), signPreview({ ...claim, collection: 'users' as never }, SECRET)]) {
      expect(verifyPreview(token, SECRET, now)).toEqual({ ok: false, reason: 'invalid' })
    }
  })

  test('the page path is in the editor’s language', () => {
    expect(previewPath('sv', 'a.b')).toBe('/forhandsvisning?token=a.b')
    expect(previewPath('en', 'a.b')).toBe('/en/preview?token=a.b')
  })
})
