/**
 * Open Graph <meta> tags as HTML. Built here rather than as Astro attributes because Astro
 * escapes only `&` and `"` in attribute values; a title from the CMS must not carry a literal
 * `<script>` into the page, even where a browser would not run it.
 */
export interface OpenGraph {
  siteName: string
  title: string
  description?: string | null
  type: string
  url: string
  locale: string
  alternateLocale: string
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export function openGraphTags(og: OpenGraph): string {
  const tags: Array<[string, string | null | undefined]> = [
    ['og:site_name', og.siteName],
    ['og:title', og.title],
    ['og:description', og.description],
    ['og:type', og.type],
    ['og:url', og.url],
    ['og:locale', og.locale],
    ['og:locale:alternate', og.alternateLocale],
  ]
  return tags
    .filter(([, content]) => content)
    .map(([property, content]) => `<meta property="${property}" content="${escapeAttribute(content!)}">`)
    .join('')
}
