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
      '"","Åsa ""Kaffe"" Öberg","asa@example.se","Bekräftad plats","2026-11-20 11:00","2026-11-20 10:00","sv"',
      '',
    ])
    expect(registrationsCsv([], 'en')).toContain('"Occasion","Name","E-mail","Status"')
  })

  test('a recurring event lists each registration under the date of its occasion, by occasion', () => {
    const row = (occurrence: string, name: string) => ({ occurrence, name, email: `${name}@example.se`, status: 'confirmed', createdAt: '2026-11-20T09:00:00.000Z' })
    const csv = registrationsCsv([row('2026-12-15', 'b'), row('2026-12-08', 'a'), row('2026-12-15', 'c')], 'en')
    expect(csv.slice(1).split('\r\n').slice(1, 4).map((line) => line.split(',').slice(0, 2).join(','))).toEqual(['"2026-12-08","a"', '"2026-12-15","b"', '"2026-12-15","c"'])
  })

  test('times are Swedish local time, summer and winter, as a spreadsheet reads them', () => {
    const csv = registrationsCsv(
      [
        { name: 'Sommar', email: 's@example.se', status: 'confirmed', confirmedAt: '2026-06-20T22:30:00.000Z', createdAt: '2026-06-20T09:05:00.000Z' },
        { name: 'Vinter', email: 'v@example.se', status: 'pending', confirmedAt: null, createdAt: '2026-12-31T23:15:00.000Z' },
      ],
      'en',
    )
    const [, summer, winter] = csv.slice(1).split('\r\n')
    expect(summer).toBe('"","Sommar","s@example.se","Confirmed place","2026-06-21 00:30","2026-06-20 11:05",""')
    expect(winter).toBe('"","Vinter","v@example.se","Not confirmed","","2027-01-01 00:15",""')
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
