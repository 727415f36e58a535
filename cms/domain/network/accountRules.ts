/**
 * The pure rules of a representative's account: who logs in on the site, what a password
 * must be, the reset mail, and the shape of a calendar token. No server needed (unit tested);
 * `account.ts` re-exports them beside the services.
 */
import { renderSimpleMail, type MailLocale, type RenderedMail } from '../../mail/simpleMail.ts'
import type { User } from '../../payload-types.ts'

/** Who logs in on the site: representatives, and admins (who also use the admin panel). */
export const SITE_ROLES: ReadonlyArray<User['role']> = ['agency-representative', 'admin']

export const RESET_LINK_MINUTES = 60
export const PASSWORD_MIN = 12
export const PASSWORD_MAX = 128

export type PasswordProblem = 'passwordTooShort' | 'passwordTooLong' | 'passwordMismatch' | 'passwordIsEmail'

/** What is wrong with a chosen password, or null. Length is what matters (NIST SP 800-63B). */
export function passwordProblem(password: string, repeat: string, email?: string): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN) return 'passwordTooShort'
  if ([...password].length > PASSWORD_MAX) return 'passwordTooLong'
  if (password !== repeat) return 'passwordMismatch'
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) return 'passwordIsEmail'
  return null
}

export function resetPasswordMail(name: string, locale: MailLocale, url: string, minutes: number): RenderedMail {
  const sv = locale === 'sv'
  return renderSimpleMail({
    locale,
    subject: sv ? 'Välj ett nytt lösenord' : 'Choose a new password',
    greeting: sv ? `Hej ${name}!` : `Hello ${name},`,
    paragraphs: [
      sv
        ? `Någon, troligen du, bad om ett nytt lösenord till ditt konto i myndighetsnätverket. Öppna länken och välj lösenord. Länken gäller i ${minutes} minuter och kan användas en gång.`
        : `Someone, probably you, asked for a new password for your account in the authority network. Open the link and choose a password. The link is valid for ${minutes} minutes and works once.`,
    ],
    action: { label: sv ? 'Välj lösenord' : 'Choose password', url },
    footnote: sv
      ? 'Bad du inte om det kan du bortse från mejlet; ditt lösenord är oförändrat.'
      : 'If you did not ask for this, you can ignore this message; your password is unchanged.',
  })
}

/** A calendar token as `account.ts` makes them: 32 random bytes in base64url. */
const CALENDAR_TOKEN = /^[A-Za-z0-9_-]{43}$/

export const isCalendarToken = (token: string): boolean => CALENDAR_TOKEN.test(token)
