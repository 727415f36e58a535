import { describe, expect, test } from 'vitest'
import { contactMessages, MESSAGE_MAX, parseContact } from '../../../cms/domain/hubContact/input.ts'
import { hubContactMessage } from '../../../cms/hubContact/mail.ts'
import { hiddenPrefixes, match, path } from '../../../cms/domain/routes.ts'

describe('a message to a hub', () => {
  test('needs a name, an address to answer and a message', () => {
    expect(parseContact({ name: ' Vera  Besökare ', email: ' Vera@Example.ORG ', message: ' Hej!\r\nFinns det plats? ' }, 'sv')).toEqual({
      ok: true,
      value: { name: 'Vera Besökare', email: 'vera@example.org', message: 'Hej!\nFinns det plats?', locale: 'sv' },
    })
    expect(parseContact({}, 'en')).toMatchObject({ ok: false, problems: { name: 'nameMissing', email: 'emailMissing', message: 'messageMissing' } })
  })

  test('refuses what is too long or malformed, and keeps the values it shows again short', () => {
    const result = parseContact({ name: 'n'.repeat(121), email: 'inte-en-adress', message: 'm'.repeat(MESSAGE_MAX + 1) }, 'sv')
    expect(result).toMatchObject({ ok: false, problems: { name: 'nameTooLong', email: 'emailInvalid', message: 'messageTooLong' } })
    expect(result.value.message).toHaveLength(MESSAGE_MAX)
    expect(parseContact({ name: 'A', email: `${'a'.repeat(250)}@example.org`, message: 'x' }, 'sv')).toMatchObject({ problems: { email: 'emailInvalid' } })
  })

  test('ignores values that are not text, and drops control characters', () => {
    expect(parseContact({ name: ['A'], email: { x: 1 }, message: 3 } as never, 'sv').ok).toBe(false)
    const ok = parseContact({ name: 'A\u0000', email: 'a@example.org', message: 'b\u0007c' }, 'en')
    expect(ok.ok && ok.value).toMatchObject({ name: 'A', message: 'bc', locale: 'en' })
  })

  test('every problem has a message in both languages', () => {
    for (const message of Object.values(contactMessages)) expect(message.sv && message.en).toBeTruthy()
  })

  test('the mail names the hub and the sender, holds the message, escapes HTML and keeps the subject on one line', () => {
    const mail = hubContactMessage('Skid\ntunneln', { name: 'Vera <b>', email: 'vera@example.org', message: 'Hej <script>', locale: 'en' }, 'https://example.se/hubbar/skidtunneln')
    expect(mail.subject).toBe('Meddelande till Skid tunneln från Vera <b>')
    expect(mail.text).toContain('Hej <script>')
    expect(mail.text).toContain('Vera <b> <vera@example.org> (skrev på engelska)')
    expect(mail.text).toContain('https://example.se/hubbar/skidtunneln')
    expect(mail.html).toContain('Hej &lt;script&gt;')
    expect(mail.html).not.toContain('<script>')
  })
})

describe('the contact form’s address', () => {
  test('in both languages, and read back', () => {
    expect(path('hubContact', { slug: 'brunflo' }, 'sv')).toBe('/hubbar/brunflo/kontakt')
    expect(path('hubContact', { slug: 'brunflo' }, 'en')).toBe('/en/hubs/brunflo/contact')
    expect(match('/en/hubs/brunflo/contact')).toEqual({ name: 'hubContact', params: { slug: 'brunflo' }, locale: 'en' })
  })

  test('keeps crawlers out of the form, not out of the hubs', () => {
    const prefixes = hiddenPrefixes()
    expect(prefixes).toContain('/hubbar/*/kontakt')
    expect(prefixes).toContain('/en/hubs/*/contact')
    expect(prefixes.some((p) => '/hubbar/brunflo'.startsWith(p) || '/en/hubs/brunflo'.startsWith(p))).toBe(false)
  })
})
