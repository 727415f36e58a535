/**
 * The pure rules of changing an account's e-mail address: the secret in the link and its
 * hash, how long the link lasts, and the two mails (a link to the new address, a notice to
 * the old). No server needed (unit tested); `emailChange.ts` does the work.
 */
import { createHash, randomBytes } from 'node:crypto'
import { renderSimpleMail, type MailLocale, type RenderedMail } from '../mail/simpleMail.ts'

export const EMAIL_CHANGE_HOURS = 24

/** 32 random bytes in base64url: what the link carries. Only its hash is stored. */
export const newEmailChangeToken = (): string => randomBytes(32).toString('base64url')

export const hashEmailChangeToken = (token: string): string => createHash('sha256').update(token).digest('hex')

const TOKEN = /^[A-Za-z0-9_-]{43}$/
export const isEmailChangeToken = (token: string): boolean => TOKEN.test(token)

export const emailChangeExpiry = (now: Date): Date => new Date(now.getTime() + EMAIL_CHANGE_HOURS * 60 * 60 * 1000)

/** The mail to the new address: the link that makes the change. */
export function confirmNewEmailMail(name: string, locale: MailLocale, newEmail: string, url: string): RenderedMail {
  const sv = locale === 'sv'
  return renderSimpleMail({
    locale,
    subject: sv ? 'Bekräfta din nya e-postadress' : 'Confirm your new e-mail address',
    greeting: sv ? `Hej ${name}!` : `Hello ${name},`,
    paragraphs: [
      sv
        ? `Någon, troligen du, bad om att kontot i Co-working Region ska använda den här adressen, ${newEmail}. Öppna länken och bekräfta. Länken gäller i ${EMAIL_CHANGE_HOURS} timmar och kan användas en gång.`
        : `Someone, probably you, asked for the account in Co-working Region to use this address, ${newEmail}. Open the link and confirm. The link is valid for ${EMAIL_CHANGE_HOURS} hours and works once.`,
    ],
    action: { label: sv ? 'Bekräfta adressen' : 'Confirm the address', url },
    footnote: sv
      ? 'Bad du inte om det kan du bortse från mejlet; inget ändras.'
      : 'If you did not ask for this, you can ignore this message; nothing changes.',
  })
}

/** The mail to the old address: what was asked, and that nothing changes without the link. */
export function emailChangeNoticeMail(name: string, locale: MailLocale, newEmail: string, resetUrl: string): RenderedMail {
  const sv = locale === 'sv'
  return renderSimpleMail({
    locale,
    subject: sv ? 'Någon vill byta e-postadress på ditt konto' : 'A change of your account’s e-mail address was asked for',
    greeting: sv ? `Hej ${name}!` : `Hello ${name},`,
    paragraphs: [
      sv
        ? `Någon bad om att ditt konto i Co-working Region ska använda adressen ${newEmail} i stället för den här. Kontot behåller den här adressen tills länken vi skickade till ${newEmail} har öppnats.`
        : `Someone asked for your account in Co-working Region to use the address ${newEmail} instead of this one. The account keeps this address until the link we sent to ${newEmail} has been followed.`,
      sv
        ? 'Var det inte du? Välj ett nytt lösenord med länken nedan, så att ingen annan kan logga in.'
        : 'Was it not you? Choose a new password with the link below, so that nobody else can log in.',
    ],
    action: { label: sv ? 'Välj nytt lösenord' : 'Choose a new password', url: resetUrl },
  })
}
