/** The council application form's fields and their rules. Pure: the site and the CMS share it. */
export const COUNCIL_TEXT_MAX = 3000
export const ORGANISATION_MAX = 200

export type CouncilField = 'organisation' | 'motivation' | 'contribution'
export type CouncilInputProblem = 'missing' | 'tooLong' | 'unreadable'
export interface CouncilInput {
  organisation: string
  motivation: string
  contribution: string
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\uFFFD]/

/** Pure: the application form's fields, trimmed, or what is wrong with each. */
export function parseCouncilInput(form: Partial<Record<CouncilField, unknown>>): { ok: true; value: CouncilInput } | { ok: false; value: CouncilInput; problems: Partial<Record<CouncilField, CouncilInputProblem>> } {
  const problems: Partial<Record<CouncilField, CouncilInputProblem>> = {}
  const read = (field: CouncilField, max: number, oneLine: boolean): string => {
    const raw = typeof form[field] === 'string' ? (form[field] as string) : ''
    const value = oneLine ? raw.replace(/\s+/g, ' ').trim() : raw.replace(/\r\n/g, '\n').trim()
    if (!value) problems[field] = 'missing'
    else if (value.length > max) problems[field] = 'tooLong'
    else if (CONTROL.test(value) || (oneLine && /[<>{}]/.test(value))) problems[field] = 'unreadable'
    return value.slice(0, max)
  }
  const value = { organisation: read('organisation', ORGANISATION_MAX, true), motivation: read('motivation', COUNCIL_TEXT_MAX, false), contribution: read('contribution', COUNCIL_TEXT_MAX, false) }
  return Object.keys(problems).length > 0 ? { ok: false, value, problems } : { ok: true, value }
}
