'use client'
/**
 * In the event's sidebar in the admin panel: how many have registered, a link to the list,
 * the CSV export, and a form to e-mail everyone with a confirmed place.
 */
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

const TEXT = {
  sv: {
    heading: 'Anmälningar',
    counts: (c: Counts) => `${c.confirmed} bekräftade, ${c.pending} obekräftade, ${c.waitlisted} på väntelistan, ${c.cancelled} avbokade`,
    byOccasion: 'Per tillfälle',
    list: 'Visa anmälningarna',
    csv: 'Exportera som CSV',
    messageHeading: 'Skicka e-post till alla anmälda',
    subject: 'Ämne',
    text: 'Meddelande',
    waitlist: 'Även de på väntelistan',
    send: 'Skicka',
    sent: (n: number) => `Meddelandet ligger i utkorgen till ${n} mottagare.`,
    failed: 'Meddelandet kunde inte skickas.',
    unsaved: 'Spara evenemanget först.',
  },
  en: {
    heading: 'Registrations',
    counts: (c: Counts) => `${c.confirmed} confirmed, ${c.pending} unconfirmed, ${c.waitlisted} on the waiting list, ${c.cancelled} cancelled`,
    byOccasion: 'By occasion',
    list: 'Show the registrations',
    csv: 'Export as CSV',
    messageHeading: 'E-mail everyone registered',
    subject: 'Subject',
    text: 'Message',
    waitlist: 'Include the waiting list',
    send: 'Send',
    sent: (n: number) => `The message is in the outbox for ${n} recipients.`,
    failed: 'The message could not be sent.',
    unsaved: 'Save the event first.',
  },
}

type Counts = { confirmed: number; pending: number; waitlisted: number; cancelled: number }

const noCounts = (): Counts => ({ confirmed: 0, pending: 0, waitlisted: 0, cancelled: 0 })

export function EventRegistrationsPanel() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const t = TEXT[i18n.language === 'en' ? 'en' : 'sv']
  const [counts, setCounts] = useState<Counts | null>(null)
  // A recurring event's registrations are each for one occasion (its date): seats count per occasion.
  const [occasions, setOccasions] = useState<Array<[string, Counts]>>([])
  const [result, setResult] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const fields = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!id) return
    const params = new URLSearchParams({ 'where[event][equals]': String(id), limit: '0', depth: '0', pagination: 'false' })
    fetch(`/api/registrations?${params}`, { credentials: 'same-origin' })
      .then((res) => (res.ok ? res.json() : null))
      .then((body: { docs?: Array<{ status: keyof Counts; occurrence?: string | null }> } | null) => {
        if (!body?.docs) return
        const next = noCounts()
        const perOccasion = new Map<string, Counts>()
        for (const doc of body.docs) {
          next[doc.status] = (next[doc.status] ?? 0) + 1
          if (!doc.occurrence) continue
          const c = perOccasion.get(doc.occurrence) ?? noCounts()
          c[doc.status] = (c[doc.status] ?? 0) + 1
          perOccasion.set(doc.occurrence, c)
        }
        setCounts(next)
        setOccasions([...perOccasion].sort(([a], [b]) => a.localeCompare(b)))
      })
      .catch(() => setCounts(null))
  }, [id])

  if (!id) return <p>{t.unsaved}</p>

  // A button, not a form: the panel sits inside the document's own form, and forms cannot nest.
  async function send() {
    const value = (name: string) => fields.current?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)
    const form = { get: (name: string) => (name === 'includeWaitlist' ? ((value(name) as HTMLInputElement | null)?.checked ? 'on' : null) : (value(name)?.value ?? '')) }
    setBusy(true)
    setResult(null)
    try {
      const res = await fetch(`/api/events/${id}/message`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ subject: form.get('subject'), text: form.get('text'), includeWaitlist: form.get('includeWaitlist') === 'on' }),
      })
      const body = (await res.json().catch(() => ({}))) as { queued?: number; message?: string }
      setResult(res.ok ? t.sent(body.queued ?? 0) : (body.message ?? t.failed))
    } catch {
      setResult(t.failed)
    } finally {
      setBusy(false)
    }
  }

  const listHref = `/admin/collections/registrations?${new URLSearchParams({ 'where[event][equals]': String(id) })}`
  return (
    <section className="event-registrations" style={{ marginBottom: '2rem' }}>
      <h3>{t.heading}</h3>
      {counts && <p>{t.counts(counts)}</p>}
      {occasions.length > 0 && (
        <>
          <h4>{t.byOccasion}</h4>
          <ul className="event-registrations__occasions">
            {occasions.map(([date, c]) => (
              <li key={date}>
                <time dateTime={date}>{date}</time>: {t.counts(c)}
              </li>
            ))}
          </ul>
        </>
      )}
      <ul>
        <li>
          <a href={listHref}>{t.list}</a>
        </li>
        <li>
          <a href={`/api/events/${id}/registrations.csv`} download>
            {t.csv}
          </a>
        </li>
      </ul>
      <div ref={fields}>
        <h4>{t.messageHeading}</h4>
        <p>
          <label htmlFor="organiser-subject">{t.subject}</label>
          <br />
          <input id="organiser-subject" name="subject" required maxLength={200} style={{ width: '100%' }} />
        </p>
        <p>
          <label htmlFor="organiser-text">{t.text}</label>
          <br />
          <textarea id="organiser-text" name="text" required maxLength={5000} rows={6} style={{ width: '100%' }} />
        </p>
        <p>
          <input type="checkbox" id="organiser-waitlist" name="includeWaitlist" /> <label htmlFor="organiser-waitlist">{t.waitlist}</label>
        </p>
        <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={send}>
          {t.send}
        </button>
        {result && <p role="status">{result}</p>}
      </div>
    </section>
  )
}
