import { describe, expect, test } from 'vitest'
import { NAME_MAX, parseRegistrationInput } from '../../../cms/domain/registration/input.ts'
import { problemStatus, registrationMessages } from '../../../cms/domain/registration/messages.ts'
import { confirmationExpired, registrationRefusal, seatOrWaitlist, seatsLeft } from '../../../cms/domain/registration/rules.ts'

describe('parseRegistrationInput', () => {
  test('accepts a name and an address, trimmed and lower-cased, in the chosen language', () => {
    expect(parseRegistrationInput({ name: '  Åsa   Öberg ', email: ' Asa.Oberg@Example.SE ', locale: 'en' }, 'sv')).toEqual({
      ok: true,
      value: { name: 'Åsa Öberg', email: 'asa.oberg@example.se', locale: 'en' },
    })
  })

  test('falls back to the page language when none or an unknown one is chosen', () => {
    const result = parseRegistrationInput({ name: 'A', email: 'a@example.se', locale: 'de' }, 'en')
    expect(result.ok && result.value.locale).toBe('en')
  })

  test('names the missing fields', () => {
    expect(parseRegistrationInput({}, 'sv')).toMatchObject({ ok: false, problems: { name: 'nameMissing', email: 'emailMissing' } })
    expect(parseRegistrationInput({ name: '   ', email: '  ' }, 'sv')).toMatchObject({ ok: false, problems: { name: 'nameMissing', email: 'emailMissing' } })
  })

  test('refuses a 5 KB name, and keeps the form value short', () => {
    const result = parseRegistrationInput({ name: 'x'.repeat(5000), email: 'a@example.se' }, 'sv')
    expect(result).toMatchObject({ ok: false, problems: { name: 'nameTooLong' } })
    expect(result.value.name).toHaveLength(NAME_MAX)
  })

  test('refuses markup and script in a name', () => {
    for (const name of ['<script>alert(1)</script>', 'Anna <b>', '{{7*7}}', 'javascript:alert(1)', 'A&#60;b']) {
      expect(parseRegistrationInput({ name, email: 'a@example.se' }, 'sv')).toMatchObject({ ok: false, problems: { name: 'nameMarkup' } })
    }
  })

  test('makes control characters and line breaks in a name into spaces', () => {
    const result = parseRegistrationInput({ name: 'Anna\r\nBcc: x@evil.example\u0000', email: 'a@example.se' }, 'sv')
    expect(result.ok && result.value.name).toBe('Anna Bcc: x@evil.example')
  })

  test('refuses malformed addresses, including header injection', () => {
    for (const email of ['anna', 'anna@', '@example.se', 'anna@example', 'an na@example.se', 'a@b.se\r\nBcc: x@y.se', '<a@b.se>', 'a@-b.se']) {
      expect(parseRegistrationInput({ name: 'A', email }, 'sv').ok, email).toBe(false)
    }
    expect(parseRegistrationInput({ name: 'A', email: `${'a'.repeat(250)}@example.se` }, 'sv')).toMatchObject({ problems: { email: 'emailTooLong' } })
  })

  test('ignores values that are not strings', () => {
    expect(parseRegistrationInput({ name: ['a', 'b'], email: { x: 1 } } as never, 'sv')).toMatchObject({ ok: false, problems: { name: 'nameMissing', email: 'emailMissing' } })
  })
})

describe('registration rules', () => {
  const now = new Date('2026-11-22T10:00:00Z')
  const open = { _status: 'published', status: 'scheduled', audience: 'public', registrationRequired: true, start: '2026-11-30T08:00:00Z', capacity: 5 }
  const nobody = { network: false, council: false }

  test('registration is open for a published, scheduled, future public event that takes it', () => {
    expect(registrationRefusal(open, now, nobody)).toBeNull()
  })

  test('says why it is closed', () => {
    expect(registrationRefusal(null, now, nobody)).toBe('notFound')
    expect(registrationRefusal({ ...open, _status: 'draft' }, now, nobody)).toBe('notFound')
    expect(registrationRefusal({ ...open, status: 'cancelled' }, now, nobody)).toBe('cancelled')
    expect(registrationRefusal({ ...open, start: '2026-11-22T10:00:00Z' }, now, nobody)).toBe('past')
    expect(registrationRefusal({ ...open, registrationRequired: false }, now, nobody)).toBe('noRegistration')
  })

  test('network and council events are for those entitled, and look absent to others', () => {
    expect(registrationRefusal({ ...open, audience: 'network' }, now, nobody)).toBe('audience')
    expect(registrationRefusal({ ...open, audience: 'network' }, now, { network: true, council: false })).toBeNull()
    expect(registrationRefusal({ ...open, audience: 'council' }, now, { network: true, council: false })).toBe('audience')
    expect(registrationMessages.audience).toEqual(registrationMessages.notFound)
    expect(problemStatus.audience).toBe(404)
  })

  test('a seat while there is one, then the waiting list; no capacity means no limit', () => {
    expect(seatOrWaitlist(2, 1)).toBe('pending')
    expect(seatOrWaitlist(2, 2)).toBe('waitlisted')
    expect(seatOrWaitlist(null, 10_000)).toBe('pending')
    expect(seatsLeft(2, 5)).toBe(0)
    expect(seatsLeft(null, 5)).toBeNull()
  })

  test('an unconfirmed registration expires after 48 hours', () => {
    expect(confirmationExpired('2026-11-20T10:00:01Z', now)).toBe(false)
    expect(confirmationExpired('2026-11-20T09:59:59Z', now)).toBe(true)
  })

  test('every problem has a message in both languages and a 4xx status', () => {
    for (const [problem, text] of Object.entries(registrationMessages)) {
      expect(text.sv && text.en, problem).toBeTruthy()
      expect(problemStatus[problem as keyof typeof problemStatus]).toBeGreaterThanOrEqual(400)
      expect(problemStatus[problem as keyof typeof problemStatus]).toBeLessThan(500)
    }
  })
})
