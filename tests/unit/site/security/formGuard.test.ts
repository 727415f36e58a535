import { beforeAll, describe, expect, it } from 'vitest'
import {
  checkFormGuard,
  checkFormTiming,
  formTimestampValue,
  HONEYPOT_FIELD,
  issueFormTimestamp,
  MAX_FORM_AGE_MS,
  MIN_FILL_MS,
  STARTED_FIELD,
} from '../../../../site/lib/security/formGuard.ts'
import { deriveKey } from '../../../../site/lib/security/secret.ts'

const key = deriveKey('c'.repeat(64), 'form-time')
const T = Date.UTC(2026, 10, 22, 9, 0)

describe('checkFormGuard', () => {
  const started = issueFormTimestamp(key, T)

  it('accepts a form with an empty (or absent) honeypot sent between 3 seconds and a day after it was served', () => {
    expect(MIN_FILL_MS).toBe(3000)
    expect(checkFormGuard(key, { honeypot: '', started }, T + MIN_FILL_MS)).toEqual({ ok: true })
    expect(checkFormGuard(key, { honeypot: null, started }, T + 60_000)).toEqual({ ok: true })
    expect(checkFormGuard(key, { honeypot: '', started }, T + MAX_FORM_AGE_MS)).toEqual({ ok: true })
  })

  it('refuses a filled honeypot whatever the timing', () => {
    expect(checkFormGuard(key, { honeypot: 'http://spam.example', started }, T + 60_000)).toEqual({ ok: false, problem: 'honeypot' })
    expect(checkFormGuard(key, { honeypot: ' ', started }, T + 60_000)).toEqual({ ok: false, problem: 'honeypot' })
  })

  it('refuses a form sent too fast, and one older than a day', () => {
    expect(checkFormGuard(key, { honeypot: '', started }, T + MIN_FILL_MS - 1)).toEqual({ ok: false, problem: 'form-too-fast' })
    expect(checkFormGuard(key, { honeypot: '', started }, T)).toEqual({ ok: false, problem: 'form-too-fast' })
    expect(checkFormGuard(key, { honeypot: '', started }, T + MAX_FORM_AGE_MS + 1)).toEqual({ ok: false, problem: 'form-expired' })
    expect(checkFormGuard(key, { honeypot: '', started }, T + 10_000, { minFillMs: 20_000 })).toEqual({ ok: false, problem: 'form-too-fast' })
    expect(checkFormGuard(key, { honeypot: '', started }, T + 10_000, { maxAgeMs: 5_000 })).toEqual({ ok: false, problem: 'form-expired' })
  })

  it('refuses a missing timestamp, a back-dated forgery, one from another key, and one issued for another form', () => {
    const mac = started.split('.')[1]
    expect(checkFormGuard(key, { honeypot: '', started: null }, T)).toEqual({ ok: false, problem: 'form-invalid' })
    expect(checkFormGuard(key, { honeypot: '', started: `${(T - 60_000).toString(36)}.${mac}` }, T)).toEqual({ ok: false, problem: 'form-invalid' })
    expect(checkFormGuard(key, { honeypot: '', started: issueFormTimestamp(deriveKey('c'.repeat(64), 'csrf'), T) }, T + 5000)).toEqual({ ok: false, problem: 'form-invalid' })
    const forLogin = issueFormTimestamp(key, T, 'login')
    expect(checkFormGuard(key, { honeypot: '', started: forLogin }, T + 5000, { form: 'login' })).toEqual({ ok: true })
    expect(checkFormGuard(key, { honeypot: '', started: forLogin }, T + 5000, { form: 'network-join' })).toEqual({ ok: false, problem: 'form-invalid' })
    expect(checkFormGuard(key, { honeypot: '', started: 'yesterday' }, T)).toEqual({ ok: false, problem: 'form-invalid' })
  })
})

describe('formTimestampValue and checkFormTiming (Astro-facing)', () => {
  beforeAll(() => {
    process.env.SITE_SECRET = 'test-secret-'.padEnd(48, 'x')
  })

  const form = (fields: Record<string, string>) => {
    const data = new FormData()
    for (const [name, value] of Object.entries(fields)) data.set(name, value)
    return data
  }

  it('accepts a timely form and answers a localised 400 otherwise', () => {
    const started = formTimestampValue(T)
    expect(checkFormTiming(form({ [STARTED_FIELD]: started, [HONEYPOT_FIELD]: '' }), 'sv', T + 4000)).toEqual({ ok: true })
    const fast = checkFormTiming(form({ [STARTED_FIELD]: started }), 'sv', T + 1000)
    expect(fast).toMatchObject({ ok: false, problem: 'form-too-fast', status: 400 })
    expect(!fast.ok && fast.message).toMatch(/för snabbt/)
    const bot = checkFormTiming(form({ [STARTED_FIELD]: started, [HONEYPOT_FIELD]: 'buy now' }), 'en', T + 4000)
    expect(bot).toMatchObject({ ok: false, problem: 'honeypot', status: 400 })
    expect(!bot.ok && bot.message).toMatch(/must be left empty/)
    const old = checkFormTiming(form({ [STARTED_FIELD]: started }), 'en', T + MAX_FORM_AGE_MS + 1)
    expect(!old.ok && old.message).toMatch(/more than a day/)
  })

  it('treats a file in the honeypot as filled', () => {
    const data = form({ [STARTED_FIELD]: formTimestampValue(T) })
    data.set(HONEYPOT_FIELD, new Blob(['x']), 'x.txt')
    expect(checkFormTiming(data, 'en', T + 4000)).toMatchObject({ ok: false, problem: 'honeypot' })
  })
})
