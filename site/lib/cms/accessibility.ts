/** The accessibility statement's report form. */
import type { ReportInput } from '../../../cms/domain/accessibility/input.ts'
import { submitAccessibilityReport } from '../../../cms/accessibility/report.ts'
import { cms } from './payload.ts'

/** Stores an accessibility report from the statement page's form and queues its mail. */
export async function reportAccessibilityProblem(report: ReportInput): Promise<void> {
  await submitAccessibilityReport(await cms(), report)
}
