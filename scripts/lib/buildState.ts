import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** What each build reads. A change to any of these files means that build is stale. */
export const BUILD_INPUTS = {
  cms: ['cms', 'payload.config.ts', 'tsconfig.json', 'package-lock.json'],
  site: ['site', 'cms', 'payload.config.ts', 'astro.config.mjs', 'tsconfig.json', 'package-lock.json'],
} as const

export const BUILD_OUTPUTS = { cms: 'cms/.next', site: 'dist' } as const
const STAMP = '.source-hash'
/** Settings read at build time: changing one makes the build stale like a source change. */
const BUILD_ENV = ['SITE_PUBLIC_URL'] as const
const SKIP = new Set(['.next', 'node_modules', 'migrations'])

function listFiles(entry: string, into: string[]): void {
  if (!existsSync(entry)) return
  if (statSync(entry).isDirectory()) {
    for (const name of readdirSync(entry).sort()) if (!SKIP.has(name)) listFiles(path.join(entry, name), into)
  } else {
    into.push(entry)
  }
}

export function sourceHash(root: string, inputs: readonly string[]): string {
  const files: string[] = []
  for (const input of inputs) listFiles(path.join(root, input), files)
  const hash = createHash('sha256')
  for (const file of files) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0')
  for (const name of BUILD_ENV) hash.update(`${name}=${process.env[name] ?? ''}\0`)
  return hash.digest('hex')
}

export function isBuildCurrent(root: string, target: keyof typeof BUILD_INPUTS): boolean {
  const stamp = path.join(root, BUILD_OUTPUTS[target], STAMP)
  return existsSync(stamp) && readFileSync(stamp, 'utf8') === sourceHash(root, BUILD_INPUTS[target])
}

export function markBuilt(root: string, target: keyof typeof BUILD_INPUTS): void {
  writeFileSync(path.join(root, BUILD_OUTPUTS[target], STAMP), sourceHash(root, BUILD_INPUTS[target]))
}
