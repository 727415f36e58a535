/**
 * Storing a report from the statement page's form and queueing its mail, in one transaction.
 * Commits (the service opens its own transaction), so it removes what it made.
 */
import { afterAll, expect, test } from 'vitest'
import { accessibilityContact, submitAccessibilityReport } from '../../cms/accessibility/report.ts'
import { usePayload } from '../helpers/payload.ts'

const ctx = usePayload()
const made: number[] = []

afterAll(async () => {
  const { payload } = ctx
  await payload.delete({ collection: 'mail-outbox', where: { kind: { in: ['accessibility-report', 'accessibility-receipt'] } }, overrideAccess: true })
  for (const id of made) await payload.delete({ collection: 'accessibility-reports', id, overrideAccess: true })
})

async function outboxFor(kind: string) {
  const { docs } = await ctx.payload.find({ collection: 'mail-outbox', where: { kind: { equals: kind } }, overrideAccess: true, sort: '-createdAt' })
  return docs
}

test('a report is stored and both the region and the reporter are written to', async () => {
  const id = await submitAccessibilityReport(ctx.payload, { page: '/hubbar', description: 'Filtren går inte att nå med tangentbordet.', name: 'Åsa', email: 'asa@example.org', locale: 'en' })
  made.push(id)
  const report = await ctx.payload.findByID({ collection: 'accessibility-reports', id, overrideAccess: true })
  expect(report).toMatchObject({ page: '/hubbar', status: 'new', email: 'asa@example.org', locale: 'en' })
  const [notice] = await outboxFor('accessibility-report')
  expect(notice.to).toBe(accessibilityContact())
  expect(notice.text).toContain('Filtren går inte att nå med tangentbordet.')
  expect(notice.text).toContain(`/admin/collections/accessibility-reports/${id}`)
  const [receipt] = await outboxFor('accessibility-receipt')
  expect(receipt).toMatchObject({ to: 'asa@example.org', subject: 'We have received your accessibility report' })
})

test('without an e-mail address only the region is written to', async () => {
  const before = (await outboxFor('accessibility-receipt')).length
  const id = await submitAccessibilityReport(ctx.payload, { page: '/', description: 'Låg kontrast i sidfoten.', name: '', email: '', locale: 'sv' })
  made.push(id)
  expect(await outboxFor('accessibility-receipt')).toHaveLength(before)
})
