import node from '@astrojs/node'
import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

// Astro has no config switch for telemetry; its client reads this variable lazily.
process.env.ASTRO_TELEMETRY_DISABLED = '1'

export default defineConfig({
  srcDir: './site',
  output: 'server',
  // Request bodies are forms, not uploads: 1 MiB, not the adapter's default of 1 GiB held in memory.
  adapter: node({ mode: 'standalone', bodySizeLimit: 1024 * 1024 }),
  integrations: [react()],
  // The public origin for absolute URLs (canonical, hreflang, feeds); without it, the request's own.
  site: process.env.SITE_PUBLIC_URL || undefined,
  // Inside srcDir, so the build-state check that rebuilds on changes to site/ sees the favicon.
  publicDir: './site/public',
  trailingSlash: 'never',
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'never' },
  // HTML-aware compression: Astro 7's default ('jsx') drops the line break between a text and the
  // next element, gluing words to links ("klaga hosIntegritetsskyddsmyndigheten").
  compressHTML: true,
  // The CSP allows scripts only from the site's own files, so no script is put inline, however small (Astro inlines under 4 KB).
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  // site/middleware.ts checks Origin and Sec-Fetch-Site itself: Astro's own check answers a bare
  // English 403 before the middleware runs (so without the security headers) and knows only the
  // request's URL, not SITE_PUBLIC_URL behind a proxy.
  security: { checkOrigin: false },
})
