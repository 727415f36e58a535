import { describe, expect, it } from 'vitest'
import { PROBLEM_STATUS, problemMessage, problemPage, problemResponse, refusal, type SecurityProblem } from '../../../../site/lib/security/messages.ts'

const problems = Object.keys(PROBLEM_STATUS) as SecurityProblem[]

describe('security messages', () => {
  it('has a distinct Swedish and English message for every problem', () => {
    for (const problem of problems) {
      const sv = problemMessage(problem, 'sv', 120)
      const en = problemMessage(problem, 'en', 120)
      expect(sv.length).toBeGreaterThan(20)
      expect(en.length).toBeGreaterThan(20)
      expect(sv).not.toBe(en)
    }
  })

  it('has pages for a foreign host (421), a method the address does not take (405) and a body over 1 MB (413)', async () => {
    expect([PROBLEM_STATUS.misdirected, PROBLEM_STATUS['method-not-allowed'], PROBLEM_STATUS['too-large']]).toEqual([421, 405, 413])
    expect(problemMessage('too-large', 'sv')).toContain('1 MB')
    expect(problemMessage('too-large', 'en')).toContain('1 MB')
    expect((await problemResponse('misdirected', 'en').text()).indexOf('Wrong address')).toBeGreaterThan(0)
  })

  it('tells a rate-limited visitor how many minutes to wait, rounded up', () => {
    expect(problemMessage('rate-limited', 'sv', 61)).toContain('Vänta 2 minuter')
    expect(problemMessage('rate-limited', 'en', 30)).toContain('Wait 1 minute ')
  })

  it('renders a page in the visitor’s language first, then the other, with no script or style', () => {
    const html = problemPage('bad-url', 'en')
    expect(html).toMatch(/^<!doctype html><html lang="en">/)
    expect(html.indexOf('Invalid address')).toBeLessThan(html.indexOf('Felaktig adress'))
    expect(html).toContain('<section lang="sv">')
    expect(html).not.toMatch(/<script|<style|style=/)
  })

  it('answers with the problem’s status, no caching, and Retry-After on a 429', async () => {
    const forbidden = problemResponse('csrf-invalid', 'sv')
    expect(forbidden.status).toBe(403)
    expect(forbidden.headers.get('cache-control')).toBe('no-store')
    expect(forbidden.headers.get('retry-after')).toBeNull()
    expect(await forbidden.text()).toContain('säkerhetskod')
    const limited = problemResponse('rate-limited', 'en', 125.2)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('126')
  })

  it('gives every check one refusal: problem, status, message, and Retry-After only on a 429', () => {
    expect(refusal('csrf-invalid', 'en')).toEqual({ ok: false, problem: 'csrf-invalid', status: 403, message: problemMessage('csrf-invalid', 'en'), headers: {}, retryAfterSeconds: 0 })
    expect(refusal('form-unreadable', 'sv')).toMatchObject({ status: 400, message: 'Formuläret kunde inte läsas. Försök igen.' })
    expect(refusal('rate-limited', 'sv', 90)).toMatchObject({ status: 429, headers: { 'Retry-After': '90' }, retryAfterSeconds: 90, message: problemMessage('rate-limited', 'sv', 90) })
  })
})
