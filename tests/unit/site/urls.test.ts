import { describe, expect, it } from 'vitest'
import { absoluteUrl, isCurrentSection, webcalUrl } from '../../../site/lib/urls.ts'

describe('absoluteUrl', () => {
  it('joins a path to the public origin when it is known', () => {
    expect(absoluteUrl('/hubbar/house-be', 'https://coworking.example')).toBe('https://coworking.example/hubbar/house-be')
  })

  it('keeps the path root-relative when the origin is unknown', () => {
    expect(absoluteUrl('/hubbar', undefined)).toBe('/hubbar')
  })
})

describe('isCurrentSection', () => {
  it('marks a section as current on its own pages', () => {
    expect(isCurrentSection('/hubbar', '/hubbar', '/')).toBe(true)
    expect(isCurrentSection('/hubbar/house-be', '/hubbar', '/')).toBe(true)
    expect(isCurrentSection('/en/events/', '/en/events', '/en')).toBe(true)
  })

  it('marks the home page as current only on itself', () => {
    expect(isCurrentSection('/', '/', '/')).toBe(true)
    expect(isCurrentSection('/hubbar', '/', '/')).toBe(false)
    expect(isCurrentSection('/en/hubs', '/en', '/en')).toBe(false)
  })

  it('does not match a section that only shares a prefix', () => {
    expect(isCurrentSection('/hubbarna', '/hubbar', '/')).toBe(false)
  })
})

describe('webcalUrl', () => {
  it('points at the feed on the page’s own host and port', () => {
    expect(webcalUrl('/kalender.ics', new URL('http://127.0.0.1:4431/evenemang'))).toBe('webcal://127.0.0.1:4431/kalender.ics')
    expect(webcalUrl('/hubbar/fjallhubben/kalender.ics', new URL('https://portal.example.org/hubbar/fjallhubben'))).toBe(
      'webcal://portal.example.org/hubbar/fjallhubben/kalender.ics',
    )
  })
})
