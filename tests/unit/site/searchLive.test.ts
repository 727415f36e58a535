import { describe, expect, it } from 'vitest'
import { highlightToHtml, MARK_END, MARK_START } from '../../../cms/search/normalize.ts'
import { apiQuery, formQuery, snippetParts } from '../../../site/features/search/searchLive.ts'

describe('snippetParts', () => {
  it('turns the API’s marked snippet back into text parts, marks kept apart', () => {
    const html = highlightToHtml(`Fika på ${MARK_START}Fjällhubben${MARK_END} & 3 < 5 "ok" 'ja'`)
    expect(snippetParts(html)).toEqual([
      { text: 'Fika på ', mark: false },
      { text: 'Fjällhubben', mark: true },
      { text: ` & 3 < 5 "ok" 'ja'`, mark: false },
    ])
  })

  it('keeps markup typed into content as text, never as tags', () => {
    const html = highlightToHtml(`<script>alert(1)</script> ${MARK_START}<img src=x onerror=alert(2)>${MARK_END}`)
    const parts = snippetParts(html)
    expect(parts.map((p) => p.text).join('')).toBe('<script>alert(1)</script> <img src=x onerror=alert(2)>')
    expect(parts.find((p) => p.mark)?.text).toBe('<img src=x onerror=alert(2)>')
  })

  it('treats anything but exact mark tags as text', () => {
    expect(snippetParts('<b>x</b><mark onclick=1>y')).toEqual([{ text: '<b>x</b><mark onclick=1>y', mark: false }])
  })
})

describe('formQuery and apiQuery', () => {
  it('drops empty fields and the page, keeps repeated amenities, adds the language for the API', () => {
    const page = formQuery([
      ['q', 'fika'],
      ['type', ''],
      ['municipality', ''],
      ['amenity', 'wifi'],
      ['amenity', 'parking'],
      ['page', '3'],
    ])
    expect(page.toString()).toBe('q=fika&amenity=wifi&amenity=parking')
    expect(apiQuery(page, 'en').toString()).toBe('q=fika&amenity=wifi&amenity=parking&locale=en')
    expect(page.has('locale')).toBe(false)
  })
})
