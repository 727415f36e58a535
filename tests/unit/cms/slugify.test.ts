import { describe, expect, test } from 'vitest'
import { isValidSlug, slugify } from '../../../cms/domain/slugify.ts'

describe('slugify', () => {
  test.each([
    ['Fjällhubben', 'fjallhubben'],
    ['Högt Hett & Säkert', 'hogt-hett-sakert'],
    ['Ås/Torsta', 'as-torsta'],
  ])('turns the hub name %j into %j', (name, slug) => {
    expect(slugify(name)).toBe(slug)
  })

  test.each([
    ['Berg', 'berg'],
    ['Bräcke', 'bracke'],
    ['Härjedalen', 'harjedalen'],
    ['Krokom', 'krokom'],
    ['Ragunda', 'ragunda'],
    ['Strömsund', 'stromsund'],
    ['Åre', 'are'],
    ['Östersund', 'ostersund'],
  ])('turns the municipality %j into %j', (name, slug) => {
    expect(slugify(name)).toBe(slug)
  })

  test('collapses every run of other characters into one hyphen and trims hyphens at the ends', () => {
    expect(slugify('  --Hubb  i   Hammerdal!--  ')).toBe('hubb-i-hammerdal')
  })

  test('keeps digits', () => {
    expect(slugify('Kontor 24/7')).toBe('kontor-24-7')
  })

  test('spells out letters that have no combining accent to strip', () => {
    expect(slugify('Ærø Øst Straße')).toBe('aero-ost-strasse')
  })

  test('is idempotent: a slug slugifies to itself', () => {
    expect(slugify('hogt-hett-sakert')).toBe('hogt-hett-sakert')
  })
})

describe('isValidSlug', () => {
  test.each(['fjallhubben', 'as-torsta', 'hubb-2'])('accepts %j', (slug) => {
    expect(isValidSlug(slug)).toBe(true)
  })

  test.each([
    ['an empty string', ''],
    ['capital letters', 'Fjallhubben'],
    ['diacritics', 'fjällhubben'],
    ['a leading hyphen', '-hubb'],
    ['a trailing hyphen', 'hubb-'],
    ['two hyphens in a row', 'hubb--2'],
    ['a space', 'hubb 2'],
    ['more than 120 characters', 'a'.repeat(121)],
    ['a value that is not a string', 42],
  ])('rejects %s', (_, value) => {
    expect(isValidSlug(value)).toBe(false)
  })

  test('accepts whatever slugify makes from a non-empty name', () => {
    for (const name of ['Fjällhubben', 'Högt Hett & Säkert', 'Ås/Torsta', 'Östersund']) expect(isValidSlug(slugify(name))).toBe(true)
  })
})
