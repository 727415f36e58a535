import { describe, expect, it } from 'vitest'
import { sortByName } from '../../../site/lib/sortByName.ts'

describe('sortByName', () => {
  it('sorts Å, Ä and Ö after Z in Swedish order', () => {
    const names = ['Östersund', 'Åre', 'Berg', 'Ärtan', 'Zeta'].map((name) => ({ name }))
    expect(sortByName(names).map((m) => m.name)).toEqual(['Berg', 'Zeta', 'Åre', 'Ärtan', 'Östersund'])
  })

  it('does not change the list it is given', () => {
    const names = [{ name: 'B' }, { name: 'A' }]
    sortByName(names)
    expect(names[0].name).toBe('B')
  })
})
