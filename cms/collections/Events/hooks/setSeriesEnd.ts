import type { CollectionBeforeChangeHook } from 'payload'
import { seriesEnd, type Recurrence } from '../../../domain/calendar/recurrence.ts'

/** When the last occurrence ends (null: never), so lists and feeds can find a series that is still running. */
export const setSeriesEnd: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const start = data.start ?? originalDoc?.start
  const end = data.end ?? originalDoc?.end
  const recurrence = (data.recurrence ?? originalDoc?.recurrence) as Recurrence | undefined
  if (start && end) data.seriesEnd = seriesEnd(new Date(start).toISOString(), new Date(end).toISOString(), recurrence)
  return data
}
