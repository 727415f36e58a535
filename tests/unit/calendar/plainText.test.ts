import { describe, expect, test } from 'vitest'
import { richTextToPlainText } from '../../../cms/domain/calendar/plainText.ts'

const text = (value: string) => ({ type: 'text', text: value, version: 1 })
const paragraph = (...children: object[]) => ({ type: 'paragraph', children, version: 1 })
const doc = (...children: object[]) => ({ root: { type: 'root', children, version: 1 } })

describe('richTextToPlainText', () => {
  test('paragraphs are separated by a blank line', () => {
    expect(richTextToPlainText(doc(paragraph(text('Första.')), paragraph(text('Andra.'))))).toBe('Första.\n\nAndra.')
  })

  test('inline runs and links join without separators', () => {
    const link = { type: 'link', children: [text('länken')], version: 1 }
    expect(richTextToPlainText(doc(paragraph(text('Se '), link, text(' här.'))))).toBe('Se länken här.')
  })

  test('line breaks are kept and list items go on lines of their own', () => {
    const list = { type: 'list', children: [{ type: 'listitem', children: [text('ett')] }, { type: 'listitem', children: [text('två')] }] }
    expect(richTextToPlainText(doc(paragraph(text('a'), { type: 'linebreak' }, text('b')), list))).toBe('a\nb\n\nett\ntvå')
  })

  test('markup in text stays text', () => {
    expect(richTextToPlainText(doc(paragraph(text('<script>alert(1)</script>'))))).toBe('<script>alert(1)</script>')
  })

  test('anything that is not rich text gives an empty string', () => {
    expect(richTextToPlainText(null)).toBe('')
    expect(richTextToPlainText('text')).toBe('')
    expect(richTextToPlainText({ root: null })).toBe('')
  })
})
