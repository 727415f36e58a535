import { describe, expect, test } from 'vitest'
import type { TextField } from 'payload'
import { Media } from '../../../cms/collections/Media.ts'

const alt = Media.fields.find((field) => 'name' in field && field.name === 'alt') as TextField
const validate = (value: unknown) => (alt.validate as (value: unknown) => true | string)(value)

describe('an image’s alternative text', () => {
  test('is required, in every language', () => {
    expect(alt.required).toBe(true)
    expect(alt.localized).toBe(true)
  })

  test('blank or missing is refused with a message that says what to write, in Swedish and English', () => {
    for (const value of [undefined, null, '', '   ']) {
      const message = validate(value)
      expect(message).toMatch(/alternativtext/i)
      expect(message).toMatch(/alternative text/i)
      expect(message).toMatch(/beskriv/i)
      expect(message).toMatch(/describe/i)
    }
    expect(validate('Ett arbetsrum med tre skrivbord')).toBe(true)
  })

  test('the image is stored 400, 800 and 1600 pixels wide, as WebP, for srcset', () => {
    const sizes = (Media.upload as { imageSizes: Array<{ name: string; width?: number; height?: number; formatOptions?: { format: string } }> }).imageSizes
    const responsive = sizes.filter((size) => !size.height)
    expect(responsive.map((size) => size.width)).toEqual([400, 800, 1600])
    for (const size of responsive) expect(size.formatOptions?.format, size.name).toBe('webp')
    expect((Media.upload as { formatOptions: { format: string } }).formatOptions.format).toBe('webp')
  })
})
