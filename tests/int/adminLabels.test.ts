/**
 * The admin panel speaks Swedish: every field, array row and date picker a panel user sees has
 * a Swedish label (or one of Payload's own translated ones), and every date field reads and shows
 * Swedish 24-hour dates. Checked on the config Payload actually runs, after it has added its own
 * fields (uploads, auth, versions), where a missing label has become English words made from the name.
 */
import type { Field } from 'payload'
import { expect, test } from 'vitest'
import { usePayload } from '../helpers/payload.ts'

const ctx = usePayload()

type AnyField = Field & { name?: string; label?: unknown; labels?: { singular?: unknown; plural?: unknown }; admin?: { hidden?: boolean; date?: Record<string, unknown> }; fields?: AnyField[]; tabs?: Array<{ fields: AnyField[] }>; blocks?: Array<{ fields: AnyField[] }> }

/** A label the panel shows in the user's language: a { sv, en } record, Payload's own translation function, or none at all. */
const speaksSwedish = (label: unknown): boolean => label === false || typeof label === 'function' || (typeof label === 'object' && label !== null && 'sv' in label && 'en' in label)

function walk(fields: AnyField[], where: string, problems: string[], dates: string[]): void {
  for (const field of fields) {
    // Hidden and disabled fields (Payload's password hashes, reset tokens, sessions) never reach the panel.
    if (field.admin?.hidden || (field.admin as { disabled?: boolean } | undefined)?.disabled || (field as { hidden?: boolean }).hidden || field.type === 'ui') continue
    const at = `${where}.${field.name ?? `(${field.type})`}`
    if (field.name && !speaksSwedish(field.label)) problems.push(`${at}: label ${JSON.stringify(field.label)}`)
    if (field.type === 'array' && !(speaksSwedish(field.labels?.singular) && speaksSwedish(field.labels?.plural))) problems.push(`${at}: row labels ${JSON.stringify(field.labels)}`)
    if (field.type === 'date') dates.push(`${at} ${JSON.stringify(field.admin?.date ?? {})}`)
    if (field.fields) walk(field.fields, at, problems, dates)
    for (const tab of field.tabs ?? []) walk(tab.fields as AnyField[], at, problems, dates)
    for (const block of field.blocks ?? []) walk(block.fields as AnyField[], at, problems, dates)
  }
}

function survey() {
  const problems: string[] = []
  const dates: string[] = []
  const { collections, globals } = ctx.payload.config
  for (const collection of collections) {
    if (collection.slug.startsWith('payload-')) continue
    if (!speaksSwedish(collection.labels.singular) || !speaksSwedish(collection.labels.plural)) problems.push(`${collection.slug}: collection labels`)
    walk(collection.fields as AnyField[], collection.slug, problems, dates)
  }
  for (const global of globals) if (!global.slug.startsWith('payload-')) walk(global.fields as AnyField[], global.slug, problems, dates)
  return { problems, dates }
}

test('every field, array row and collection a panel user sees has a Swedish label', () => {
  expect(survey().problems).toEqual([])
})

test('every date field shows and reads Swedish dates: yyyy-MM-dd, with a 24-hour time where there is one', () => {
  const wrong = survey().dates.filter((line) => {
    const date = JSON.parse(line.slice(line.indexOf(' ') + 1)) as Record<string, unknown>
    if (date.pickerAppearance === 'dayOnly') return date.displayFormat !== 'yyyy-MM-dd'
    return date.pickerAppearance !== 'dayAndTime' || date.displayFormat !== 'yyyy-MM-dd HH:mm' || date.timeFormat !== 'HH:mm'
  })
  expect(wrong).toEqual([])
})
