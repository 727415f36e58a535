/** Rich text from the CMS as HTML. The converter escapes text and sanitises link URLs. */
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { convertLexicalToHTML, LinkHTMLConverter } from '@payloadcms/richtext-lexical/html'
import { paths, type Locale } from './i18n.ts'

type LinkedDoc = { relationTo?: string; value?: unknown } | undefined

/** Internal links point at CMS documents; on the site they go to that document's page. */
function sitePathOf(doc: LinkedDoc, locale: Locale): string {
  const value = doc?.value
  const slug = value && typeof value === 'object' ? (value as { slug?: unknown }).slug : undefined
  if (typeof slug !== 'string') return paths.home(locale)
  switch (doc?.relationTo) {
    case 'hubs':
      return paths.hub(locale, slug)
    case 'events':
      return paths.event(locale, slug)
    case 'municipalities':
      return paths.municipality(locale, slug)
    default:
      return paths.home(locale)
  }
}

export function richTextToHtml(data: unknown, locale: Locale): string {
  if (!data || typeof data !== 'object' || !('root' in data)) return ''
  return convertLexicalToHTML({
    data: data as SerializedEditorState,
    disableContainer: true,
    converters: ({ defaultConverters }) => ({
      ...defaultConverters,
      ...LinkHTMLConverter({ internalDocToHref: ({ linkNode }) => sitePathOf(linkNode.fields.doc as LinkedDoc, locale) }),
    }),
  })
}
