import { describe, expect, test } from 'vitest'
import { officeGroups } from '../../../site/features/network/networkOffices.ts'

const ost = { name: 'Östersund', slug: 'ostersund' }
const are = { name: 'Åre', slug: 'are' }

describe('officeGroups', () => {
  test('groups agencies by office municipality in Swedish order, those without an office last', () => {
    const groups = officeGroups(
      [
        { name: 'Öververket', municipality: ost },
        { name: 'Ingenstans', municipality: null },
        { name: 'Alfaverket', municipality: ost },
        { name: 'Fjällverket', municipality: are },
      ],
      'Kontor inte angivet',
    )
    expect(groups.map((g) => [g.name, g.anchor, g.agencies.map((a) => a.name)])).toEqual([
      ['Åre', 'kontor-are', ['Fjällverket']],
      ['Östersund', 'kontor-ostersund', ['Alfaverket', 'Öververket']],
      ['Kontor inte angivet', 'kontor-ovriga', ['Ingenstans']],
    ])
    expect(groups.at(-1)?.slug).toBeNull()
  })

  test('no agencies, no groups', () => {
    expect(officeGroups([], 'x')).toEqual([])
  })
})
