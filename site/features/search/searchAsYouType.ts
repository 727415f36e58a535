/**
 * Search as you type on /sok and /en/search. The page works as a plain GET form without
 * JavaScript; this module only enhances it: after a short pause in typing (or at once when a
 * filter changes) it asks `GET /api/search`, redraws the results and facet counts, announces
 * the number of results through the heading's aria-live region and keeps the address in step
 * (history.replaceState), so what is shown stays bookmarkable. A newer request cancels the
 * one still running. All text goes in as text nodes; snippets become text and <mark> elements
 * (site/features/search/searchLive.ts), never parsed HTML.
 */
import { path } from '../../../cms/domain/routes.ts'
import type { SearchHit, SearchResult } from '../../../cms/domain/search/types.ts'
import { formatEventTime } from '../../lib/format.ts'
import type { Locale } from '../../lib/i18n.ts'
import { facetChoice, withCount, type FacetName } from './searchFacets.ts'
import { apiQuery, formQuery, snippetParts } from './searchLive.ts'
import { searchPath, searchText } from './searchText.ts'

const DEBOUNCE_MS = 250

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  if (text != null) el.textContent = text
  if (className) el.className = className
  return el
}

function enhance(form: HTMLFormElement) {
  const locale: Locale = form.dataset.locale === 'en' ? 'en' : 'sv'
  const t = searchText(locale)
  const heading = document.getElementById('results-heading')
  const region = document.getElementById('search-hits')
  const answeredBy = region?.closest<HTMLElement>('[data-search-engine]')
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')
  if (!heading || !region || !input) return

  let timer: ReturnType<typeof setTimeout> | undefined
  let running: AbortController | undefined

  const snippet = (html: string) => {
    const p = element('p', undefined, 'snippet')
    for (const part of snippetParts(html)) p.append(part.mark ? element('mark', part.text) : document.createTextNode(part.text))
    return p
  }

  const hitItem = (hit: SearchHit) => {
    const li = element('li')
    const link = element('a', hit.title)
    link.href = hit.url
    li.append(link)
    if (hit.cancelled) li.append(' ', element('strong', t.cancelled, 'badge badge--cancelled'))
    if (hit.type === 'event' && hit.startsAt) li.append(' ', element('span', formatEventTime(hit.startsAt, null, locale), 'meta'))
    if (hit.distanceKm != null) li.append(' ', element('span', `${hit.distanceKm} km`, 'meta'))
    li.append(snippet(hit.snippet))
    return li
  }

  const pageLink = (params: URLSearchParams, page: number, text: string) => {
    const next = new URLSearchParams(params)
    next.set('page', String(page))
    const a = element('a', text)
    a.href = `${searchPath(locale)}?${next}`
    return a
  }

  function render(result: SearchResult, params: URLSearchParams) {
    const q = (params.get('q') ?? '').trim()
    heading!.textContent = q ? t.resultsFor(result.total, q) : t.results(result.total)
    const parts: Node[] = []
    if (result.hits.length === 0) {
      const p = element('p', t.none)
      if (result.didYouMean) {
        const a = element('a', result.didYouMean)
        a.href = `${searchPath(locale)}?q=${encodeURIComponent(result.didYouMean)}`
        p.append(' ', `${t.didYouMean} `, a, '?')
      }
      parts.push(p)
    }
    for (const [title, type] of [[t.typeHubs, 'hub'], [t.typeEvents, 'event']] as const) {
      const hits = result.hits.filter((h) => h.type === type)
      if (!hits.length) continue
      const section = element('section', undefined, 'result-group')
      const list = element('ul', undefined, 'results')
      list.append(...hits.map(hitItem))
      section.append(element('h3', title), list)
      parts.push(section)
    }
    if (result.total > result.hits.length) {
      const nav = element('nav', undefined, 'pager')
      nav.setAttribute('aria-label', t.title)
      nav.append(pageLink(params, 2, t.next))
      parts.push(nav)
    }
    region!.replaceChildren(...parts)
    if (answeredBy) answeredBy.dataset.searchEngine = result.engine
    updateFacets(result, params)
  }

  /** Counts redrawn, choices nothing matches hidden and groups left empty too, as the page does (searchFacets.ts). */
  function updateFacets(result: SearchResult, params: URLSearchParams) {
    for (const el of form.querySelectorAll<HTMLElement>('[data-facet]')) {
      const facet = el.dataset.facet as FacetName
      const key = el instanceof HTMLOptionElement ? el.value : (el.dataset.key ?? '')
      const choice = facetChoice(result.facets, facet, key, params.getAll(facet))
      if (el instanceof HTMLOptionElement) {
        el.textContent = withCount(el.dataset.label ?? key, choice)
        el.hidden = el.disabled = !choice.visible
      } else {
        el.textContent = choice.count === null ? '' : `(${choice.count})`
        const label = el.closest('label')
        if (label) label.hidden = !choice.visible
      }
    }
    for (const group of form.querySelectorAll<HTMLElement>('[data-facet-group]')) {
      const choices = [...group.querySelectorAll<HTMLElement>('[data-facet]')]
      group.hidden = !choices.some((el) => !(el instanceof HTMLOptionElement ? el : el.closest('label'))?.hidden)
    }
  }

  async function run() {
    const params = formQuery(new FormData(form))
    running?.abort()
    const controller = new AbortController()
    running = controller
    region!.setAttribute('aria-busy', 'true')
    try {
      const response = await fetch(`${path('searchApi', locale)}?${apiQuery(params, locale)}`, { signal: controller.signal, headers: { accept: 'application/json' } })
      // A 400 names a parameter the form cannot produce; leave the page as it is.
      if (!response.ok) return
      const result = (await response.json()) as SearchResult
      if (controller.signal.aborted) return
      render(result, params)
      const query = params.toString()
      history.replaceState(history.state, '', query ? `${searchPath(locale)}?${query}` : searchPath(locale))
    } catch (err) {
      if ((err as Error).name !== 'AbortError') console.warn('search as you type failed; the form still works', err)
    } finally {
      if (running === controller) region!.removeAttribute('aria-busy')
    }
  }

  const schedule = (delay: number) => {
    clearTimeout(timer)
    timer = setTimeout(run, delay)
  }
  input.addEventListener('input', () => schedule(DEBOUNCE_MS))
  form.addEventListener('change', (event) => {
    if (event.target !== input) schedule(0)
  })
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-live-search]')) enhance(form)
