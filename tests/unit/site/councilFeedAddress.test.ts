import { beforeAll, describe, expect, it } from 'vitest'

let feed: typeof import('../../../site/features/council/councilFeedAddress.ts')
beforeAll(async () => {
  process.env.SITE_SECRET = 'test-secret-'.padEnd(48, 'x')
  feed = await import('../../../site/features/council/councilFeedAddress.ts')
})

const token = 'a'.repeat(43)
const renewed = 'b'.repeat(43)

describe('the council feed’s address', () => {
  it('names the person and is signed with their current calendar token', () => {
    const path = feed.councilFeedPath('sv', 12, token)
    expect(path).toMatch(/^\/innovationsradet\/kalender\/12-[A-Za-z0-9_-]{43}\.ics$/)
    expect(feed.councilFeedPath('en', 12, token)).toBe(path.replace('/innovationsradet/kalender/', '/en/innovation-council/calendar/'))
    // The calendar token itself is not in it: the two feeds' addresses give nothing of each other away.
    expect(path).not.toContain(token)
  })

  it('stops matching when the token is renewed, and never matches another person', () => {
    const key = feed.councilFeedPath('sv', 12, token).split('/').pop()!.replace(/\.ics$/, '')
    const parsed = feed.parseCouncilFeedKey(key)!
    expect(parsed.userId).toBe(12)
    expect(feed.councilKeyMatches(parsed, token)).toBe(true)
    expect(feed.councilKeyMatches(parsed, renewed)).toBe(false)
    expect(feed.councilKeyMatches(parsed, null)).toBe(false)
    expect(feed.councilKeyMatches({ ...parsed, userId: 13 }, token)).toBe(false)
  })

  it('reads nothing from a malformed key', () => {
    for (const bad of ['', '12', '0-' + 'a'.repeat(43), '12-short', `12-${'a'.repeat(42)}!`, `x-${'a'.repeat(43)}`]) expect(feed.parseCouncilFeedKey(bad), bad).toBeNull()
  })
})
