import type { CollectionConfig } from 'payload'
import { isHttpUrl, messages } from '../../fields/messages.ts'
import { slugField } from '../../fields/slug.ts'
import { exportRegistrationsEndpoint, messageRegistrantsEndpoint } from '../../registration/organiser.ts'
import { removeEventAfterDelete, syncEventAfterChange } from '../../search/hooks.ts'
import { changeEvents, createEvents, createOnlyAtOwnHubs, eventsListFilter, readEventVersions, readEvents } from './access.ts'
import { notifyRegistrants } from './hooks/notifyRegistrants.ts'
import { raiseSequence } from './hooks/raiseSequence.ts'
import { refuseDeleteWithRegistrations } from './hooks/refuseDeleteWithRegistrations.ts'
import { setSeriesEnd } from './hooks/setSeriesEnd.ts'
import { AUDIENCES, EVENT_TYPES, VENUE_KINDS } from '../../domain/eventVocabulary.ts'
import { options } from './options.ts'
import { endsAfterStart, missingVenueField } from './schedule.ts'
import { isRecurring, stockholmDate, type Recurrence } from '../../domain/calendar/recurrence.ts'
import { previewFor } from '../../preview/admin.ts'
import { dayAndTime, dayOnly } from '../../fields/dates.ts'

export const STOCKHOLM = 'Europe/Stockholm'

const recurring = (data: unknown): boolean => isRecurring((data as { recurrence?: Recurrence } | undefined)?.recurrence)

export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: { sv: 'Evenemang', en: 'Event' }, plural: { sv: 'Evenemang', en: 'Events' } },
  admin: {
    useAsTitle: 'title',
    // Opens the site's page for this version, drafts included, through a signed link valid for an hour.
    preview: previewFor('events'),
    defaultColumns: ['title', 'start', 'hub', 'type', 'audience', 'status'],
    group: { sv: 'Nätverket', en: 'Network' },
    baseFilter: eventsListFilter,
  },
  defaultSort: 'start',
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 25 },
  access: { read: readEvents, create: createEvents, update: changeEvents, delete: changeEvents, readVersions: readEventVersions },
  endpoints: [exportRegistrationsEndpoint, messageRegistrantsEndpoint],
  hooks: {
    beforeOperation: [createOnlyAtOwnHubs],
    beforeChange: [raiseSequence, setSeriesEnd],
    beforeDelete: [refuseDeleteWithRegistrations],
    afterChange: [syncEventAfterChange, notifyRegistrants],
    afterDelete: [removeEventAfterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { sv: 'Rubrik', en: 'Title' } },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 300, label: { sv: 'Kort beskrivning', en: 'Short description' } },
    { name: 'description', type: 'richText', localized: true, label: { sv: 'Beskrivning', en: 'Description' } },
    {
      type: 'row',
      fields: [
        {
          name: 'start',
          type: 'date',
          required: true,
          label: { sv: 'Börjar', en: 'Starts' },
          timezone: { defaultTimezone: STOCKHOLM, supportedTimezones: [{ label: 'Stockholm', value: STOCKHOLM }] },
          admin: { date: dayAndTime },
          index: true,
        },
        {
          name: 'end',
          type: 'date',
          required: true,
          label: { sv: 'Slutar', en: 'Ends' },
          timezone: { defaultTimezone: STOCKHOLM, supportedTimezones: [{ label: 'Stockholm', value: STOCKHOLM }] },
          admin: { date: dayAndTime },
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
            if (value == null || value === '') return messages.required
            return endsAfterStart(siblingData?.start, value) ? true : messages.endBeforeStart
          },
        },
      ],
    },
    {
      name: 'recurrence',
      type: 'group',
      label: { sv: 'Upprepning', en: 'Repeats' },
      admin: {
        description: {
          sv: 'Till exempel fika varje tisdag, eller nätverksmöte andra tisdagen i månaden. Tiden är svensk tid året runt.',
          en: 'For example fika every Tuesday, or a network meeting on the second Tuesday of the month. The time is Swedish time all year.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'frequency',
              type: 'select',
              defaultValue: 'none',
              label: { sv: 'Upprepas', en: 'Repeats' },
              options: [
                { value: 'none', label: { sv: 'Nej, ett tillfälle', en: 'No, one occasion' } },
                { value: 'weekly', label: { sv: 'Varje vecka', en: 'Weekly' } },
                { value: 'monthly', label: { sv: 'Varje månad', en: 'Monthly' } },
              ],
            },
            {
              name: 'interval',
              type: 'number',
              min: 1,
              max: 12,
              defaultValue: 1,
              label: { sv: 'Var … vecka/månad', en: 'Every … weeks/months' },
              admin: { condition: (data) => recurring(data) },
            },
            {
              name: 'monthlyBy',
              type: 'select',
              defaultValue: 'weekday',
              label: { sv: 'Varje månad på', en: 'Each month on' },
              options: [
                { value: 'weekday', label: { sv: 'samma veckodag (t.ex. andra tisdagen)', en: 'the same weekday (e.g. second Tuesday)' } },
                { value: 'date', label: { sv: 'samma datum', en: 'the same date' } },
              ],
              admin: { condition: (data) => (data as { recurrence?: Recurrence })?.recurrence?.frequency === 'monthly' },
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'until',
              type: 'date',
              label: { sv: 'Sista dag', en: 'Last day' },
              admin: { condition: (data) => recurring(data), date: dayOnly },
              validate: (value: unknown, { data }: { data: Record<string, unknown> }) => {
                if (value == null || value === '' || !data?.start) return true
                const until = stockholmDate(new Date(value as string).toISOString())
                const start = stockholmDate(new Date(data.start as string).toISOString())
                return until && start && until >= start ? true : messages.recurrenceUntil
              },
            },
            {
              name: 'count',
              type: 'number',
              min: 1,
              max: 260,
              label: { sv: 'eller antal tillfällen', en: 'or number of occasions' },
              admin: { condition: (data) => recurring(data) },
            },
          ],
        },
        {
          name: 'exceptions',
          type: 'array',
          label: { sv: 'Inställda tillfällen', en: 'Skipped occasions' },
          labels: { singular: { sv: 'Datum', en: 'Date' }, plural: { sv: 'Datum', en: 'Dates' } },
          admin: { condition: (data) => recurring(data) },
          fields: [{ name: 'date', type: 'date', required: true, label: { sv: 'Datum', en: 'Date' }, admin: { date: dayOnly } }],
        },
      ],
    },
    { name: 'seriesEnd', type: 'date', index: true, admin: { hidden: true } },
    {
      name: 'venueKind',
      type: 'radio',
      required: true,
      defaultValue: 'hub',
      label: { sv: 'Plats', en: 'Place' },
      options: options(VENUE_KINDS),
    },
    {
      name: 'hub',
      type: 'relationship',
      relationTo: 'hubs',
      index: true,
      label: { sv: 'Hubb', en: 'Hub' },
      admin: { condition: (_, sibling) => (sibling?.venueKind ?? 'hub') === 'hub' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        missingVenueField({ venueKind: siblingData?.venueKind as string, hub: value }) === 'hub' ? messages.hubRequired : true,
    },
    {
      name: 'venueName',
      type: 'text',
      label: { sv: 'Platsens namn och adress', en: 'Venue name and address' },
      admin: { condition: (_, sibling) => sibling?.venueKind === 'venue' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        missingVenueField({ venueKind: siblingData?.venueKind as string, venueName: value as string, hub: siblingData?.hub }) ===
        'venueName'
          ? messages.venue
          : true,
    },
    {
      name: 'onlineUrl',
      type: 'text',
      label: { sv: 'Länk till onlinemötet', en: 'Online meeting link' },
      admin: { condition: (_, sibling) => sibling?.venueKind === 'online' || Boolean(sibling?.onlineUrl) },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
        if (value != null && value !== '' && !isHttpUrl(value)) return messages.url
        return missingVenueField({ venueKind: siblingData?.venueKind as string, onlineUrl: value as string, hub: siblingData?.hub }) ===
          'onlineUrl'
          ? messages.venue
          : true
      },
    },
    { name: 'organiser', type: 'text', required: true, label: { sv: 'Arrangör', en: 'Organiser' } },
    {
      type: 'row',
      fields: [
        { name: 'type', type: 'select', required: true, defaultValue: 'meetup', label: { sv: 'Typ', en: 'Type' }, options: options(EVENT_TYPES) },
        {
          name: 'audience',
          type: 'select',
          required: true,
          defaultValue: 'public',
          index: true,
          label: { sv: 'Målgrupp', en: 'Audience' },
          options: options(AUDIENCES),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'capacity', type: 'number', min: 1, label: { sv: 'Antal platser', en: 'Capacity' } },
        {
          name: 'registrationRequired',
          type: 'checkbox',
          defaultValue: false,
          // For a recurring event, each registration is for one occurrence (registrations.occurrence).
          label: { sv: 'Anmälan krävs', en: 'Registration required' },
        },
        { name: 'priceSek', type: 'number', min: 0, label: { sv: 'Pris (kr)', en: 'Price (SEK)' } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      // Drafts add `_status`, whose enum would otherwise share this name.
      enumName: 'enum_events_schedule_status',
      required: true,
      defaultValue: 'scheduled',
      label: { sv: 'Status', en: 'Status' },
      options: [
        { value: 'scheduled', label: { sv: 'Planerat', en: 'Scheduled' } },
        { value: 'cancelled', label: { sv: 'Inställt', en: 'Cancelled' } },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'sequence',
      type: 'number',
      defaultValue: 0,
      label: { sv: 'Version i kalendrar', en: 'Calendar sequence' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    slugField('title'),
    {
      name: 'registrationTools',
      type: 'ui',
      admin: {
        position: 'sidebar',
        condition: (data) => Boolean(data?.registrationRequired),
        components: { Field: '/cms/components/EventRegistrationsPanel.tsx#EventRegistrationsPanel' },
      },
    },
  ],
}
