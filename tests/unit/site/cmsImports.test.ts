import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../../..')
const SITE = path.join(ROOT, 'site')

/** The Local API gateway: the only part of the site that may use the CMS's services and collections. */
const GATEWAY = [path.join(SITE, 'lib', 'cms.ts'), path.join(SITE, 'lib', 'cms') + path.sep]
const inGateway = (file: string) => GATEWAY.some((g) => file === g || file.startsWith(g))

/**
 * What the rest of the site may import from cms/: its public face (`cms/domain/`, pure:
 * vocabularies, rules, routes, messages), the configuration both processes read
 * (`cms/env.ts`: secrets, the data folder), and the generated types, as types only.
 */
function allowed(target: string, typeOnly: boolean): boolean {
  const relative = path.relative(ROOT, target).split(path.sep).join('/')
  if (!relative.startsWith('cms/')) return true
  if (relative.startsWith('cms/domain/')) return true
  if (relative === 'cms/env.ts') return true
  return typeOnly && relative === 'cms/payload-types.ts'
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sources(full)
    return /\.(ts|tsx|astro|mjs)$/.test(entry.name) ? [full] : []
  })
}

/** Each import or re-export of a relative module in a file, and whether it is for types only. */
function imports(file: string): Array<{ spec: string; typeOnly: boolean }> {
  const text = readFileSync(file, 'utf8')
  const found = [...text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"](\.[^'"]+)['"]|^\s*import\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/gm)]
  return found.map((m) => ({ spec: (m[3] ?? m[4] ?? m[5])!, typeOnly: Boolean(m[2]) }))
}

describe('the dependency rule between the site and the CMS', () => {
  it('the site reaches the CMS only through the gateway (site/lib/cms) and cms/domain', () => {
    const offenders = sources(SITE)
      .filter((file) => !inGateway(file))
      .flatMap((file) =>
        imports(file)
          .filter(({ spec, typeOnly }) => !allowed(path.resolve(path.dirname(file), spec), typeOnly))
          .map(({ spec }) => `${path.relative(ROOT, file)} → ${spec}`),
      )
    expect(offenders).toEqual([])
  })

  it('the CMS never imports the site', () => {
    const offenders = sources(path.join(ROOT, 'cms'))
      .filter((file) => !file.includes(`${path.sep}.next${path.sep}`))
      .flatMap((file) => imports(file).filter(({ spec }) => path.resolve(path.dirname(file), spec).startsWith(SITE + path.sep)).map(({ spec }) => `${path.relative(ROOT, file)} → ${spec}`))
    expect(offenders).toEqual([])
  })
})
