import { describe, expect, it } from 'vitest'
import { isDecodableTarget, localeOfRawTarget } from '../../../../site/lib/security/rawUrl.ts'

describe('request targets', () => {
  it('tells broken percent-encoding from good', () => {
    for (const bad of ['/hubbar/%E0%A4%A', '/%', '/en/hubs/%zz', '/sok?q=%E0%A4%A', '/%C3'])
      expect(isDecodableTarget(bad), bad).toBe(false)
    for (const good of ['/', '/hubbar/fj%C3%A4llhubben', '/sok?q=%C3%A5re', '/en/hubs?near=J%C3%A4rpen', '/%25'])
      expect(isDecodableTarget(good), good).toBe(true)
  })

  it('reads the language from the raw path, ignoring the query', () => {
    expect(localeOfRawTarget('/hubbar/%E0%A4%A')).toBe('sv')
    expect(localeOfRawTarget('/en/hubs/%E0%A4%A')).toBe('en')
    expect(localeOfRawTarget('/en?q=%')).toBe('en')
    expect(localeOfRawTarget('/english/%')).toBe('sv')
    expect(localeOfRawTarget('')).toBe('sv')
  })
})
