import { describe, expect, test } from 'vitest'
import { intervalProblem, isClockTime, minutesOfDay, WEEKDAYS } from '../../../cms/domain/openingHours.ts'

describe('isClockTime', () => {
  test.each(['00:00', '08:30', '23:59'])('accepts %j', (value) => {
    expect(isClockTime(value)).toBe(true)
  })
  test.each(['24:00', '8:30', '08:60', '0830', '08.30', '', ' 08:30'])('rejects %j', (value) => {
    expect(isClockTime(value)).toBe(false)
  })
  test('rejects a value that is not a string', () => {
    expect(isClockTime(830)).toBe(false)
  })
})

describe('minutesOfDay', () => {
  test('counts minutes since midnight', () => {
    expect(minutesOfDay('00:00')).toBe(0)
    expect(minutesOfDay('08:30')).toBe(510)
    expect(minutesOfDay('23:59')).toBe(1439)
  })
})

describe('intervalProblem', () => {
  test('finds nothing wrong with 08:00–17:00', () => {
    expect(intervalProblem('08:00', '17:00')).toBeNull()
  })

  test('reads closing at 00:00 as midnight at the end of the day', () => {
    expect(intervalProblem('18:00', '00:00')).toBeNull()
  })

  test('allows a whole day, 00:00–00:00', () => {
    expect(intervalProblem('00:00', '00:00')).toBeNull()
  })

  test('calls closing before opening an order problem', () => {
    expect(intervalProblem('17:00', '08:00')).toBe('order')
  })

  test('calls closing at the opening time an order problem', () => {
    expect(intervalProblem('09:00', '09:00')).toBe('order')
  })

  test('calls a malformed opening time a format problem', () => {
    expect(intervalProblem('8', '17:00')).toBe('format')
  })

  test('calls a malformed closing time a format problem', () => {
    expect(intervalProblem('08:00', '24:00')).toBe('format')
  })

  test('calls a missing time a format problem', () => {
    expect(intervalProblem(undefined, '17:00')).toBe('format')
  })
})

test('the week starts on Monday, as in Sweden', () => {
  expect(WEEKDAYS).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])
})
