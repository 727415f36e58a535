import { describe, expect, test } from 'vitest'
import sharp from 'sharp'
import { ILLUSTRATION_HEIGHT, ILLUSTRATION_KINDS, ILLUSTRATION_WIDTH, illustrationSvg, illustrationText, renderIllustration } from '../../../seed/illustrations.ts'
import { demoContact, howToBook } from '../../../seed/demoContent.ts'

describe('the demo hubs’ illustrations', () => {
  test('carry the hub’s name, escaped', () => {
    const svg = illustrationSvg('Högt Hett & Säkert <demo>', 'desks', 0)
    expect(svg).toContain('Högt Hett &amp; Säkert &lt;demo&gt;')
    expect(svg).not.toContain('<demo>')
  })

  test('say in their alt text, in both languages, that they are illustrations', () => {
    for (const kind of ILLUSTRATION_KINDS) {
      const { alt, caption } = illustrationText('Brunflo', kind)
      expect(alt.sv).toMatch(/^Illustration \(inte ett foto\)/)
      expect(alt.en).toMatch(/^Illustration \(not a photo\)/)
      expect(alt.sv).toContain('Brunflo')
      expect(caption.sv && caption.en).toBeTruthy()
    }
  })

  test('render to a PNG of the stated size', async () => {
    const png = await renderIllustration('Brunflo', 'meeting', 1)
    const meta = await sharp(png).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(['png', ILLUSTRATION_WIDTH, ILLUSTRATION_HEIGHT])
  })
})

describe('the demo hubs’ booking text', () => {
  test('names only the ways the hub’s page shows', () => {
    expect(howToBook({ showEmail: true, showPhone: false }).sv).not.toMatch(/telefon/)
    expect(howToBook({ showEmail: true, showPhone: false }).en).not.toMatch(/phone/)
    expect(howToBook({ showEmail: false, showPhone: true }).sv).toMatch(/telefon eller via kontaktformuläret/)
    expect(howToBook({ showEmail: false, showPhone: false }).en).toMatch(/contact form/)
    for (let i = 0; i < 12; i++) {
      const contact = demoContact(i)
      if (!contact.showPhone) expect(howToBook(contact).sv).not.toMatch(/telefon/)
      expect(contact.phone).toMatch(/^070-174 06 \d\d$/)
    }
  })
})
