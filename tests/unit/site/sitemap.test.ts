import { describe, expect, it } from 'vitest'
import { buildRobotsTxt, buildSitemap } from '../../../site/lib/sitemap.ts'

describe('buildSitemap', () => {
  const xml = buildSitemap(
    [
      { sv: '/', en: '/en' },
      { sv: '/hubbar/as-torsta', en: '/en/hubs/as-torsta', lastmod: '2026-11-20T10:00:00.000Z' },
    ],
    'https://example.se',
  )

  it('lists every page once per language with absolute URLs', () => {
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
    expect(locs).toEqual(['https://example.se/', 'https://example.se/en', 'https://example.se/hubbar/as-torsta', 'https://example.se/en/hubs/as-torsta'])
  })

  it('names both language versions and a default on every entry', () => {
    const entries = xml.split('<url>').slice(1)
    for (const entry of entries) {
      expect(entry).toMatch(/hreflang="sv"/)
      expect(entry).toMatch(/hreflang="en"/)
      expect(entry).toMatch(/hreflang="x-default"/)
    }
    expect(entries[3]).toContain('<xhtml:link rel="alternate" hreflang="sv" href="https://example.se/hubbar/as-torsta"/>')
  })

  it('declares the sitemap and xhtml namespaces and gives lastmod when known', () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/)
    expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"')
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"')
    expect(xml.split('<url>')[1]).not.toContain('<lastmod>')
    expect(xml.split('<url>')[3]).toContain('<lastmod>2026-11-20T10:00:00.000Z</lastmod>')
  })

  it('escapes what XML needs escaped', () => {
    expect(buildSitemap([{ sv: '/a?b=1&c=2', en: '/en' }], 'https://example.se')).toContain('/a?b=1&amp;c=2')
  })
})

describe('buildRobotsTxt', () => {
  it('keeps crawlers out of the pages behind secret links, and points to the sitemap', () => {
    expect(buildRobotsTxt('https://example.se')).toBe(
      'User-agent: *\nDisallow: /hubbar/*/kontakt\nDisallow: /en/hubs/*/contact\nDisallow: /anmalan/\nDisallow: /en/registration/\nDisallow: /forhandsvisning\nDisallow: /en/preview\nDisallow: /natverket/bekrafta/\nDisallow: /en/network/confirm/\nDisallow: /natverket/losenord/\nDisallow: /en/network/password/\nDisallow: /natverket/ny-epost/\nDisallow: /en/network/new-email/\nDisallow: /natverket/mina-sidor\nDisallow: /en/network/my-page\nDisallow: /natverket/kalender/\nDisallow: /en/network/calendar/\nDisallow: /innovationsradet/kalender/\nDisallow: /en/innovation-council/calendar/\n\nSitemap: https://example.se/sitemap.xml\n',
    )
  })

  /** A crawler that obeys the first rule whose path begins the address, as Python's robotparser does. */
  function firstMatchAllows(robots: string, address: string): boolean {
    for (const line of robots.split('\n')) {
      const rule = /^(Allow|Disallow):\s*(\S*)/.exec(line)
      if (rule && rule[2] && address.startsWith(rule[2])) return rule[1] === 'Allow'
    }
    return true
  }

  it('keeps a crawler that obeys the first matching rule out too, and lets it see the public pages', () => {
    const robots = buildRobotsTxt('https://example.se')
    for (const hidden of ['/natverket/mina-sidor', '/en/network/my-page', '/anmalan/abc123', '/natverket/kalender/abc.ics', '/innovationsradet/kalender/k.ics']) {
      expect(firstMatchAllows(robots, hidden), hidden).toBe(false)
    }
    for (const open of ['/', '/hubbar/fjallhubben', '/en/events', '/kalender.ics', '/natverket']) expect(firstMatchAllows(robots, open), open).toBe(true)
  })
})
