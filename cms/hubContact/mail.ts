/** The message a visitor sends a hub through its contact form, as its managers get it. Pure. */
import type { ContactInput } from '../domain/hubContact/input.ts'

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim()

/**
 * To a hub's community manager, in Swedish (the managers' working language). The sender's
 * address was not confirmed: anyone can type any address into the form, so the message says
 * so, and the managers answer by replying (Reply-To is the sender).
 */
export function hubContactMessage(hubName: string, input: ContactInput, hubPageUrl: string) {
  const lines = [
    `Ett meddelande till ${oneLine(hubName)} via kontaktformuläret på Co-working Regions webbplats.`,
    `Från: ${input.name} <${input.email}>${input.locale === 'en' ? ' (skrev på engelska)' : ''}`,
    `Meddelandet:\n${input.message}`,
    `Svara genom att svara på det här e-postmeddelandet; svaret går till avsändaren. Adressen är inte kontrollerad, så lämna inga uppgifter som inte är till för den som skrev.`,
    `Hubbens sida: ${hubPageUrl}`,
  ]
  const html = `<!doctype html>\n<html lang="sv">\n<head><meta charset="utf-8"></head>\n<body style="font-family: system-ui, sans-serif; line-height: 1.5; max-width: 40em;">\n${lines
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n')}\n</body>\n</html>\n`
  return { subject: `Meddelande till ${oneLine(hubName).slice(0, 100)} från ${oneLine(input.name).slice(0, 60)}`, text: lines.join('\n\n') + '\n', html }
}
