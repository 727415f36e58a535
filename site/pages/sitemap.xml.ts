import type { APIRoute } from 'astro'
import { listPublicSlugs } from '../lib/cms.ts'
import { paths } from '../lib/i18n.ts'
import { councilPath, networkPath } from '../features/network/networkText.ts'
import { searchPath } from '../features/search/searchText.ts'
import { buildSitemap, type SitemapPage } from '../lib/sitemap.ts'

const both = (path: (locale: 'sv' | 'en') => string): SitemapPage => ({ sv: path('sv'), en: path('en') })

export const GET: APIRoute = async ({ site, url }) => {
  const { hubs, events, municipalities } = await listPublicSlugs()
  const pages: SitemapPage[] = [
    both(paths.home),
    both(paths.hubs),
    both(paths.events),
    both(paths.accessibility),
    both(paths.privacy),
    both(paths.openData),
    both(networkPath),
    both(councilPath),
    both(searchPath),
    ...hubs.map((h) => ({ ...both((l) => paths.hub(l, h.slug)), lastmod: h.updatedAt })),
    ...events.map((e) => ({ ...both((l) => paths.event(l, e.slug)), lastmod: e.updatedAt })),
    ...municipalities.map((m) => ({ ...both((l) => paths.municipality(l, m.slug)), lastmod: m.updatedAt })),
  ]
  return new Response(buildSitemap(pages, (site ?? url).origin), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
