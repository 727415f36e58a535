'use client'
/**
 * In a network application's sidebar in the admin panel: approve or reject it, with a
 * message to the applicant (required when rejecting). Calls the collection's endpoints
 * (cms/network/decisions.ts), which do everything the decision means in one transaction.
 */
import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

const TEXT = {
  sv: {
    heading: 'Beslut',
    message: 'Meddelande till den sökande (krävs vid avslag)',
    approve: 'Godkänn',
    reject: 'Avslå',
    accept: 'Anta',
    decline: 'Anta inte',
    councilMessage: 'Meddelande till den sökande (krävs om den inte antas)',
    approved: 'Godkänd: myndigheten är medlem, kontot är skapat och den sökande har fått en länk för att välja lösenord.',
    councilApproved: 'Antagen: den sökande har en plats i rådet och har fått beslutet.',
    rejected: 'Avslagen: den sökande har fått beslutet med ditt meddelande.',
    councilDeclined: 'Inte antagen: den sökande har fått beslutet med ditt meddelande.',
    pending: 'Den sökande har inte bekräftat sin e-postadress än.',
    decided: 'Ansökan är beslutad.',
    failed: 'Beslutet kunde inte sparas.',
  },
  en: {
    heading: 'Decision',
    message: 'Message to the applicant (required when rejecting)',
    approve: 'Approve',
    reject: 'Reject',
    accept: 'Accept',
    decline: 'Decline',
    councilMessage: 'Message to the applicant (required when declining)',
    approved: 'Approved: the agency is a member, the account is created and the applicant has a link to choose a password.',
    councilApproved: 'Accepted: the applicant has a seat on the council and has been told.',
    rejected: 'Rejected: the applicant has the decision with your message.',
    councilDeclined: 'Declined: the applicant has the decision with your message.',
    pending: 'The applicant has not confirmed their e-mail address yet.',
    decided: 'The application has been decided.',
    failed: 'The decision could not be saved.',
  },
}

/**
 * Shared by network applications (decided once the address is confirmed) and council
 * applications (decided while pending); both collections have approve and reject endpoints.
 */
export function ApplicationDecisionPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const council = collectionSlug === 'council-applications'
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const { i18n } = useTranslation()
  const t = TEXT[i18n.language === 'en' ? 'en' : 'sv']
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')

  if (!id) return null
  const decidable = council ? 'pending' : 'confirmed'
  if (!council && status === 'pending') return <p>{t.pending}</p>
  if (status !== decidable && !result) return <p>{t.decided}</p>

  // Buttons, not a form: the panel sits inside the document's own form, and forms cannot nest.
  async function decide(action: 'approve' | 'reject') {
    setBusy(true)
    setResult(null)
    try {
      const res = await fetch(`/api/${council ? 'council-applications' : 'agency-applications'}/${id}/${action}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message }),
      })
      const body = (await res.json().catch(() => ({}))) as { message?: string }
      setResult(res.ok ? { ok: true, text: action === 'approve' ? (council ? t.councilApproved : t.approved) : council ? t.councilDeclined : t.rejected } : { ok: false, text: body.message ?? t.failed })
    } catch {
      setResult({ ok: false, text: t.failed })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type">
      <h3>{t.heading}</h3>
      {result && (
        <p role={result.ok ? 'status' : 'alert'} style={{ fontWeight: 600 }}>
          {result.text}
        </p>
      )}
      {!(result && result.ok) && (
        <div>
          <label htmlFor="decision-message">{council ? t.councilMessage : t.message}</label>
          <textarea id="decision-message" rows={4} maxLength={2000} style={{ width: '100%' }} value={message} onChange={(e) => setMessage(e.target.value)} />
          <div style={{ display: 'flex', gap: '0.5rem', marginTop: '0.5rem' }}>
            <button type="button" value="approve" disabled={busy} onClick={() => decide('approve')} className="btn btn--style-primary btn--size-small">
              {council ? t.accept : t.approve}
            </button>
            <button type="button" value="reject" disabled={busy} onClick={() => decide('reject')} className="btn btn--style-secondary btn--size-small">
              {council ? t.decline : t.reject}
            </button>
          </div>
        </div>
      )}
    </div>
  )
}
