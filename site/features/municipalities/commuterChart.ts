/**
 * Geometry of the municipality page's bar chart of public-sector commuters to Östersund. Pure,
 * so the scale is unit tested; the component only draws what this returns.
 */
export interface ChartRow {
  label: string
  value: number | null
}

export interface ChartBar extends ChartRow {
  /** Top of the bar's row, in SVG units. */
  y: number
  width: number
}

export const CHART_LAYOUT = {
  width: 520,
  labelWidth: 130,
  /** Room right of the longest bar for its number. */
  valueWidth: 60,
  rowHeight: 40,
  barHeight: 24,
  padding: 8,
} as const

export interface CommuterChart {
  width: number
  height: number
  /** Where the bars start (the axis line). */
  barX: number
  bars: ChartBar[]
}

/** Bars scaled so the largest value fills the bar area; a missing or zero value has no bar. */
export function commuterChart(rows: ReadonlyArray<ChartRow>, layout = CHART_LAYOUT): CommuterChart {
  const barArea = layout.width - layout.labelWidth - layout.valueWidth
  const max = Math.max(0, ...rows.map((r) => (r.value != null && Number.isFinite(r.value) ? r.value : 0)))
  const bars = rows.map((row, i) => {
    const value = row.value != null && Number.isFinite(row.value) && row.value > 0 ? row.value : 0
    return { ...row, y: layout.padding + i * layout.rowHeight, width: max > 0 ? (value / max) * barArea : 0 }
  })
  return { width: layout.width, height: layout.padding * 2 + rows.length * layout.rowHeight, barX: layout.labelWidth, bars }
}
