import { describe, expect, test } from 'vitest'
import { isCalendarToken, PASSWORD_MIN, passwordProblem, resetPasswordMail, SITE_ROLES } from '../../../cms/domain/network/accountRules.ts'
import { networkPaths } from '../../../cms/domain/network/paths.ts'

describe('passwordProblem', () => {
  test.each([
    ['short', 'kort', 'kort', 'passwordTooShort'],
    ['eleven characters', 'elva tecken', 'elva tecken', 'passwordTooShort'],
    ['too long', 'x'.repeat(129), 'x'.repeat(129), 'passwordTooLong'],
    ['different', 'en lång fras här', 'en lång fras där', 'passwordMismatch'],
    ['the address', 'rep@konto-test.se', 'rep@konto-test.se', 'passwordIsEmail'],
    ['the address in capitals', 'REP@KONTO-TEST.SE', 'REP@KONTO-TEST.SE', 'passwordIsEmail'],
    ['fine', 'fjällhubben har fika', 'fjällhubben har fika', null],
    ['twelve characters exactly', 'tolv tecken!', 'tolv tecken!', null],
  ])('a %s password: %s', (_, password, repeat, problem) => {
    expect(passwordProblem(password, repeat, 'rep@konto-test.se')).toBe(problem)
  })

  test('counts characters, not UTF-16 units: twelve emoji are twelve characters', () => {
    const emoji = '🏔'.repeat(PASSWORD_MIN)
    expect(passwordProblem(emoji, emoji)).toBeNull()
    expect(passwordProblem(emoji.slice(2), emoji.slice(2))).toBe('passwordTooShort')
  })
})

describe('resetPasswordMail', () => {
  const url = 'https://coworking.example.se' + networkPaths.setPassword('sv', 'a'.repeat(40))

  test('Swedish: subject, greeting, validity, the link in text and as a button in HTML', () => {
    const mail = resetPasswordMail('Anna', 'sv', url, 60)
    expect(mail.subject).toBe('Välj ett nytt lösenord')
    expect(mail.text).toContain('Hej Anna!')
    expect(mail.text).toContain('60 minuter')
    expect(mail.text).toContain(url)
    expect(mail.text).toContain('ditt lösenord är oförändrat')
    expect(mail.html).toContain('<html lang="sv">')
    expect(mail.html).toContain(`<a href="${url}"`)
  })

  test('English', () => {
    const mail = resetPasswordMail('Anna', 'en', url.replace('/natverket/losenord/', '/en/network/password/'), 60)
    expect(mail.subject).toBe('Choose a new password')
    expect(mail.text).toContain('Hello Anna,')
    expect(mail.text).toContain('valid for 60 minutes and works once')
    expect(mail.html).toContain('<html lang="en">')
  })

  test('escapes the name in HTML', () => {
    const mail = resetPasswordMail('<b>Anna</b>', 'sv', url, 60)
    expect(mail.html).toContain('Hej &lt;b&gt;Anna&lt;/b&gt;!')
    expect(mail.html).not.toContain('<b>Anna</b>')
  })
})

describe('who logs in on the site, and calendar tokens', () => {
  test('representatives and admins; community managers use the admin panel', () => {
    expect([...SITE_ROLES].sort()).toEqual(['admin', 'agency-representative'])
  })

  test('a calendar token is 43 base64url characters, nothing else', () => {
    expect(isCalendarToken('A'.repeat(21) + '-_' + 'z9'.repeat(10))).toBe(true)
    expect(isCalendarToken('A'.repeat(42))).toBe(false)
    expect(isCalendarToken('A'.repeat(44))).toBe(false)
    expect(isCalendarToken('A'.repeat(42) + '=')).toBe(false)
    expect(isCalendarToken("' OR 1=1 --" + 'A'.repeat(32))).toBe(false)
  })
})
