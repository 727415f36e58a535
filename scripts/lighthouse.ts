/**
 * `npm run lighthouse`: Lighthouse's performance and accessibility scores for the home page,
 * the hub directory and a hub page, in both languages, with Debian's Chromium, offline.
 *
 * Starts the built portal on free ports with the demo data (as the benchmarks do), warms each
 * page once so the scores describe the site as visitors meet it (served from the page cache),
 * then runs Lighthouse with its default mobile settings (simulated slow 4G and a 4x slower
 * CPU). Prints a table and stops everything it started.
 *
 * LIGHTHOUSE_PRESET=desktop uses Lighthouse's desktop settings instead.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { desktopConfig, type Flags } from 'lighthouse'
import { machine, printTable } from './lib/bench.ts'
import { startPortal } from './lib/portal.ts'

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

const portal = await startPortal('lighthouse')
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', chromeFlags: CHROME_FLAGS })
let failed = false
try {
  const hub = ((await (await fetch(`${portal.cmsUrl}/api/hubs?limit=1&sort=name&depth=0`)).json()) as { docs: Array<{ slug: string }> }).docs[0]
  const pages: Array<[string, string]> = [
    ['home', '/'],
    ['directory', '/hubbar'],
    ['hub page', `/hubbar/${hub.slug}`],
    ['home (en)', '/en'],
    ['directory (en)', '/en/hubs'],
    ['hub page (en)', `/en/hubs/${hub.slug}`],
  ]
  const preset = process.env.LIGHTHOUSE_PRESET === 'desktop' ? 'desktop' : 'mobile'
  const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] }
  const rows: string[][] = []
  for (const [name, pagePath] of pages) {
    const url = portal.siteUrl + pagePath
    await fetch(url)
    const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined)
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`)
    const { categories, audits } = result.lhr
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100)
    const metric = (id: string) => audits[id]?.displayValue ?? '–'
    // Bytes transferred for the page without images: HTML, CSS and JS.
    const items = (audits['network-requests']?.details as { items?: Array<{ resourceType?: string; transferSize?: number }> } | undefined)?.items ?? []
    const weight = items.filter((i) => ['Document', 'Stylesheet', 'Script'].includes(i.resourceType ?? '')).reduce((n, i) => n + (i.transferSize ?? 0), 0)
    const failing = Object.values(audits).filter((a) => a.scoreDisplayMode === 'binary' && a.score === 0 && categories.accessibility.auditRefs.some((r) => r.id === a.id))
    if (score('accessibility') < 100 || score('performance') < 95) failed = true
    rows.push([name, pagePath, String(score('performance')), String(score('accessibility')), metric('first-contentful-paint'), metric('largest-contentful-paint'), metric('total-blocking-time'), metric('cumulative-layout-shift'), (weight / 1024).toFixed(1), failing.map((a) => a.id).join(', ') || '–'])
  }
  console.log(`\nLighthouse ${preset} (${new Date().toISOString().slice(0, 10)}; ${machine()})\n`)
  printTable(['page', 'path', 'performance', 'accessibility', 'FCP', 'LCP', 'TBT', 'CLS', 'HTML+CSS+JS KB', 'failed a11y audits'], rows)
} finally {
  chrome.kill()
  await portal.stop()
}
if (failed) {
  console.log('\nBelow the goal (performance >= 95, accessibility 100) on at least one page.')
  process.exitCode = 1
}
