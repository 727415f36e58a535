import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { defineText } from '../../../site/lib/text.ts'

describe('defineText', () => {
  const text = defineText(
    {
      title: 'Hubbar',
      count: (n: number) => (n === 1 ? '1 hubb' : `${n} hubbar`),
      nested: { days: ['Måndag', 'Tisdag'], near: (km: string, place: string) => `${km} km från ${place}` },
    },
    {
      title: 'Hubs',
      count: (n: number) => (n === 1 ? '1 hub' : `${n} hubs`),
      nested: { days: ['Monday', 'Tuesday'], near: (km: string, place: string) => `${km} km from ${place}` },
    },
  )

  it('gives the text of the language asked for', () => {
    expect(text('sv').title).toBe('Hubbar')
    expect(text('en').title).toBe('Hubs')
    expect(text('sv').count(2)).toBe('2 hubbar')
    expect(text('en').nested.near('3', 'Åre')).toBe('3 km from Åre')
    expect(text('en').nested.days).toEqual(['Monday', 'Tuesday'])
  })

  it('hands out the same object each time', () => {
    expect(text('sv')).toBe(text('sv'))
  })

  // The cases below are checked by `npm run typecheck`: each line must fail to compile.
  it('lets the type checker refuse English that does not match the Swedish', () => {
    // @ts-expect-error English lacks a key
    defineText({ a: 'x', b: 'y' }, { a: 'x' })
    // @ts-expect-error English lacks a nested key
    defineText({ a: { b: 'x', c: 'y' } }, { a: { b: 'x' } })
    // @ts-expect-error English has a key the Swedish has not
    defineText({ a: 'x' }, { a: 'x', b: 'y' })
    // @ts-expect-error English has a nested key the Swedish has not
    defineText({ a: { b: 'x' } }, { a: { b: 'x', c: 'y' } })
    // @ts-expect-error a function with fewer parameters
    defineText({ f: (n: number, s: string) => `${n}${s}` }, { f: (n: number) => `${n}` })
    // @ts-expect-error a function with more parameters
    defineText({ f: (n: number) => `${n}` }, { f: (n: number, s: string) => `${n}${s}` })
    // @ts-expect-error a function with a parameter of another type
    defineText({ f: (n: number) => `${n}` }, { f: (n: string) => n })
    // @ts-expect-error a string where the Swedish has a function
    defineText({ f: (n: number) => `${n}` }, { f: 'x' })
    // @ts-expect-error a list of another length
    defineText({ days: ['a', 'b'] }, { days: ['a'] })
    // Strings may differ, and may be written as templates.
    defineText({ a: 'x', f: (n: number) => `${n} st` }, { a: 'y', f: (n: number) => `${n} pcs` })
  })
})

describe('interface text', () => {
  const root = path.resolve(import.meta.dirname, '../../../site')
  const files = (dir: string): string[] =>
    readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
    )

  it('has no inline language ternaries in components, layouts or text modules', () => {
    const scanned = [
      ...files('components'),
      ...files('layouts'),
      ...files('lib').filter((f) => /Text\.ts$|^lib\/(text|format)\.ts$/.test(f)),
      ...files('features').filter((f) => /\.astro$|Text\.ts$|\/(councilFeed|personalData)\.ts$/.test(f)),
    ]
    const found = scanned.filter((file) => /locale === '(sv|en)' \?/.test(readFileSync(path.join(root, file), 'utf8')))
    expect(found).toEqual([])
  })
})
