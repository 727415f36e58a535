import type { Field } from 'payload'
import { describe, expect, test } from 'vitest'
import { nullStructures, structuredPaths } from '../../../cms/fields/structuredNulls.ts'

const fields: Field[] = [
  { name: 'title', type: 'text' },
  { name: 'address', type: 'group', fields: [{ name: 'street', type: 'text' }, { name: 'rooms', type: 'array', fields: [{ name: 'n', type: 'text' }] }] },
  { type: 'row', fields: [{ name: 'hours', type: 'array', fields: [{ name: 'day', type: 'text' }] }] },
  {
    type: 'tabs',
    tabs: [
      { label: 'Plain', fields: [{ name: 'dayPass', type: 'group', fields: [{ name: 'price', type: 'number' }] }] },
      { name: 'seo', label: 'Named', fields: [{ name: 'title', type: 'text' }] },
    ],
  },
  { type: 'collapsible', label: 'More', fields: [{ name: 'layout', type: 'blocks', blocks: [] }] },
]

describe('structuredPaths', () => {
  test('finds groups, arrays and blocks through rows, collapsibles and tabs, with nested paths', () => {
    expect(structuredPaths(fields)).toEqual([
      { path: 'address', kind: 'group' },
      { path: 'address.rooms', kind: 'array' },
      { path: 'hours', kind: 'array' },
      { path: 'dayPass', kind: 'group' },
      { path: 'seo', kind: 'group' },
      { path: 'layout', kind: 'blocks' },
    ])
  })

  test('a collection of plain fields has none', () => {
    expect(structuredPaths([{ name: 'a', type: 'text' }, { name: 'b', type: 'number' }])).toEqual([])
  })
})

describe('nullStructures', () => {
  const paths = structuredPaths(fields)

  test('names a group sent as null', () => {
    expect(nullStructures({ title: 'x', address: null }, paths)).toEqual(['address'])
  })

  test('names a list sent as null, or holding null or a non-object', () => {
    expect(nullStructures({ hours: null }, paths)).toEqual(['hours'])
    expect(nullStructures({ hours: [{ day: 'mon' }, null] }, paths)).toEqual(['hours'])
    expect(nullStructures({ layout: ['text'] }, paths)).toEqual(['layout'])
  })

  test('names a nested list under a group that was sent', () => {
    expect(nullStructures({ address: { street: 'Storgatan 1', rooms: null } }, paths)).toEqual(['address.rooms'])
  })

  test('accepts what was left out, empty lists and objects', () => {
    expect(nullStructures({ title: 'x' }, paths)).toEqual([])
    expect(nullStructures({ hours: [], address: { street: null }, dayPass: {} }, paths)).toEqual([])
  })

  test('accepts data that is not an object at all (Payload refuses it elsewhere)', () => {
    expect(nullStructures(null, paths)).toEqual([])
    expect(nullStructures('x', paths)).toEqual([])
  })
})
