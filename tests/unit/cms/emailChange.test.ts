import { describe, expect, test } from 'vitest'
import {
  confirmNewEmailMail,
  EMAIL_CHANGE_HOURS,
  emailChangeExpiry,
  emailChangeNoticeMail,
  hashEmailChangeToken,
  isEmailChangeToken,
  newEmailChangeToken,
} from '../../../cms/network/emailChangeRules.ts'

describe('the link’s secret', () => {
  test('is 32 random bytes in base64url, different each time, and only its SHA-256 is stored', () => {
    const a = newEmailChangeToken()
    expect(isEmailChangeToken(a)).toBe(true)
    expect(newEmailChangeToken()).not.toBe(a)
    expect(hashEmailChangeToken(a)).toMatch(/^[0-9a-f]{64}$/)
    expect(hashEmailChangeToken(a)).not.toContain(a)
  })

  test('anything else is not a token', () => {
    for (const bad of ['', 'x'.repeat(42), 'x'.repeat(44), "' OR 1=1 --" + 'x'.repeat(32), 'å'.repeat(43)]) expect(isEmailChangeToken(bad)).toBe(false)
  })

  test('lasts 24 hours', () => {
    expect(EMAIL_CHANGE_HOURS).toBe(24)
    expect(emailChangeExpiry(new Date('2026-12-04T10:00:00Z')).toISOString()).toBe('2026-12-05T10:00:00.000Z')
  })
})

describe('the mails', () => {
  const url = 'https://portal.example/natverket/ny-epost/abc'
  test('the new address gets the link and says how long it works, in both languages', () => {
    const sv = confirmNewEmailMail('Anna', 'sv', 'ny@example.se', url)
    expect(sv.subject).toBe('Bekräfta din nya e-postadress')
    expect(sv.text).toContain(url)
    expect(sv.text).toContain('24 timmar')
    const en = confirmNewEmailMail('Anna', 'en', 'ny@example.se', url.replace('/natverket/ny-epost/', '/en/network/new-email/'))
    expect(en.subject).toBe('Confirm your new e-mail address')
    expect(en.text).toContain('24 hours')
  })

  test('the old address is told what was asked and where to choose a new password, without the link', () => {
    const notice = emailChangeNoticeMail('Anna', 'sv', 'ny@example.se', 'https://portal.example/natverket/glomt-losenord')
    expect(notice.text).toContain('ny@example.se')
    expect(notice.text).toContain('/natverket/glomt-losenord')
    expect(notice.text).not.toContain('/ny-epost/')
    expect(emailChangeNoticeMail('Anna', 'en', 'ny@example.se', 'x').subject).toMatch(/change of your account’s e-mail address/)
  })

  test('escapes what it is given in HTML', () => {
    expect(confirmNewEmailMail('<b>', 'sv', 'a@b.se', url).html).not.toContain('<b>')
  })
})
