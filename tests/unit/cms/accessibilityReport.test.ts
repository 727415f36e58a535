import { describe, expect, test } from 'vitest'
import { parseReport, reportMessages, sameSitePath, withoutSecrets } from '../../../cms/domain/accessibility/input.ts'
import { reportNotification, reportReceipt } from '../../../cms/accessibility/mail.ts'

describe('an accessibility report', () => {
  test('needs where and what; name and e-mail are optional', () => {
    expect(parseReport({ page: ' /hubbar ', description: 'Knappen går inte att nå\r\nmed tangentbordet.' }, 'sv')).toEqual({
      ok: true,
      value: { page: '/hubbar', description: 'Knappen går inte att nå\nmed tangentbordet.', name: '', email: '', locale: 'sv' },
    })
    expect(parseReport({}, 'en')).toMatchObject({ ok: false, problems: { page: 'pageMissing', description: 'descriptionMissing' } })
  })

  test('refuses what is too long or malformed, and keeps the values short', () => {
    const result = parseReport({ page: 'x'.repeat(600), description: 'y'.repeat(6000), name: 'z'.repeat(200), email: 'not-an-address' }, 'sv')
    expect(result).toMatchObject({ ok: false, problems: { page: 'pageTooLong', description: 'descriptionTooLong', name: 'nameTooLong', email: 'emailInvalid' } })
    expect(result.value.description).toHaveLength(5000)
  })

  test('ignores values that are not text, and drops control characters', () => {
    expect(parseReport({ page: ['/a'], description: { x: 1 } } as never, 'sv').ok).toBe(false)
    const ok = parseReport({ page: '/a\u0000', description: 'b\u0007c' }, 'sv')
    expect(ok.ok && ok.value).toMatchObject({ page: '/a', description: 'bc' })
  })

  test('every problem has a message in both languages', () => {
    for (const message of Object.values(reportMessages)) expect(message.sv && message.en).toBeTruthy()
  })

  test('the page to pre-fill is a path of this site only, and never a secret link', () => {
    expect(sameSitePath('/hubbar/kluk')).toBe('/hubbar/kluk')
    for (const bad of [null, 'https://evil.example/', '//evil.example', 'javascript:alert(1)', '/a b', '/a\\b', `/${'x'.repeat(400)}`]) expect(sameSitePath(bad)).toBe('')
    expect(withoutSecrets('/anmalan/3f2a-secret')).toBe('/anmalan')
    expect(withoutSecrets('/en/registration/3f2a-secret/calendar.ics')).toBe('/en/registration')
    expect(withoutSecrets('/hubbar/kluk')).toBe('/hubbar/kluk')
  })

  test('the messages escape what the reporter wrote and keep headers on one line', () => {
    const report = { page: '/a\nBcc: x@evil.example', description: '<script>alert(1)</script>', name: 'Åsa', email: 'asa@example.se', locale: 'en' as const }
    const note = reportNotification(report, 'https://cms.example/admin/collections/accessibility-reports/1')
    expect(note.subject).not.toMatch(/[\r\n]/)
    expect(note.html).not.toContain('<script>')
    expect(note.text).toContain('https://cms.example/admin/collections/accessibility-reports/1')
  })

  test('the receipt carries nothing the sender typed: it goes to any address typed into the form', () => {
    const report = { page: '/hubbar https://spam.example/a', description: 'Köp billigt på https://spam.example/b', name: 'Vinn pengar på spam.example', email: 'victim@example.se', locale: 'en' as const }
    for (const locale of ['sv', 'en'] as const) {
      const receipt = reportReceipt({ ...report, locale })
      expect(receipt.subject).toBe(locale === 'sv' ? 'Vi har tagit emot din tillgänglighetsrapport' : 'We have received your accessibility report')
      for (const part of [receipt.subject, receipt.text, receipt.html]) {
        expect(part).not.toContain('spam.example')
        expect(part).not.toContain('Vinn')
        expect(part).not.toContain('victim')
      }
    }
    // The same text whoever asked for it, so the sender cannot shape it at all.
    const other = { ...report, name: '', page: '/', description: 'x' }
    expect(reportReceipt(other)).toEqual(reportReceipt(report))
  })
})
