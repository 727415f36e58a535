import { describe, expect, it } from 'vitest'
import { CHART_LAYOUT, commuterChart } from '../../../site/features/municipalities/commuterChart.ts'

const barArea = CHART_LAYOUT.width - CHART_LAYOUT.labelWidth - CHART_LAYOUT.valueWidth

describe('commuterChart', () => {
  it('scales bars so the largest value fills the bar area and the others are in proportion', () => {
    // Berg, 2018: region 5, municipalities 15, state 43.
    const chart = commuterChart([
      { label: 'Regionen', value: 5 },
      { label: 'Kommunerna', value: 15 },
      { label: 'Staten', value: 43 },
    ])
    expect(chart.bars.map((b) => b.width)).toEqual([(5 / 43) * barArea, (15 / 43) * barArea, barArea])
    expect(chart.bars.every((b) => b.width <= barArea)).toBe(true)
  })

  it('puts one bar per row below the other and makes the drawing tall enough for all', () => {
    const chart = commuterChart([
      { label: 'a', value: 1 },
      { label: 'b', value: 2 },
      { label: 'c', value: 3 },
    ])
    expect(chart.bars.map((b) => b.y)).toEqual([8, 48, 88])
    expect(chart.height).toBe(8 * 2 + 3 * 40)
    expect(chart.barX).toBe(CHART_LAYOUT.labelWidth)
  })

  it('draws no bar for a missing or zero value, and no bars at all when every value is zero', () => {
    const chart = commuterChart([
      { label: 'a', value: null },
      { label: 'b', value: 0 },
      { label: 'c', value: 4 },
    ])
    expect(chart.bars.map((b) => b.width)).toEqual([0, 0, barArea])
    expect(commuterChart([{ label: 'a', value: 0 }]).bars[0].width).toBe(0)
  })
})
