/** The two messages about an accessibility report: to the region, and a receipt to the reporter. Pure. */
import type { ReportInput } from '../domain/accessibility/input.ts'

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim()

function html(lang: string, paragraphs: string[]): string {
  return `<!doctype html>\n<html lang="${lang}">\n<head><meta charset="utf-8"></head>\n<body style="font-family: system-ui, sans-serif; line-height: 1.5; max-width: 40em;">\n${paragraphs
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n')}\n</body>\n</html>\n`
}

/** To the region's accessibility contact, in Swedish: what was reported and how to answer. */
export function reportNotification(report: ReportInput, adminUrl: string) {
  const from = report.name || report.email ? `${report.name || '(inget namn)'}${report.email ? ` <${report.email}>` : ''}` : 'anonym'
  const lines = [
    `Ett tillgänglighetsproblem har rapporterats via webbplatsen.`,
    `Var: ${report.page}`,
    `Problemet:\n${report.description}`,
    `Från: ${from} (svar önskas på ${report.locale === 'en' ? 'engelska' : 'svenska'})`,
    `Rapporten i administrationsgränssnittet: ${adminUrl}`,
  ]
  return { subject: `Tillgänglighetsrapport: ${oneLine(report.page).slice(0, 120)}`, text: lines.join('\n\n') + '\n', html: html('sv', lines) }
}

/**
 * To the reporter, when they gave an address, in their language: that the report arrived,
 * and nothing they typed. The form sends this to any address typed into it, so anything it
 * repeated (the description, the page, even the name in a greeting) would let a stranger
 * mail their own words to anyone from the region's address. Whoever really reported it has
 * their text already; the region has the report.
 */
export function reportReceipt(report: Pick<ReportInput, 'locale'>) {
  const sv = report.locale !== 'en'
  const lines = sv
    ? [
        'Hej!',
        'Tack för att du rapporterade ett tillgänglighetsproblem på Co-working Regions webbplats. Vi har tagit emot rapporten och återkommer inom två veckor.',
        'Om det inte var du som skickade rapporten kan du bortse från det här meddelandet.',
        'Om du inte är nöjd med hur vi hanterar rapporten kan du anmäla det till Myndigheten för digital förvaltning (DIGG).',
        'Hälsningar\nCo-working Region',
      ]
    : [
        'Hello,',
        'Thank you for reporting an accessibility problem on the Co-working Region website. We have received the report and will reply within two weeks.',
        'If you did not send a report, you can ignore this message.',
        'If you are not satisfied with how we handle the report, you can notify the Agency for Digital Government (DIGG).',
        'Best regards\nCo-working Region',
      ]
  return {
    subject: sv ? 'Vi har tagit emot din tillgänglighetsrapport' : 'We have received your accessibility report',
    text: lines.join('\n\n') + '\n',
    html: html(sv ? 'sv' : 'en', lines),
  }
}
