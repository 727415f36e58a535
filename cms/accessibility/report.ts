/**
 * Stores a report from the site's form and, in the same transaction, puts the notification to
 * the region and the reporter's receipt in the outbox.
 */
import type { Payload } from 'payload'
import { inTransaction } from '../db/transaction.ts'
import { cmsUrl } from '../env.ts'
import { noReplyAddress } from '../domain/mail/address.ts'
import { enqueueMail } from '../mail/outbox.ts'
import type { ReportInput } from '../domain/accessibility/input.ts'
import { reportNotification, reportReceipt } from './mail.ts'

/** Where reports go: ACCESSIBILITY_EMAIL, else the sender address. */
export const accessibilityContact = (): string => process.env.ACCESSIBILITY_EMAIL?.trim() || noReplyAddress(process.env.MAIL_FROM)

export async function submitAccessibilityReport(payload: Payload, report: ReportInput): Promise<number> {
  return inTransaction(payload, undefined, async (req) => {
    const doc = await payload.create({
      collection: 'accessibility-reports',
      data: { page: report.page, description: report.description, name: report.name || undefined, email: report.email || undefined, locale: report.locale, status: 'new' },
      overrideAccess: true,
      req,
    })
    const adminUrl = `${cmsUrl()}/admin/collections/accessibility-reports/${doc.id}`
    await enqueueMail(req, { to: accessibilityContact(), ...reportNotification(report, adminUrl), kind: 'accessibility-report' })
    if (report.email) await enqueueMail(req, { to: report.email, ...reportReceipt(report), kind: 'accessibility-receipt' })
    return doc.id
  })
}
