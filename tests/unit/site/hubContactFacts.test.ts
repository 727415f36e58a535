import { describe, expect, test } from 'vitest'
import { canContactHub, hubContactFacts } from '../../../site/features/hubs/hubContactFacts.ts'

describe('the ways to reach a hub', () => {
  test('only what the hub has, trimmed; the phone link keeps digits and +', () => {
    expect(hubContactFacts({ website: ' https://hubb.example ', onboarding: { contactEmail: 'hej@hubb.example', contactPhone: '070-174 06 05' } })).toEqual({
      website: 'https://hubb.example',
      email: 'hej@hubb.example',
      phone: { text: '070-174 06 05', tel: '0701740605' },
    })
    expect(hubContactFacts({ website: null, onboarding: { contactName: 'Nils', contactPhone: '  ', contactEmail: '' } })).toEqual({ website: null, email: null, phone: null })
    expect(hubContactFacts({ onboarding: { contactPhone: 'ring oss' } }).phone).toBeNull()
  })

  test('a hub can be contacted through its own details, a manager who shows theirs, or the form', () => {
    const none = hubContactFacts({})
    expect(canContactHub(none, [], false)).toBe(false)
    expect(canContactHub(none, [{ email: null, phone: null }], false)).toBe(false)
    expect(canContactHub(none, [{ email: null, phone: '070-174 06 05' }], false)).toBe(true)
    expect(canContactHub(none, [], true)).toBe(true)
    expect(canContactHub(hubContactFacts({ website: 'https://hubb.example' }), [], false)).toBe(true)
  })
})
