import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

/** The specifiers a module imports or re-exports, static and dynamic. */
function specifiers(file: string): string[] {
  const source = readFileSync(file, 'utf8')
  const found = [...source.matchAll(/\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g)]
  return found.map((m) => m[1] ?? m[2]!)
}

/** Every file of the repository reachable from `start` through relative imports, and every package they import. */
function reach(start: string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const todo = [...start]
  while (todo.length) {
    const file = todo.pop()!
    if (files.has(file)) continue
    files.add(file)
    for (const spec of specifiers(file)) {
      if (!spec.startsWith('.')) {
        packages.add(spec)
        continue
      }
      const target = resolve(dirname(file), spec)
      if (existsSync(target) && /\.(ts|tsx)$/.test(target)) todo.push(target)
    }
  }
  return { files, packages }
}

const sources = (folder: string) =>
  readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|tsx)$/.test(name))
    .map((name) => join(root, folder, name))

const inFolder = (folder: string) => (file: string) => relative(root, file).startsWith(folder + '/')

describe('module boundaries in cms/', () => {
  // The collections attach the search hooks; if search also reached into the collections,
  // neither could be read, tested or changed without the other.
  test('nothing search imports, however indirectly, is a collection', () => {
    const reached = [...reach(sources('cms/search')).files].filter(inFolder('cms/collections'))
    expect(reached.map((f) => relative(root, f))).toEqual([])
  })

  // cms/domain is the public face the site may import: vocabularies and pure rules, no server.
  test('cms/domain reaches no collection and neither Payload nor Astro', () => {
    const { files, packages } = reach(sources('cms/domain'))
    expect([...files].filter(inFolder('cms/collections')).map((f) => relative(root, f))).toEqual([])
    expect([...packages].filter((p) => /^(payload|@payloadcms\/|astro)/.test(p))).toEqual([])
  })
})
