/**
 * Registrations as CSV for organisers: one row per person and occasion (the date of a
 * recurring event's occurrence; empty for a single event), by occasion, then in the order
 * they registered; times in Swedish local time.
 * Pure. Cells are quoted, and a cell that a spreadsheet would run as a formula (starting
 * with = + - @, tab or carriage return) is prefixed with an apostrophe.
 */
export interface CsvRegistration {
  /** The occurrence of a recurring event (Stockholm date), or none for a single event. */
  occurrence?: string | null
  name: string
  email: string
  status: string
  confirmedAt?: string | null
  createdAt: string
  locale?: string | null
}

const HEADINGS = {
  sv: ['Tillfälle', 'Namn', 'E-post', 'Status', 'Bekräftad', 'Anmäld', 'Språk'],
  en: ['Occasion', 'Name', 'E-mail', 'Status', 'Confirmed', 'Registered', 'Language'],
} as const

const STATUS = {
  sv: { pending: 'Ej bekräftad', confirmed: 'Bekräftad plats', waitlisted: 'Väntelista', cancelled: 'Avbokad' },
  en: { pending: 'Not confirmed', confirmed: 'Confirmed place', waitlisted: 'Waiting list', cancelled: 'Cancelled' },
} as const

const STOCKHOLM_MINUTE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/**
 * A stored instant as the Swedish wall-clock time an organiser expects ("2026-11-20 11:00"),
 * which spreadsheets read as a date and time; empty when there is none.
 */
export function stockholmTime(value: string | null | undefined): string {
  if (!value) return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  const part = Object.fromEntries(STOCKHOLM_MINUTE.formatToParts(date).map((p) => [p.type, p.value]))
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`
}

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return `"${safe.replace(/"/g, '""')}"`
}

export function registrationsCsv(rows: readonly CsvRegistration[], locale: 'sv' | 'en'): string {
  const status = STATUS[locale] as Record<string, string>
  const lines = [HEADINGS[locale].map(csvCell).join(',')]
  const byOccasion = [...rows].sort((a, b) => (a.occurrence ?? '').localeCompare(b.occurrence ?? ''))
  for (const row of byOccasion) {
    lines.push(
      [row.occurrence ?? '', row.name, row.email, status[row.status] ?? row.status, stockholmTime(row.confirmedAt), stockholmTime(row.createdAt), row.locale ?? '']
        .map((value) => csvCell(String(value)))
        .join(','),
    )
  }
  // A byte order mark, so spreadsheet programs read å, ä and ö as UTF-8.
  return '\uFEFF' + lines.join('\r\n') + '\r\n'
}

export interface OrganiserMessage {
  subject: string
  text: string
  includeWaitlist: boolean
}

export type OrganiserMessageResult = { ok: true; value: OrganiserMessage } | { ok: false; message: string }

/** What an organiser may send to everyone registered: a one-line subject and a plain-text body. */
export function parseOrganiserMessage(body: unknown): OrganiserMessageResult {
  const input = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>
  const subject = typeof input.subject === 'string' ? input.subject.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim() : ''
  const text = typeof input.text === 'string' ? input.text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim() : ''
  if (!subject) return { ok: false, message: 'Skriv en ämnesrad. / Write a subject line.' }
  if (subject.length > 200) return { ok: false, message: 'Ämnesraden får vara högst 200 tecken. / The subject may be at most 200 characters.' }
  if (!text) return { ok: false, message: 'Skriv ett meddelande. / Write a message.' }
  if (text.length > 5000) return { ok: false, message: 'Meddelandet får vara högst 5 000 tecken. / The message may be at most 5,000 characters.' }
  return { ok: true, value: { subject, text, includeWaitlist: input.includeWaitlist === true } }
}
