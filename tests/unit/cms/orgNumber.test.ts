import { describe, expect, test } from 'vitest'
import { checkOrgNumber, luhnCheckDigit } from '../../../cms/domain/orgNumber.ts'

describe('luhnCheckDigit', () => {
  test.each([
    ['202100544', 8],
    ['202100552', 1],
    ['202100211', 4],
    ['556036079', 3],
  ])('gives %s the check digit %i', (nine, digit) => {
    expect(luhnCheckDigit(nine)).toBe(digit)
  })
})

describe('checkOrgNumber', () => {
  test.each(['202100-5448', '202100-5521', '202100-2114', '202100-5489', '232100-0214'])(
    'accepts the government organisation number %s',
    (number) => {
      expect(checkOrgNumber(number)).toEqual({ ok: true, normalized: number })
    },
  )

  test('accepts a number without the hyphen and normalises it to NNNNNN-NNNN', () => {
    expect(checkOrgNumber('2021005448')).toEqual({ ok: true, normalized: '202100-5448' })
  })

  test('accepts the century prefix 16 and drops it', () => {
    expect(checkOrgNumber('16202100-5448')).toEqual({ ok: true, normalized: '202100-5448' })
  })

  test('ignores surrounding whitespace', () => {
    expect(checkOrgNumber('  202100-5448 ')).toEqual({ ok: true, normalized: '202100-5448' })
  })

  test.each([
    ['too few digits', '20210-5448'],
    ['too many digits', '2021000-5448'],
    ['letters', '20210A-5448'],
    ['a space instead of the hyphen', '202100 5448'],
    ['an empty string', ''],
    ['a number instead of a string', 2021005448],
    ['nothing at all', undefined],
  ])('refuses %s as a format error', (_, input) => {
    expect(checkOrgNumber(input)).toEqual({ ok: false, reason: 'format' })
  })

  test('refuses a wrong check digit as a checksum error', () => {
    expect(checkOrgNumber('202100-5440')).toEqual({ ok: false, reason: 'checksum' })
  })

  test('refuses two swapped digits, which the Luhn digit is there to catch', () => {
    expect(checkOrgNumber('202100-4548')).toEqual({ ok: false, reason: 'checksum' })
  })
})
