/**
 * A plain message with one call to action, as text and HTML: the shape of most of the
 * portal's mail outside event registrations. Pure; escapes everything it is given.
 */
export type MailLocale = 'sv' | 'en'

export interface SimpleMail {
  locale: MailLocale
  subject: string
  greeting: string
  paragraphs: string[]
  /** A button in HTML, the bare address in text. */
  action?: { label: string; url: string }
  /** Label and value pairs shown as a list, such as the details of an application. */
  facts?: Array<[string, string]>
  /** Small print after the action. */
  footnote?: string
}

export interface RenderedMail {
  subject: string
  text: string
  html: string
}

export const SIGNATURE: Record<MailLocale, string> = {
  sv: 'Hälsningar\nCo-working Region – nätverket för arbetshubbar i Jämtlands län',
  en: 'Best regards\nCo-working Region – the network of co-working hubs in Jämtland County',
}

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

export function renderSimpleMail(mail: SimpleMail): RenderedMail {
  const facts = mail.facts ?? []
  const text = [
    mail.greeting,
    '',
    ...mail.paragraphs.flatMap((p) => [p, '']),
    ...(facts.length > 0 ? [...facts.map(([label, value]) => `${label}: ${value}`), ''] : []),
    ...(mail.action ? [`${mail.action.label}:`, mail.action.url, ''] : []),
    ...(mail.footnote ? [mail.footnote, ''] : []),
    SIGNATURE[mail.locale],
  ].join('\n')

  const html = `<!doctype html>
<html lang="${mail.locale}">
<head><meta charset="utf-8"><title>${escapeHtml(mail.subject)}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>${escapeHtml(mail.greeting)}</p>
${mail.paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n')}
${facts.length > 0 ? `<dl>\n${facts.map(([label, value]) => `<dt><strong>${escapeHtml(label)}</strong></dt><dd>${escapeHtml(value)}</dd>`).join('\n')}\n</dl>` : ''}
${mail.action ? `<p><a href="${escapeHtml(mail.action.url)}" style="display: inline-block; padding: 0.6em 1.2em; background: #0b5394; color: #ffffff; text-decoration: none; border-radius: 4px;">${escapeHtml(mail.action.label)}</a></p>\n<p style="font-size: 0.9em;">${escapeHtml(mail.action.url)}</p>` : ''}
${mail.footnote ? `<p style="font-size: 0.9em;">${escapeHtml(mail.footnote)}</p>` : ''}
<p>${escapeHtml(SIGNATURE[mail.locale]).replace(/\n/g, '<br>')}</p>
</body>
</html>
`
  return { subject: mail.subject, text, html }
}
