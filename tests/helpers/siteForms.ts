/**
 * Acting on the site from the outside in e2e tests: posting its protected forms as a browser
 * without JavaScript would, and reading the mail the CMS's job runner delivered (to .eml
 * files in DATA_DIR/mail, as a laptop demo does).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { simpleParser, type ParsedMail } from 'mailparser'
import { inject } from 'vitest'
import { CSRF_FIELD, HONEYPOT_FIELD, STARTED_FIELD } from '../../site/lib/security/forms.ts'

/** The site's forms refuse a submit sooner than this after the form was served. */
export const FILL_TIME_MS = 3_100

export const hiddenValue = (html: string, name: string): string => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? ''

export interface FormTokens {
  cookie: string
  hidden: Record<string, string>
}

/** Loads a form page for its CSRF cookie and hidden fields, then waits the minimum fill time. */
export async function formTokens(pathname: string, siteUrl = inject('siteUrl')): Promise<FormTokens> {
  const page = await fetch(siteUrl + pathname)
  const html = await page.text()
  const cookie = page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')
  const hidden = { [CSRF_FIELD]: hiddenValue(html, CSRF_FIELD), [STARTED_FIELD]: hiddenValue(html, STARTED_FIELD), [HONEYPOT_FIELD]: '' }
  await new Promise((resolve) => setTimeout(resolve, FILL_TIME_MS))
  return { cookie, hidden }
}

/**
 * Posts a form as a browser without JavaScript would: after loading the page (its CSRF
 * cookie and hidden fields) and waiting the minimum fill time, from the site's own origin.
 */
export async function formSession(pathname: string, siteUrl = inject('siteUrl')) {
  const { cookie, hidden } = await formTokens(pathname, siteUrl)
  return (fields: Record<string, string> | URLSearchParams) => {
    const body = new URLSearchParams(hidden)
    for (const [name, value] of fields instanceof URLSearchParams ? fields : Object.entries(fields)) body.append(name, value)
    return fetch(siteUrl + pathname, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: siteUrl, cookie },
      body,
      redirect: 'manual',
    })
  }
}

/** Waits for the job runner to deliver a message to `to` whose subject matches. */
export async function mailTo(to: string, subject: RegExp, timeoutMs = 30_000): Promise<ParsedMail> {
  const mailDir = path.join(inject('dataDir'), 'mail')
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (existsSync(mailDir)) {
      for (const file of readdirSync(mailDir)) {
        const raw = readFileSync(path.join(mailDir, file), 'utf8')
        if (!raw.includes(to)) continue
        const mail = await simpleParser(raw)
        if (subject.test(mail.subject ?? '')) return mail
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`No mail to ${to} matching ${subject} within ${timeoutMs} ms`)
}

/** The site path of the first link in a mail that starts with `prefix`. */
export function linkIn(mail: ParsedMail, prefix: string): string {
  const match = new RegExp(`https?://[^\\s/]+(${prefix}[^\\s]+)`).exec(mail.text ?? '')
  if (!match) throw new Error(`No ${prefix} link in: ${mail.text}`)
  return match[1]
}
