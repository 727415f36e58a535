import type { ArrayField, TextField } from 'payload'
import { intervalProblem, isClockTime, WEEKDAYS } from '../domain/openingHours.ts'
import { messages } from './messages.ts'
import { dayOnly } from './dates.ts'

const dayLabels: Record<string, { sv: string; en: string }> = {
  mon: { sv: 'Måndag', en: 'Monday' },
  tue: { sv: 'Tisdag', en: 'Tuesday' },
  wed: { sv: 'Onsdag', en: 'Wednesday' },
  thu: { sv: 'Torsdag', en: 'Thursday' },
  fri: { sv: 'Fredag', en: 'Friday' },
  sat: { sv: 'Lördag', en: 'Saturday' },
  sun: { sv: 'Söndag', en: 'Sunday' },
}

const opens: TextField = {
  name: 'opens',
  type: 'text',
  label: { sv: 'Öppnar (TT:MM)', en: 'Opens (HH:MM)' },
  admin: { width: '25%' },
  validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
    if (siblingData?.closed) return true
    return isClockTime(value) ? true : messages.clockTime
  },
}

const closes: TextField = {
  name: 'closes',
  type: 'text',
  label: { sv: 'Stänger (TT:MM)', en: 'Closes (HH:MM)' },
  admin: { width: '25%' },
  validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
    if (siblingData?.closed) return true
    const problem = intervalProblem(siblingData?.opens, value)
    if (problem === 'format') return messages.clockTime
    return problem === 'order' ? messages.intervalOrder : true
  },
}

/** Regular weekly hours: one row per opening interval, so a lunch break is two rows. */
export const openingHoursField: ArrayField = {
  name: 'openingHours',
  type: 'array',
  label: { sv: 'Öppettider', en: 'Opening hours' },
  labels: { singular: { sv: 'Intervall', en: 'Interval' }, plural: { sv: 'Intervall', en: 'Intervals' } },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'day',
          type: 'select',
          required: true,
          label: { sv: 'Dag', en: 'Day' },
          options: WEEKDAYS.map((d) => ({ value: d, label: dayLabels[d] })),
          admin: { width: '50%' },
        },
        { ...opens, required: true },
        { ...closes, required: true },
      ],
    },
  ],
}

/**
 * Dates that differ from the weekly hours. Swedish public holidays and the eves most
 * workplaces close on are closed without a row here (cms/domain/holidays.ts); a row for such a
 * day overrides that, so a hub that opens on a holiday gives its hours for it.
 */
export const openingExceptionsField: ArrayField = {
  name: 'openingExceptions',
  type: 'array',
  label: { sv: 'Avvikande dagar', en: 'Exceptions' },
  labels: { singular: { sv: 'Avvikande dag', en: 'Exception' }, plural: { sv: 'Avvikande dagar', en: 'Exceptions' } },
  admin: {
    description: {
      sv: 'Hubben är stängd på helgdagar och på midsommarafton, julafton och nyårsafton utan att du lägger in dem här. Håller hubben öppet en sådan dag: lägg till dagen, avmarkera Stängt och ange tiderna. Halvdagsaftnar (t.ex. valborgsmässoafton) räknas som vanliga dagar.',
      en: 'The hub is closed on public holidays and on Midsummer Eve, Christmas Eve and New Year’s Eve without adding them here. If it opens on such a day: add the day, untick Closed and give the hours. Half-day eves (such as Walpurgis Night) count as ordinary days.',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'date',
          required: true,
          label: { sv: 'Datum', en: 'Date' },
          admin: { date: dayOnly, width: '25%' },
        },
        { name: 'closed', type: 'checkbox', defaultValue: true, label: { sv: 'Stängt', en: 'Closed' } },
        opens,
        closes,
      ],
    },
    { name: 'note', type: 'text', localized: true, label: { sv: 'Anledning', en: 'Reason' } },
  ],
}
