import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { sourceHash } from '../../scripts/lib/buildState.ts'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  delete process.env.SITE_PUBLIC_URL
})

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'build-state-'))
  dirs.push(dir)
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  return dir
}

describe('deciding whether a build is stale', () => {
  it('gives the same hash for the same sources', () => {
    expect(sourceHash(tree({ 'a.ts': 'x' }), ['a.ts'])).toBe(sourceHash(tree({ 'a.ts': 'x' }), ['a.ts']))
  })

  it('changes when a source file changes', () => {
    expect(sourceHash(tree({ 'a.ts': 'x' }), ['a.ts'])).not.toBe(sourceHash(tree({ 'a.ts': 'y' }), ['a.ts']))
  })

  it('changes when a setting read at build time changes', () => {
    const dir = tree({ 'a.ts': 'x' })
    const before = sourceHash(dir, ['a.ts'])
    process.env.SITE_PUBLIC_URL = 'https://coworking.example'
    expect(sourceHash(dir, ['a.ts'])).not.toBe(before)
  })
})
