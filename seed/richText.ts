import type { Hub } from '../cms/payload-types.ts'

export type RichText = NonNullable<Hub['description']>

/** Lexical rich text made of plain paragraphs, as the seed writes its descriptions. */
export function paragraphs(...texts: string[]): RichText {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: texts.map((text) => ({
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      })),
    },
  }
}
