/**
 * The messages that tell applicants what was decided (network and innovation council), and
 * the notice to region staff about a new council application. Pure: each returns the
 * subject, text and HTML in the given language, and the outbox stores what it returns. No
 * message ever carries a password: a new account gets a link to choose one.
 */
import { renderSimpleMail, type MailLocale, type RenderedMail } from '../mail/simpleMail.ts'
import { WELCOME_LINK_DAYS } from './decisionRules.ts'

const greeting = (name: string, sv: boolean) => (sv ? `Hej ${name}!` : `Hello ${name},`)

/** Approved, with a new account: the link chooses its first password. */
export function welcomeMail(name: string, agency: string, locale: MailLocale, setPasswordUrl: string, message: string): RenderedMail {
  const sv = locale === 'sv'
  return renderSimpleMail({
    locale,
    subject: sv ? `Välkommen till myndighetsnätverket: ${agency}` : `Welcome to the authority network: ${agency}`,
    greeting: greeting(name, sv),
    paragraphs: [
      sv
        ? `Anmälan är godkänd: du är nu representant för ${agency} i myndighetsnätverket. Välj ett lösenord till ditt konto med länken nedan. Länken gäller i ${WELCOME_LINK_DAYS} dagar och kan användas en gång.`
        : `The sign-up is approved: you are now a representative of ${agency} in the authority network. Choose a password for your account with the link below. The link is valid for ${WELCOME_LINK_DAYS} days and works once.`,
      ...(message ? [message] : []),
      sv
        ? 'När du har loggat in ser du nätverkets träffar, kan anmäla dig och dina kollegor och hittar din kalender.'
        : 'Once logged in, you see the network’s meetings, can register yourself and your colleagues and find your calendar.',
    ],
    action: { label: sv ? 'Välj lösenord' : 'Choose password', url: setPasswordUrl },
  })
}

/**
 * Approved for someone who already has an account as the agency's representative: they keep
 * their password, so the mail links to the login page (and to a new password if forgotten).
 */
export function welcomeBackMail(name: string, agency: string, locale: MailLocale, loginUrl: string, forgotPasswordUrl: string, message: string): RenderedMail {
  const sv = locale === 'sv'
  return renderSimpleMail({
    locale,
    subject: sv ? `Välkommen till myndighetsnätverket: ${agency}` : `Welcome to the authority network: ${agency}`,
    greeting: greeting(name, sv),
    paragraphs: [
      sv
        ? `Anmälan är godkänd: ${agency} är med i myndighetsnätverket och du är dess representant. Du har redan ett konto; logga in med ditt lösenord som vanligt.`
        : `The sign-up is approved: ${agency} is in the authority network and you are its representative. You already have an account; log in with your password as usual.`,
      ...(message ? [message] : []),
    ],
    action: { label: sv ? 'Logga in' : 'Log in', url: loginUrl },
    footnote: sv ? `Har du glömt lösenordet? Välj ett nytt här: ${forgotPasswordUrl}` : `Forgotten your password? Choose a new one here: ${forgotPasswordUrl}`,
  })
}

/** Rejected: the reason is required and always included. */
export function rejectionMail(name: string, agency: string, locale: MailLocale, reason: string): RenderedMail {
  const sv = locale === 'sv'
  return renderSimpleMail({
    locale,
    subject: sv ? `Beslut om anmälan till myndighetsnätverket: ${agency}` : `Decision on the sign-up to the authority network: ${agency}`,
    greeting: greeting(name, sv),
    paragraphs: [sv ? 'Anmälan har tyvärr inte godkänts. Motivering:' : 'Unfortunately, the sign-up has not been approved. The reason:', reason],
    footnote: sv ? 'Har du frågor, svara gärna regionen på det här beslutet.' : 'If you have questions, please reply to the region about this decision.',
  })
}

/** The decision on a council application; the message is required when declining. */
export function councilDecisionMail(name: string, locale: MailLocale, accepted: boolean, message: string, councilUrl: string): RenderedMail {
  const sv = locale === 'sv'
  return renderSimpleMail({
    locale,
    subject: accepted
      ? sv ? 'Välkommen till innovationsrådet' : 'Welcome to the innovation council'
      : sv ? 'Beslut om din ansökan till innovationsrådet' : 'Decision on your application to the innovation council',
    greeting: greeting(name, sv),
    paragraphs: [
      accepted
        ? sv
          ? 'Du har fått en plats i det regionala innovationsrådet. Rådets möten syns nu på din sida i myndighetsnätverket, där du också anmäler dig till dem.'
          : 'You have a seat on the regional innovation council. The council’s meetings now show on your page in the authority network, where you also register for them.'
        : sv
          ? 'Du har tyvärr inte fått en plats i innovationsrådet den här gången. Motivering:'
          : 'Unfortunately, you have not been given a seat on the innovation council this time. The reason:',
      ...(message ? [message] : []),
    ],
    ...(accepted ? { action: { label: sv ? 'Innovationsrådet' : 'The innovation council', url: councilUrl } } : {}),
  })
}

/** To region staff, in their own language: a council application waits in the admin panel. */
export function councilReviewMail(locale: MailLocale, organisation: string, adminUrl: string): RenderedMail {
  const sv = locale === 'sv'
  return renderSimpleMail({
    locale,
    subject: sv ? `Ny ansökan till innovationsrådet: ${organisation}` : `New application to the innovation council: ${organisation}`,
    greeting: sv ? 'Hej!' : 'Hello,',
    paragraphs: [sv ? 'En representant har ansökt om en plats i innovationsrådet.' : 'A representative has applied for a seat on the innovation council.'],
    action: { label: sv ? 'Öppna ansökan' : 'Open the application', url: adminUrl },
  })
}
