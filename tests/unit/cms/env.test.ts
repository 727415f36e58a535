import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { generatedSecret } from '../../../cms/env.ts'

const dir = mkdtempSync(path.join(tmpdir(), 'coworking-env-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('generatedSecret', () => {
  it('generates 32 random bytes into a mode-600 file once, then keeps returning them', () => {
    const file = path.join(dir, 'site-secret')
    const first = generatedSecret(undefined, file)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(generatedSecret(undefined, file)).toBe(first)
    expect(generatedSecret('', file)).toBe(first)
    expect(generatedSecret(undefined, path.join(dir, 'other'))).not.toBe(first)
  })

  it('prefers the environment and leaves the file alone', () => {
    const file = path.join(dir, 'given')
    expect(generatedSecret('from-env', file)).toBe('from-env')
    expect(() => readFileSync(file)).toThrow()
  })

  it('refuses an empty secret file instead of signing with an empty key', () => {
    const file = path.join(dir, 'empty')
    writeFileSync(file, '\n')
    expect(() => generatedSecret(undefined, file)).toThrow(/empty/)
  })
})
