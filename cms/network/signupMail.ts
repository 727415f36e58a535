/**
 * The messages of the network sign-up, in the applicant's language (region staff get theirs
 * in their own). Pure: the outbox stores what these return.
 */
import { renderSimpleMail, type MailLocale, type RenderedMail } from '../mail/simpleMail.ts'

export interface ApplicationSummary {
  agencyName: string
  orgNumber: string
  name: string
  email: string
  kind: 'new-agency' | 'add-representative'
  freeMail: boolean
}

const facts = (a: ApplicationSummary, l: MailLocale): Array<[string, string]> => [
  [l === 'sv' ? 'Myndighet' : 'Agency', `${a.agencyName} (${a.orgNumber})`],
  [l === 'sv' ? 'Representant' : 'Representative', `${a.name} <${a.email}>`],
]

/** The double opt-in: a link to the page where the applicant confirms with a button. */
export function confirmSignupMail(a: ApplicationSummary, locale: MailLocale, confirmUrl: string, hours: number): RenderedMail {
  const sv = locale === 'sv'
  const what = a.kind === 'add-representative'
    ? sv ? `att bli representant för ${a.agencyName} i myndighetsnätverket` : `to become a representative of ${a.agencyName} in the authority network`
    : sv ? `att ansluta ${a.agencyName} till myndighetsnätverket` : `to sign ${a.agencyName} up to the authority network`
  return renderSimpleMail({
    locale,
    subject: sv ? 'Bekräfta din anmälan till myndighetsnätverket' : 'Confirm your sign-up to the authority network',
    greeting: sv ? `Hej ${a.name}!` : `Hello ${a.name},`,
    paragraphs: [
      sv
        ? `Tack för din anmälan ${what}. Bekräfta att det är din e-postadress genom att öppna länken och trycka på knappen. Länken gäller i ${hours} timmar och kan användas en gång.`
        : `Thank you for your request ${what}. Confirm that this is your e-mail address by opening the link and pressing the button. The link is valid for ${hours} hours and works once.`,
    ],
    facts: facts(a, locale),
    action: { label: sv ? 'Bekräfta anmälan' : 'Confirm sign-up', url: confirmUrl },
    footnote: sv
      ? 'Om det inte var du som anmälde dig kan du bortse från mejlet. En obekräftad anmälan raderas efter 30 dagar.'
      : 'If you did not sign up, you can ignore this message. An unconfirmed sign-up is deleted after 30 days.',
  })
}

/** After confirmation: the application waits for a decision. */
export function signupReceivedMail(a: ApplicationSummary, locale: MailLocale): RenderedMail {
  const sv = locale === 'sv'
  const decider = a.kind === 'add-representative'
    ? sv ? 'Myndighetens representanter eller regionen' : 'The agency’s representatives or the region'
    : sv ? 'Regionen' : 'The region'
  return renderSimpleMail({
    locale,
    subject: sv ? 'Vi har tagit emot din anmälan till myndighetsnätverket' : 'We have received your sign-up to the authority network',
    greeting: sv ? `Hej ${a.name}!` : `Hello ${a.name},`,
    paragraphs: [
      sv
        ? `Din e-postadress är bekräftad. ${decider} går nu igenom anmälan. När den är godkänd får du ett mejl med en länk där du väljer lösenord till ditt konto.`
        : `Your e-mail address is confirmed. ${decider} will now review the sign-up. Once it is approved you will get an e-mail with a link to choose the password for your account.`,
    ],
    facts: facts(a, locale),
  })
}

/** Someone signed up with an address that already has an account: tell its owner, and nobody else. */
export function existingAccountMail(name: string, locale: MailLocale, loginUrl: string, forgotUrl: string): RenderedMail {
  const sv = locale === 'sv'
  return renderSimpleMail({
    locale,
    subject: sv ? 'Du har redan ett konto i myndighetsnätverket' : 'You already have an account in the authority network',
    greeting: sv ? `Hej ${name}!` : `Hello ${name},`,
    paragraphs: [
      sv
        ? 'Någon, troligen du, anmälde den här e-postadressen till myndighetsnätverket. Adressen har redan ett konto, så ingen ny anmälan behövs: logga in i stället.'
        : 'Someone, probably you, signed this e-mail address up to the authority network. The address already has an account, so no new sign-up is needed: log in instead.',
      sv ? `Har du glömt lösenordet? Välj ett nytt här: ${forgotUrl}` : `Forgotten your password? Choose a new one here: ${forgotUrl}`,
    ],
    action: { label: sv ? 'Logga in' : 'Log in', url: loginUrl },
  })
}

/** A new confirmed application, to region staff. */
export function applicationToReviewMail(a: ApplicationSummary, locale: MailLocale, adminUrl: string): RenderedMail {
  const sv = locale === 'sv'
  return renderSimpleMail({
    locale,
    subject: sv ? `Ny anmälan till myndighetsnätverket: ${a.agencyName}` : `New sign-up to the authority network: ${a.agencyName}`,
    greeting: sv ? 'Hej!' : 'Hello,',
    paragraphs: [
      a.kind === 'add-representative'
        ? sv ? 'En ny representant för en myndighet i nätverket har bekräftat sin e-postadress och väntar på beslut.' : 'A new representative of an agency in the network has confirmed their e-mail address and is waiting for a decision.'
        : sv ? 'En myndighet har anmält sig till nätverket och bekräftat e-postadressen. Anmälan väntar på beslut.' : 'An agency has signed up to the network and confirmed the e-mail address. The sign-up is waiting for a decision.',
      ...(a.freeMail
        ? [sv ? 'Obs! Adressen är hos en gratistjänst för e-post: kontrollera med myndigheten att personen arbetar där.' : 'Note: the address is on a free e-mail service: check with the agency that the person works there.']
        : []),
    ],
    facts: facts(a, locale),
    action: { label: sv ? 'Öppna anmälan' : 'Open the sign-up', url: adminUrl },
  })
}
