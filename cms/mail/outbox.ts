/**
 * The outbox: a message is written to `mail-outbox` together with the change that caused
 * it (the same transaction), and a `deliverMail` job is queued with it. The job claims the
 * row with one conditional UPDATE, so two workers never send the same message, sends it,
 * and marks it sent. A failed send puts the row back with a later `nextAttemptAt` and
 * queues the next try; the message is never lost and, once sent, never sent again.
 */
import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { nextAttempt, STALE_SENDING_MS } from './backoff.ts'
import { executor, sql } from '../db/sql.ts'

export const MAIL_QUEUE = 'mail'

export interface OutgoingMail {
  to: string
  /** Where answers go when that is not the sender (a visitor's message to a hub: the visitor). */
  replyTo?: string
  subject: string
  text: string
  html?: string
  /** An iTIP message (RFC 5546) sent as the calendar part of the mail. */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string }
  kind: string
  registration?: number
  /** The account the message concerns: its export and deletion find the message by this. */
  user?: number | null
}

/** Writes the message and queues its delivery, inside `req`'s transaction when it has one. */
export async function enqueueMail(req: PayloadRequest, mail: OutgoingMail): Promise<number> {
  const doc = await req.payload.create({
    collection: 'mail-outbox',
    data: {
      to: mail.to,
      replyTo: mail.replyTo,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      icsMethod: mail.calendar?.method,
      ics: mail.calendar?.content,
      kind: mail.kind,
      registration: mail.registration,
      user: mail.user ?? undefined,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: new Date().toISOString(),
    },
    overrideAccess: true,
    req,
  })
  await req.payload.jobs.queue({ task: 'deliverMail', input: { messageId: doc.id }, queue: MAIL_QUEUE, req })
  return doc.id
}

export type DeliveryOutcome = 'sent' | 'retry' | 'failed' | 'skipped'

interface ClaimedRow {
  id: number
  to: string
  reply_to: string | null
  subject: string
  text: string
  html: string | null
  ics_method: 'REQUEST' | 'CANCEL' | null
  ics: string | null
  attempts: number
}

/**
 * Takes the message for sending if it is due and nobody else has it. The conditional
 * UPDATE is atomic in Postgres, so of two workers only one gets the row.
 */
async function claim(payload: Payload, id: number, now: Date): Promise<ClaimedRow | null> {
  const db = await executor(payload)
  const staleBefore = new Date(now.getTime() - STALE_SENDING_MS).toISOString()
  const result = await db.execute(sql`
    UPDATE mail_outbox SET status = 'sending', updated_at = ${now.toISOString()}
    WHERE id = ${id}
      AND ((status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ${now.toISOString()}))
        OR (status = 'sending' AND updated_at < ${staleBefore}))
    RETURNING id, "to", reply_to, subject, text, html, ics_method, ics, attempts`)
  return (result.rows[0] as unknown as ClaimedRow | undefined) ?? null
}

function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err)
  return text.slice(0, 500)
}

/** Delivers one message through Payload's mail adapter; see the file comment. */
export async function deliverMessage(payload: Payload, id: number, now = new Date()): Promise<DeliveryOutcome> {
  const row = await claim(payload, id, now)
  if (!row) return 'skipped'
  const db = await executor(payload)
  try {
    const info = (await payload.sendEmail({
      to: row.to,
      ...(row.reply_to ? { replyTo: row.reply_to } : {}),
      subject: row.subject,
      text: row.text,
      ...(row.html ? { html: row.html } : {}),
      ...(row.ics && row.ics_method
        ? { icalEvent: { method: row.ics_method, filename: row.ics_method === 'CANCEL' ? 'cancel.ics' : 'invite.ics', content: row.ics } }
        : {}),
    })) as { messageId?: string } | undefined
    await db.execute(sql`
      UPDATE mail_outbox SET status = 'sent', sent_at = ${new Date().toISOString()}, message_id = ${info?.messageId ?? null},
        attempts = attempts + 1, last_error = NULL, updated_at = ${new Date().toISOString()}
      WHERE id = ${id}`)
    return 'sent'
  } catch (err) {
    const attempts = row.attempts + 1
    const next = nextAttempt(attempts, now)
    await db.execute(sql`
      UPDATE mail_outbox SET status = ${next ? 'pending' : 'failed'}, attempts = ${attempts}, last_error = ${errorText(err)},
        next_attempt_at = ${next ? next.toISOString() : null}, updated_at = ${new Date().toISOString()}
      WHERE id = ${id}`)
    if (!next) {
      payload.logger.error({ msg: `Mail ${id} to ${row.to} failed ${attempts} times; giving up`, err })
      return 'failed'
    }
    payload.logger.warn(`Mail ${id} not delivered (attempt ${attempts}): ${errorText(err)}; next try ${next.toISOString()}`)
    await payload.jobs.queue({ task: 'deliverMail', input: { messageId: id }, queue: MAIL_QUEUE, waitUntil: next })
    return 'retry'
  }
}

/**
 * Delivers every message that is due: the sweep behind the per-message jobs, for rows whose
 * job was lost (a crash mid-send) and for an operator who wants the queue emptied now.
 */
export async function deliverDueMail(payload: Payload, now = new Date()): Promise<Record<DeliveryOutcome, number>> {
  const db = await executor(payload)
  const staleBefore = new Date(now.getTime() - STALE_SENDING_MS).toISOString()
  const due = await db.execute(sql`
    SELECT id FROM mail_outbox
    WHERE (status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ${now.toISOString()}))
       OR (status = 'sending' AND updated_at < ${staleBefore})
    ORDER BY id`)
  const counts: Record<DeliveryOutcome, number> = { sent: 0, retry: 0, failed: 0, skipped: 0 }
  for (const { id } of due.rows) counts[await deliverMessage(payload, Number(id), now)]++
  return counts
}

export const deliverMailTask: TaskConfig<'deliverMail'> = {
  slug: 'deliverMail',
  label: 'Deliver one outgoing mail',
  inputSchema: [{ name: 'messageId', type: 'number', required: true }],
  // Failures are retried through the outbox row's own schedule, not by failing the job.
  retries: 0,
  handler: async ({ input, req }) => {
    const outcome = await deliverMessage(req.payload, input.messageId)
    return { output: { outcome } }
  },
  outputSchema: [{ name: 'outcome', type: 'text' }],
}

export const sweepMailTask: TaskConfig<'sweepMail'> = {
  slug: 'sweepMail',
  label: 'Deliver all due mail',
  retries: 0,
  schedule: [{ cron: '0 */5 * * * *', queue: MAIL_QUEUE }],
  handler: async ({ req }) => {
    const counts = await deliverDueMail(req.payload)
    return { output: counts }
  },
  outputSchema: [
    { name: 'sent', type: 'number' },
    { name: 'retry', type: 'number' },
    { name: 'failed', type: 'number' },
    { name: 'skipped', type: 'number' },
  ],
}
