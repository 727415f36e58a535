import { describe, expect, it } from 'vitest'
import { feedWindow, filterParams, filterWindow, parseEventFilters } from '../../../site/features/events/eventFilters.ts'

const parse = (qs: string) => parseEventFilters(new URLSearchParams(qs))

describe('event list filters', () => {
  it('reads municipality, hub, type and a date range', () => {
    expect(parse('municipality=are&hub=house-be&type=fika&from=2026-12-01&to=2026-12-31').filters).toEqual({
      municipality: 'are', hub: 'house-be', type: 'fika', from: '2026-12-01', to: '2026-12-31', past: false,
    })
  })

  it('drops and names what it cannot use, keeping the rest', () => {
    const { filters, ignored } = parse("municipality=x'%20OR%201=1&type=constructor&from=2026-13-45&hub=brunflo")
    expect(filters).toEqual({ hub: 'brunflo', past: false })
    expect(ignored.map((i) => i.param)).toEqual(['municipality', 'type', 'from'])
    expect(ignored.every((i) => i.sv && i.en && i.sv !== i.en)).toBe(true)
  })

  it('ignores an end before the start, and a period over two years', () => {
    expect(parse('from=2026-12-10&to=2026-12-01').filters.to).toBeUndefined()
    expect(parse('from=2026-01-01&to=2030-01-01').filters.to).toBeUndefined()
  })

  it('survives 10 KB of junk', () => {
    const { filters } = parse('type=' + 'x'.repeat(10_000) + '&from=' + '9'.repeat(10_000))
    expect(filters).toEqual({ past: false })
  })

  it('covers whole Stockholm days, across the change to winter time', () => {
    const now = new Date('2026-01-01T00:00:00Z')
    const window = filterWindow({ from: '2026-10-25', to: '2026-10-25', past: false }, now)
    expect(window.after?.toISOString()).toBe('2026-10-24T22:00:00.000Z')
    expect(window.before?.toISOString()).toBe('2026-10-25T22:59:59.999Z')
  })

  it('never shows past events in the upcoming list, nor future ones in the archive', () => {
    const now = new Date('2026-11-22T12:00:00Z')
    expect(filterWindow({ from: '2026-01-01', past: false }, now).after).toEqual(now)
    expect(filterWindow({ to: '2027-01-01', past: true }, now)).toEqual({ after: undefined, before: now, descending: true })
  })
})

describe('filters as a feed sees them', () => {
  it('write back in one order, without the archive switch', () => {
    expect(filterParams(parse('to=2026-12-31&past=1&type=fika&municipality=are').filters).toString()).toBe('municipality=are&type=fika&to=2026-12-31')
    expect(filterParams(parse('past=1').filters).toString()).toBe('')
  })

  it('cover the list’s dates plus the feed’s recent past', () => {
    const since = new Date('2026-11-04T10:00:00.000Z')
    expect(feedWindow(parse('').filters, since)).toEqual({ since })
    // A start after the feed's window begins narrows it; one before does not widen it.
    expect(feedWindow(parse('from=2026-12-01&to=2026-12-31').filters, since)).toEqual({
      since: new Date('2026-11-30T23:00:00.000Z'),
      before: new Date('2026-12-31T22:59:59.999Z'),
    })
    expect(feedWindow(parse('from=2026-01-01').filters, since)).toEqual({ since })
  })
})
