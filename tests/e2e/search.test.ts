import { describe, expect, inject, it } from 'vitest'

const siteUrl = inject('siteUrl')
const api = (qs: string) => fetch(`${siteUrl}/api/search?${qs}`)

describe('GET /api/search', () => {
  it('finds a seeded hub typed without Swedish letters, in the contract’s JSON shape', async () => {
    const res = await api('q=fjallhubben')
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body).toMatchObject({ engine: 'postgres', hits: expect.any(Array), facets: expect.any(Object), tookMs: expect.any(Number) })
    expect(body.hits[0]).toMatchObject({ type: 'hub', slug: 'fjallhubben', title: 'Fjällhubben', url: '/hubbar/fjallhubben' })
  })

  it('answers in English with English URLs', async () => {
    const body = await (await api('q=fjallhubben&locale=en')).json()
    expect(body.hits[0]).toMatchObject({ url: '/en/hubs/fjallhubben' })
  })

  it('never returns events for the authority network', async () => {
    const body = await (await api('q=myndighetsnatverket&type=event')).json()
    expect(body.hits).toEqual([])
  })

  it('sorts hubs near Funäsdalen by distance', async () => {
    const body = await (await api('type=hub&lat=62.543&lng=12.547&radiusKm=150')).json()
    expect(body.hits[0]).toMatchObject({ slug: 'fjallhubben' })
    expect(body.hits[0].distanceKm).toBeLessThan(1)
  })

  it.each([
    ['radiusKm=0&lat=63&lng=14', /Radien/],
    ['radiusKm=100000&lat=63&lng=14', /Radien/],
    ['lat=200&lng=14', /lat/],
    ['amenity=jacuzzi', /facilitet/],
  ])('refuses %s with 400 and a Swedish message', async (qs, message) => {
    const res = await api(qs)
    expect(res.status).toBe(400)
    expect((await res.json()).error).toMatch(message)
  })

  it.each([
    'q=' + 'x'.repeat(10_000),
    'q=%22unbalanced',
    'q=municipality%20%3D%20x%20OR%201%3D1',
    'page=99999',
    'municipality=finns-inte',
  ])('answers junk such as %s with 200 and sensible results', async (qs) => {
    const res = await api(qs.slice(0, 12_000))
    expect(res.status).toBe(200)
    expect(Array.isArray((await res.json()).hits)).toBe(true)
  })
})
