import { describe, expect, test } from 'vitest'
import { baseDomain, emailDomainCheck, hostOf } from '../../../cms/domain/network/emailDomain.ts'
import { networkPaths } from '../../../cms/domain/network/paths.ts'
import { applicationToReviewMail, confirmSignupMail, existingAccountMail, signupReceivedMail } from '../../../cms/network/signupMail.ts'
import { checkPhone, normaliseWebsite, parseSignupInput, signupForm } from '../../../cms/domain/network/signupInput.ts'
import { signupProblemText, signupServiceText } from '../../../cms/domain/network/signupMessages.ts'
import { renderSimpleMail } from '../../../cms/mail/simpleMail.ts'

const MUNICIPALITIES = ['ostersund', 'are', 'berg']

function form(fields: Record<string, string | string[]>) {
  const data = new URLSearchParams()
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v)
  return signupForm(data)
}

const valid = {
  agencyName: 'Trafikverket',
  orgNumber: '202100-6297',
  website: 'https://www.trafikverket.se',
  municipality: 'ostersund',
  staffInCounty: '120',
  name: 'Anna Andersson',
  title: 'Enhetschef',
  email: 'Anna.Andersson@Trafikverket.se',
  phone: '+46 63 14 30 00',
  interests: ['meetups', 'hub-seats'],
  consent: 'yes',
  locale: 'en',
}

const parse = (fields: Record<string, string | string[]>, locale: 'sv' | 'en' = 'sv') => parseSignupInput(form(fields), locale, MUNICIPALITIES)

describe('parseSignupInput', () => {
  test('accepts a complete form and normalises it', () => {
    const result = parse(valid)
    expect(result).toEqual({
      ok: true,
      warnings: [],
      value: {
        agencyName: 'Trafikverket',
        orgNumber: '202100-6297',
        website: 'https://www.trafikverket.se/',
        municipality: 'ostersund',
        staffInCounty: 120,
        name: 'Anna Andersson',
        title: 'Enhetschef',
        email: 'anna.andersson@trafikverket.se',
        phone: '+46 63 14 30 00',
        interests: ['meetups', 'hub-seats'],
        consent: true,
        locale: 'en',
        domainConfirmed: false,
        addRepresentative: false,
      },
    })
  })

  test('normalises an organisation number written without a dash or with the century', () => {
    expect(parse({ ...valid, orgNumber: '2021006297' }).value.orgNumber).toBe('202100-6297')
    expect(parse({ ...valid, orgNumber: '16202100-6297' }).value.orgNumber).toBe('202100-6297')
    expect(parse({ ...valid, orgNumber: ' 202100 6297 ' }).value.orgNumber).toBe('202100-6297')
  })

  test.each([
    ['orgNumber', '202100-6298', 'orgNumberChecksum'],
    ['orgNumber', '20210-6297', 'orgNumberFormat'],
    ['orgNumber', 'abc', 'orgNumberFormat'],
    ['orgNumber', '556036-0793', 'orgNumberNotPublic'],
    ['website', 'javascript:alert(1)', 'websiteInvalid'],
    ['website', 'ftp://trafikverket.se', 'websiteInvalid'],
    ['website', 'https://localhost', 'websiteInvalid'],
    ['website', 'https://10.0.0.1', 'websiteInvalid'],
    ['website', 'https://user:pw@trafikverket.se', 'websiteInvalid'],
    ['municipality', 'stockholm', 'municipalityUnknown'],
    ['municipality', "ostersund' OR 1=1 --", 'municipalityUnknown'],
    ['staffInCounty', '-4', 'staffInvalid'],
    ['staffInCounty', '1e5', 'staffInvalid'],
    ['staffInCounty', '3.5', 'staffInvalid'],
    ['staffInCounty', '1000000', 'staffInvalid'],
    ['name', '<script>alert(1)</script>', 'markup'],
    ['name', 'Anna\u0000Andersson', 'unreadable'],
    ['name', 'Anna \uFFFD', 'unreadable'],
    ['title', 'x'.repeat(121), 'tooLong'],
    ['agencyName', 'a'.repeat(100_000), 'tooLong'],
    ['agencyName', '   ', 'missing'],
    ['email', 'anna@', 'emailInvalid'],
    ['email', 'anna@trafikverket.se<script>', 'emailInvalid'],
    ['email', `${'a'.repeat(250)}@trafikverket.se`, 'tooLong'],
    ['phone', 'ring mig', 'phoneInvalid'],
    ['phone', '123', 'phoneInvalid'],
    ['interests', 'everything', 'interestsUnknown'],
    ['consent', 'no', 'consentMissing'],
  ])('%s = %j is refused as %s', (field, value, problem) => {
    const result = parse({ ...valid, [field]: value })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems).toEqual({ [field]: problem })
  })

  test('every required field, missing, gets its own message; the optional ones do not', () => {
    const result = parse({})
    expect(result.ok).toBe(false)
    expect(!result.ok && Object.keys(result.problems).sort()).toEqual(
      ['agencyName', 'consent', 'email', 'interests', 'municipality', 'name', 'orgNumber', 'title', 'website'].sort(),
    )
    expect(!result.ok && result.problems.interests).toBe('interestsMissing')
  })

  test('a field sent twice counts as absent (no guessing which one was meant)', () => {
    const result = parse({ ...valid, name: ['Anna', 'Bertil'] })
    expect(!result.ok && result.problems.name).toBe('missing')
  })

  test('an address on another domain needs the applicant to confirm the agency uses it', () => {
    const other = { ...valid, website: 'https://www.lantmateriet.se', email: 'anna@lm.se' }
    expect(!parse(other).ok && (parse(other) as { problems: object }).problems).toEqual({ email: 'emailDomain' })
    expect(parse({ ...other, domainConfirmed: 'yes' }).ok).toBe(true)
  })

  test('a free-mail address is allowed with a warning', () => {
    const result = parse({ ...valid, email: 'anna.andersson@gmail.com' })
    expect(result.ok).toBe(true)
    expect(result.warnings).toEqual(['freeMail'])
  })

  test('falls back to the page language when the choice is missing or odd', () => {
    expect(parse({ ...valid, locale: 'de' }, 'sv').value.locale).toBe('sv')
    expect(parse({ ...valid, locale: '' }, 'en').value.locale).toBe('en')
  })

  test('collapses white space in names', () => {
    expect(parse({ ...valid, name: '  Anna \t  Andersson ' }).value.name).toBe('Anna Andersson')
  })
})

describe('the helpers', () => {
  test('normaliseWebsite adds https:// to a bare host and refuses what is not a web address', () => {
    expect(normaliseWebsite('trafikverket.se')).toBe('https://trafikverket.se/')
    expect(normaliseWebsite('http://www.msb.se/sv/')).toBe('http://www.msb.se/sv/')
    expect(normaliseWebsite('data:text/html,hi')).toBeNull()
    expect(normaliseWebsite('https://exa mple.se')).toBeNull()
  })

  test('checkPhone wants 6 to 15 digits and nothing but phone characters', () => {
    expect(checkPhone('063-14 30 00')).toBe(true)
    expect(checkPhone('+46 (0)63 14 30 00')).toBe(true)
    expect(checkPhone('12345')).toBe(false)
    expect(checkPhone('1234567890123456')).toBe(false)
    expect(checkPhone('063-14 30 00; DROP TABLE')).toBe(false)
  })

  test('emailDomainCheck compares base domains and knows free-mail services', () => {
    expect(hostOf('https://www.trafikverket.se/om-oss')).toBe('trafikverket.se')
    expect(baseDomain('mail.region.jamtland.se')).toBe('jamtland.se')
    expect(emailDomainCheck('a@trafikverket.se', 'trafikverket.se')).toBe('agency')
    expect(emailDomainCheck('a@sub.trafikverket.se', 'trafikverket.se')).toBe('agency')
    expect(emailDomainCheck('a@hotmail.se', 'trafikverket.se')).toBe('free-mail')
    expect(emailDomainCheck('a@lm.se', 'lantmateriet.se')).toBe('other')
    expect(emailDomainCheck('a@lm.se', 'lantmateriet.se', ['lm.se'])).toBe('agency')
  })
})

describe('messages', () => {
  test('every problem has a message in both languages', () => {
    const problems = ['missing', 'tooLong', 'markup', 'unreadable', 'orgNumberFormat', 'orgNumberChecksum', 'orgNumberNotPublic', 'websiteInvalid', 'municipalityUnknown', 'staffInvalid', 'emailInvalid', 'emailDomain', 'phoneInvalid', 'interestsMissing', 'interestsUnknown', 'consentMissing'] as const
    for (const problem of problems) {
      const sv = signupProblemText('email', problem, 'sv')
      const en = signupProblemText('email', problem, 'en')
      expect(sv.length).toBeGreaterThan(5)
      expect(en.length).toBeGreaterThan(5)
      expect(sv).not.toBe(en)
    }
    expect(signupProblemText('title', 'tooLong', 'sv')).toBe('Högst 120 tecken.')
    expect(signupServiceText.agencyIsMember.en).toContain('already in the network')
  })
})

describe('mail', () => {
  const application = { agencyName: 'Trafikverket', orgNumber: '202100-6297', name: 'Anna <Andersson>', email: 'anna@trafikverket.se', kind: 'new-agency' as const, freeMail: true }

  test('the confirmation mail carries the link, its lifetime, and escapes what the applicant typed', () => {
    const url = 'https://portal.example' + networkPaths.confirmApplication('sv', 'abc')
    const mail = confirmSignupMail(application, 'sv', url, 48)
    expect(mail.subject).toBe('Bekräfta din anmälan till myndighetsnätverket')
    expect(mail.text).toContain(url)
    expect(mail.text).toContain('48 timmar')
    expect(mail.html).toContain(`href="${url}"`)
    expect(mail.html).toContain('Anna &lt;Andersson&gt;')
    expect(mail.html).not.toContain('<Andersson>')
  })

  test('each message exists in English too', () => {
    expect(confirmSignupMail(application, 'en', 'https://x', 48).subject).toBe('Confirm your sign-up to the authority network')
    expect(signupReceivedMail(application, 'en').text).toContain('review')
    expect(existingAccountMail('Anna', 'en', 'https://x/login', 'https://x/forgot').text).toContain('https://x/forgot')
    const review = applicationToReviewMail(application, 'en', 'https://cms/admin/collections/agency-applications/1')
    expect(review.text).toContain('free e-mail service')
    expect(review.text).toContain('https://cms/admin/collections/agency-applications/1')
  })

  test('renderSimpleMail puts the facts, the action and the signature in both parts', () => {
    const mail = renderSimpleMail({ locale: 'en', subject: 'S', greeting: 'Hi', paragraphs: ['One', 'Two'], facts: [['A', 'b & c']], action: { label: 'Go', url: 'https://x/?a=1&b=2' } })
    expect(mail.text.split('\n').slice(0, 5)).toEqual(['Hi', '', 'One', '', 'Two'])
    expect(mail.text).toContain('A: b & c')
    expect(mail.html).toContain('b &amp; c')
    expect(mail.html).toContain('href="https://x/?a=1&amp;b=2"')
    expect(mail.text).toContain('Best regards')
  })
})
