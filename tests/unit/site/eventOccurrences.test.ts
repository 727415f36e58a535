import { describe, expect, it } from 'vitest'
import { currentOccurrence, MORE_LISTED, occasionList } from '../../../site/features/events/eventOccurrences.ts'

// Weekly on Tuesdays 09:00 Stockholm time from 3 November 2026.
const weekly = (recurrence: Record<string, unknown>) => ({
  start: '2026-11-03T08:00:00.000Z',
  end: '2026-11-03T09:00:00.000Z',
  recurrence: { frequency: 'weekly' as const, ...recurrence },
})

describe('an event page’s list of dates', () => {
  it('shows six of ten and says four more follow, listing them on demand', () => {
    const list = occasionList(weekly({ count: 10 }), new Date('2026-11-01T00:00:00.000Z'))
    expect(list.shown).toHaveLength(6)
    expect(list.moreCount).toBe(4)
    expect(list.more.map((o) => o.start.slice(0, 10))).toEqual(['2026-12-15', '2026-12-22', '2026-12-29', '2027-01-05'])
  })

  it('counts from today in a series that is under way', () => {
    const list = occasionList(weekly({ count: 10 }), new Date('2026-12-04T12:00:00.000Z'))
    expect(list.shown.map((o) => o.start.slice(0, 10))).toEqual(['2026-12-08', '2026-12-15', '2026-12-22', '2026-12-29', '2027-01-05'])
    expect(list.moreCount).toBe(0)
    expect(list.more).toEqual([])
  })

  it('counts a series with an end date to its end, and lists at most MORE_LISTED of the rest', () => {
    const list = occasionList(weekly({ until: '2029-11-03' }), new Date('2026-11-01T00:00:00.000Z'))
    expect(list.moreCount).toBe(157 - 6)
    expect(list.more).toHaveLength(MORE_LISTED)
  })

  it('says nothing of a count for a series without an end, but still lists more', () => {
    const list = occasionList(weekly({}), new Date('2026-11-01T00:00:00.000Z'))
    expect(list.moreCount).toBeNull()
    expect(list.more).toHaveLength(MORE_LISTED)
  })
})

describe('the occasion an event leads with', () => {
  it('is the next that has not ended', () => {
    expect(currentOccurrence(weekly({ count: 10 }), new Date('2026-11-20T00:00:00.000Z')).start).toBe('2026-11-24T08:00:00.000Z')
  })
})
