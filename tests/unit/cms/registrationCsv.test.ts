import { describe, expect, test } from 'vitest'
import { csvCell, parseOrganiserMessage, registrationsCsv } from '../../../cms/registration/csv.ts'

describe('registrations as CSV', () => {
  test('one quoted row per registration under headings in the chosen language, with a BOM', () => {
    const csv = registrationsCsv(
      [{ name: 'Åsa "Kaffe" Öberg', email: 'asa@example.se', status: 'confirmed', confirmedAt: '2026-11-20T10:00:00.000Z', createdAt: '2026-11-20T09:00:00.000Z', locale: 'sv' }],
      'sv',
    )
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.slice(1).split('\r\n')).toEqual([
      '"Tillfälle","Namn","E-post","Status","Bekräftad","Anmäld","Språk"',
      '"","Åsa ""Kaffe"" Öberg","asa@example.se","Bekräftad plats","2026-11-20T10:00:00.000Z","2026-11-20T09:00:00.000Z","sv"',
      '',
    ])
    expect(registrationsCsv([], 'en')).toContain('"Occasion","Name","E-mail","Status"')
  })

  test('a recurring event lists each registration under the date of its occasion, by occasion', () => {
    const row = (occurrence: string, name: string) => ({ occurrence, name, email: `${name}@example.se`, status: 'confirmed', createdAt: '2026-11-20T09:00:00.000Z' })
    const csv = registrationsCsv([row('2026-12-15', 'b'), row('2026-12-08', 'a'), row('2026-12-15', 'c')], 'en')
    expect(csv.slice(1).split('\r\n').slice(1, 4).map((line) => line.split(',').slice(0, 2).join(','))).toEqual(['"2026-12-08","a"', '"2026-12-15","b"', '"2026-12-15","c"'])
  })

  test('a cell a spreadsheet would run as a formula is made text', () => {
    for (const value of ['=HYPERLINK("http://evil.example")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvCell(value).startsWith(`"'`), value).toBe(true)
    }
    expect(csvCell('Anna')).toBe('"Anna"')
  })
})

describe('a message from the organiser', () => {
  test('takes a one-line subject and a plain-text body', () => {
    expect(parseOrganiserMessage({ subject: 'Ny\r\nBcc: x@y.se lokal', text: 'Vi ses i\r\nrum 2.', includeWaitlist: true })).toEqual({
      ok: true,
      value: { subject: 'Ny Bcc: x@y.se lokal', text: 'Vi ses i\nrum 2.', includeWaitlist: true },
    })
  })

  test('refuses what is missing or too long, with a message in both languages', () => {
    for (const body of [null, 'text', {}, { subject: 'Hej' }, { subject: ' ', text: 'x' }, { subject: 'x'.repeat(201), text: 'x' }, { subject: 'x', text: 'x'.repeat(5001) }]) {
      const result = parseOrganiserMessage(body)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.message).toMatch(/ \/ /)
    }
  })
})
