import type { DateField } from 'payload'

/**
 * How the admin panel shows and reads dates: Swedish style (2027-03-17 14:00, 24-hour clock)
 * for every date field, since Payload's default is US style ("Mar 17, 2027 2:00 PM"). The
 * display format is also the format a typed date is read in, so typing "2027-03-17 14:00" works.
 */
export const dayAndTime = {
  pickerAppearance: 'dayAndTime',
  displayFormat: 'yyyy-MM-dd HH:mm',
  timeFormat: 'HH:mm',
  timeIntervals: 15,
  // The picker's time column is headed "Time" otherwise; this text cannot follow the panel's language.
  overrides: { timeCaption: 'Tid / Time' },
} as const satisfies NonNullable<DateField['admin']>['date']

/** A day without a time, for dates such as a series' last day or a holiday. */
export const dayOnly = { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } as const satisfies NonNullable<DateField['admin']>['date']
