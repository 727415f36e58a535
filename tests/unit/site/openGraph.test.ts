import { describe, expect, it } from 'vitest'
import { openGraphTags } from '../../../site/lib/openGraph.ts'

const base = {
  siteName: 'Co-working Region',
  title: 'Fjällhubben',
  description: 'En hubb i Funäsdalen.',
  type: 'website',
  url: 'https://example.se/hubbar/fjallhubben',
  locale: 'sv_SE',
  alternateLocale: 'en_GB',
}

describe('openGraphTags', () => {
  it('gives title, description, type, url, locale and its alternate', () => {
    const html = openGraphTags(base)
    for (const [property, content] of [
      ['og:site_name', 'Co-working Region'],
      ['og:title', 'Fjällhubben'],
      ['og:description', 'En hubb i Funäsdalen.'],
      ['og:type', 'website'],
      ['og:url', 'https://example.se/hubbar/fjallhubben'],
      ['og:locale', 'sv_SE'],
      ['og:locale:alternate', 'en_GB'],
    ]) {
      expect(html).toContain(`<meta property="${property}" content="${content}">`)
    }
  })

  it('leaves out a missing description', () => {
    expect(openGraphTags({ ...base, description: null })).not.toContain('og:description')
  })

  it('escapes markup and quotes so a title cannot leave its attribute or carry a tag', () => {
    const html = openGraphTags({ ...base, title: '"><script>alert(1)</script> & co' })
    expect(html).not.toContain('<script>')
    expect(html).toContain('content="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"')
  })
})
