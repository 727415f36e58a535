/**
 * How the site reaches the CMS (site/lib/cms/): one small module per domain behind a short
 * index, and no read past the collections' access rules in the site itself; those are services
 * in cms/ that say why they bypass access.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../../..')
const site = path.join(root, 'site')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return sources(file)
    return /\.(ts|tsx|mts|astro)$/.test(entry.name) ? [file] : []
  })
}

const lines = (file: string) => readFileSync(file, 'utf8').split('\n')

describe('the site’s way into the CMS', () => {
  it('never reads past access itself', () => {
    const bypasses = sources(site).flatMap((file) =>
      lines(file).flatMap((line, i) => (/overrideAccess\s*:\s*true/.test(line) ? [`${path.relative(root, file)}:${i + 1}`] : [])),
    )
    expect(bypasses).toEqual([])
  })

  it('keeps site/lib/cms.ts an index of re-exports', () => {
    const code = readFileSync(path.join(site, 'lib/cms.ts'), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '')
    const statements = code.split(/(?<=['"])\s*\n/).map((s) => s.trim()).filter(Boolean)
    expect(statements.length).toBeGreaterThan(0)
    for (const statement of statements) expect(statement).toMatch(/^export (type )?\{[^}]*\} from '\.\/cms\/[A-Za-z]+\.ts'$/)
  })

  it('has one small module per domain', () => {
    const modules = readdirSync(path.join(site, 'lib/cms')).filter((name) => name.endsWith('.ts'))
    expect(modules.length).toBeGreaterThan(5)
    const large = modules.map((name) => ({ name, lines: lines(path.join(site, 'lib/cms', name)).length })).filter((m) => m.lines > 300)
    expect(large).toEqual([])
  })
})
