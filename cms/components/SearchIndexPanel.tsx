'use client'
/**
 * On the admin dashboard, for admins: rebuild the search index from the database (what
 * `npm run search:reindex` does), with the outcome shown when it is done.
 */
import { useAuth, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

const TEXT = {
  sv: {
    heading: 'Sökindex',
    help: 'Sökningen på webbplatsen hålls uppdaterad när innehåll sparas. Bygg om indexet om sökträffarna verkar fel, till exempel efter en import.',
    button: 'Bygg om sökindexet',
    busy: 'Bygger om …',
    done: (n: number, ms: number, meili: string) => `Klart: ${n} hubbar och evenemang indexerade på ${(ms / 1000).toFixed(1)} s. Meilisearch: ${meili}.`,
    failed: 'Sökindexet kunde inte byggas om.',
  },
  en: {
    heading: 'Search index',
    help: 'Search on the site is kept up to date as content is saved. Rebuild the index if results look wrong, for example after an import.',
    button: 'Rebuild the search index',
    busy: 'Rebuilding …',
    done: (n: number, ms: number, meili: string) => `Done: ${n} hubs and events indexed in ${(ms / 1000).toFixed(1)} s. Meilisearch: ${meili}.`,
    failed: 'The search index could not be rebuilt.',
  },
}

export function SearchIndexPanel() {
  const { user } = useAuth<{ role?: string }>()
  const { i18n } = useTranslation()
  const t = TEXT[i18n.language === 'en' ? 'en' : 'sv']
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<string | null>(null)
  if (user?.role !== 'admin') return null

  async function rebuild() {
    setBusy(true)
    setResult(null)
    try {
      const res = await fetch('/api/search-index/rebuild', { method: 'POST', credentials: 'same-origin' })
      const body = (await res.json().catch(() => ({}))) as { total?: number; ms?: number; meilisearch?: string; message?: string }
      setResult(res.ok ? t.done(body.total ?? 0, body.ms ?? 0, body.meilisearch ?? '') : (body.message ?? t.failed))
    } catch {
      setResult(t.failed)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="search-index-panel" style={{ margin: '2rem 0' }}>
      <h2>{t.heading}</h2>
      <p>{t.help}</p>
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={rebuild} disabled={busy}>
        {busy ? t.busy : t.button}
      </button>
      <p role="status">{result}</p>
    </section>
  )
}
