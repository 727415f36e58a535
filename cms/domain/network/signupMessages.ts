/**
 * What an applicant is told about the sign-up form, in both languages: each field problem
 * of `signupInput.ts`, and each outcome of the service (`signup.ts`) with its HTTP status.
 */
import type { SignupField, SignupProblem, SignupWarning } from './signupInput.ts'
import { LIMITS } from './signupInput.ts'

type Text = { sv: string; en: string }

/** Field-specific wording where the generic one would be vague. */
const missing: Record<SignupField, Text> = {
  agencyName: { sv: 'Skriv myndighetens namn.', en: 'Enter the agency’s name.' },
  orgNumber: { sv: 'Skriv myndighetens organisationsnummer.', en: 'Enter the agency’s organisation number.' },
  website: { sv: 'Skriv myndighetens webbplats.', en: 'Enter the agency’s website.' },
  municipality: { sv: 'Välj kommunen där myndighetens lokala kontor finns.', en: 'Choose the municipality of the agency’s local office.' },
  staffInCounty: { sv: 'Skriv antalet anställda i länet.', en: 'Enter the number of staff in the county.' },
  name: { sv: 'Skriv ditt namn.', en: 'Enter your name.' },
  title: { sv: 'Skriv din befattning.', en: 'Enter your job title.' },
  email: { sv: 'Skriv din e-postadress i tjänsten.', en: 'Enter your work e-mail address.' },
  phone: { sv: 'Skriv ett telefonnummer.', en: 'Enter a phone number.' },
  interests: { sv: 'Välj minst ett av alternativen.', en: 'Choose at least one of the options.' },
  consent: { sv: 'Ge ditt samtycke för att vi ska kunna behandla anmälan.', en: 'Give your consent so that we can process the sign-up.' },
}

const tooLong: Partial<Record<SignupField, number>> = {
  agencyName: LIMITS.agencyName,
  name: LIMITS.name,
  title: LIMITS.title,
  website: LIMITS.website,
  email: LIMITS.email,
}

const PROBLEMS: Record<Exclude<SignupProblem, 'missing' | 'tooLong'>, Text> = {
  markup: { sv: 'Fältet får inte innehålla tecknen < > { }.', en: 'The field may not contain the characters < > { }.' },
  unreadable: {
    sv: 'Fältet innehåller tecken som inte går att läsa, till exempel radbrytningar eller styrtecken. Skriv in texten igen.',
    en: 'The field contains characters that cannot be read, such as line breaks or control characters. Type the text again.',
  },
  orgNumberFormat: { sv: 'Skriv organisationsnumret med tio siffror, till exempel 202100-5489.', en: 'Write the organisation number with ten digits, for example 202100-5489.' },
  orgNumberChecksum: {
    sv: 'Organisationsnumret stämmer inte: kontrollsiffran (den sista) är fel. Kontrollera numret.',
    en: 'The organisation number is not valid: the check digit (the last one) is wrong. Check the number.',
  },
  orgNumberNotPublic: {
    sv: 'Myndigheters organisationsnummer börjar med 2. Nätverket är för offentliga organisationer.',
    en: 'Public bodies’ organisation numbers begin with 2. The network is for public organisations.',
  },
  websiteInvalid: { sv: 'Skriv webbplatsens adress, till exempel https://www.myndigheten.se.', en: 'Enter the website’s address, for example https://www.agency.se.' },
  municipalityUnknown: { sv: 'Välj en av kommunerna i Jämtlands län.', en: 'Choose one of the municipalities in Jämtland County.' },
  staffInvalid: { sv: 'Skriv antalet anställda som ett heltal, till exempel 45.', en: 'Enter the number of staff as a whole number, for example 45.' },
  emailInvalid: { sv: 'Skriv en e-postadress i formen namn@myndigheten.se.', en: 'Enter an e-mail address like name@agency.se.' },
  emailDomain: {
    sv: 'E-postadressen är inte på samma domän som myndighetens webbplats. Om myndigheten använder den domänen för e-post: kryssa i rutan under fältet och skicka igen.',
    en: 'The e-mail address is not on the same domain as the agency’s website. If the agency uses that domain for e-mail, tick the box below the field and send again.',
  },
  phoneInvalid: { sv: 'Skriv telefonnumret med siffror, till exempel 063-14 30 00.', en: 'Write the phone number in digits, for example +46 63 14 30 00.' },
  interestsMissing: missing.interests,
  interestsUnknown: { sv: 'Välj bland alternativen i formuläret.', en: 'Choose from the options in the form.' },
  consentMissing: missing.consent,
}

export function signupProblemText(field: SignupField, problem: SignupProblem, locale: 'sv' | 'en'): string {
  if (problem === 'missing') return missing[field][locale]
  if (problem === 'tooLong') {
    const max = tooLong[field] ?? 200
    return locale === 'sv' ? `Högst ${max} tecken.` : `At most ${max} characters.`
  }
  return PROBLEMS[problem][locale]
}

export const signupWarningText: Record<SignupWarning, Text> = {
  freeMail: {
    sv: 'Du använde en e-postadress hos en gratistjänst. Anmälan går igenom, men regionen kontrollerar med myndigheten innan den godkänns. Använd gärna din adress i tjänsten.',
    en: 'You used an address on a free e-mail service. The sign-up goes through, but the region will check with the agency before approving it. Your work address is better.',
  },
}

/** What the service can refuse, beyond the form's own checks. */
export type SignupServiceProblem = 'agencyIsMember' | 'tokenInvalid' | 'tokenExpired' | 'tokenUsed'

export const signupServiceStatus: Record<SignupServiceProblem, 404 | 409 | 410> = {
  agencyIsMember: 409,
  tokenInvalid: 404,
  tokenExpired: 410,
  tokenUsed: 409,
}

export const signupServiceText: Record<SignupServiceProblem, Text> = {
  agencyIsMember: {
    sv: 'Myndigheten är redan med i nätverket. Vill du bli ytterligare en representant för den? Kryssa i rutan nedan och skicka igen; myndighetens nuvarande representanter eller regionen godkänner det.',
    en: 'The agency is already in the network. Do you want to become another of its representatives? Tick the box below and send again; the agency’s current representatives or the region will approve it.',
  },
  tokenInvalid: {
    sv: 'Länken stämmer inte. Kontrollera att du har kopierat hela länken från mejlet.',
    en: 'The link is not valid. Check that you copied the whole link from the e-mail.',
  },
  tokenExpired: {
    sv: 'Länken har gått ut: den gällde i 48 timmar. Fyll i anmälan igen, så skickar vi en ny länk.',
    en: 'The link has expired: it was valid for 48 hours. Fill in the sign-up again and we will send a new link.',
  },
  tokenUsed: {
    sv: 'Länken är redan använd: anmälan är bekräftad och väntar på regionens beslut.',
    en: 'The link has already been used: the sign-up is confirmed and waiting for the region’s decision.',
  },
}
