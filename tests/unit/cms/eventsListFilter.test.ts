import { describe, expect, test } from 'vitest'
import { filtersOnHub, ownHubsListFilter } from '../../../cms/collections/Events/listFilter.ts'

describe('the events list a community manager opens on', () => {
  test('is the events at the hubs they run', () => {
    expect(ownHubsListFilter([3, 7], undefined)).toEqual({ hub: { in: [3, 7] } })
    expect(ownHubsListFilter([3], { or: [{ and: [{ status: { equals: 'cancelled' } }] }] })).toEqual({ hub: { in: [3] } })
  })

  test('gives way to a filter of their own on the hub, and adds nothing when they run no hub', () => {
    expect(ownHubsListFilter([3], { or: [{ and: [{ hub: { equals: '9' } }] }] })).toBeNull()
    expect(ownHubsListFilter([], undefined)).toBeNull()
  })

  test('finds a hub condition at any depth, and only a hub condition', () => {
    expect(filtersOnHub({ 'hub.name': { like: 'Fjäll' } })).toBe(true)
    expect(filtersOnHub({ and: [{ title: { like: 'hub' } }] })).toBe(false)
    expect(filtersOnHub('hub')).toBe(false)
  })
})
