/**
 * sitemap.xml with every public page in both languages, each naming its other-language
 * version (hreflang), as search engines read them. Pure: the endpoint passes pages and origin.
 */
import { hiddenPrefixes } from '../../cms/domain/routes.ts'

export interface SitemapPage {
  sv: string
  en: string
  /** ISO date-time of the last change, when known. */
  lastmod?: string | null
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')

export function buildSitemap(pages: ReadonlyArray<SitemapPage>, origin: string): string {
  const abs = (path: string) => escapeXml(new URL(path, origin).href)
  const entries = pages.flatMap((page) => {
    const alternates = [
      `    <xhtml:link rel="alternate" hreflang="sv" href="${abs(page.sv)}"/>`,
      `    <xhtml:link rel="alternate" hreflang="en" href="${abs(page.en)}"/>`,
      `    <xhtml:link rel="alternate" hreflang="x-default" href="${abs(page.sv)}"/>`,
    ]
    const lastmod = page.lastmod && !Number.isNaN(Date.parse(page.lastmod)) ? [`    <lastmod>${new Date(page.lastmod).toISOString()}</lastmod>`] : []
    return [page.sv, page.en].map((path) => ['  <url>', `    <loc>${abs(path)}</loc>`, ...lastmod, ...alternates, '  </url>'].join('\n'))
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n')
}

/**
 * Pages reached only by secret links or after logging in are no crawler's business (the route
 * table's hidden routes). No `Allow: /`: what is not disallowed is allowed anyway, and crawlers
 * that obey the first matching line (Python's robotparser) would read it as allowing everything.
 */
export function buildRobotsTxt(origin: string): string {
  return ['User-agent: *', ...hiddenPrefixes().map((p) => `Disallow: ${p}`), '', `Sitemap: ${new URL('/sitemap.xml', origin).href}`, ''].join('\n')
}
