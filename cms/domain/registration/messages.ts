/**
 * What the visitor is told about a registration, in both languages. The keys are the
 * problems and outcomes of `input.ts`, `rules.ts` and the operations (`register.ts`, `manage.ts`).
 */
import type { InputProblem } from './input.ts'
import { ServiceRefusal } from '../refusal.ts'
import type { Refusal } from './rules.ts'

type Text = { sv: string; en: string }

export type ServiceProblem = Refusal | 'occurrenceUnknown' | 'duplicate' | 'tokenInvalid' | 'tokenExpired' | 'alreadyCancelled'

/** A registration operation refused: `problem` says why, in words from `registrationMessages`. */
export class RegistrationProblem extends ServiceRefusal<ServiceProblem> {
  override name = 'RegistrationProblem'
}

export const registrationMessages: Record<InputProblem | ServiceProblem, Text> = {
  nameMissing: { sv: 'Skriv ditt namn.', en: 'Enter your name.' },
  nameTooLong: { sv: 'Namnet får vara högst 120 tecken.', en: 'The name may be at most 120 characters.' },
  nameMarkup: { sv: 'Namnet får inte innehålla tecknen < > { }.', en: 'The name may not contain the characters < > { }.' },
  emailMissing: { sv: 'Skriv din e-postadress.', en: 'Enter your e-mail address.' },
  emailInvalid: { sv: 'Skriv en e-postadress i formen namn@exempel.se.', en: 'Enter an e-mail address like name@example.com.' },
  emailTooLong: { sv: 'E-postadressen är för lång.', en: 'The e-mail address is too long.' },
  notFound: { sv: 'Evenemanget finns inte.', en: 'The event does not exist.' },
  audience: { sv: 'Evenemanget finns inte.', en: 'The event does not exist.' },
  cancelled: { sv: 'Evenemanget är inställt, så det går inte att anmäla sig.', en: 'The event is cancelled, so registration is closed.' },
  past: { sv: 'Evenemanget har redan börjat, så anmälan är stängd.', en: 'The event has already started, so registration is closed.' },
  noRegistration: { sv: 'Det här evenemanget har ingen anmälan – välkommen ändå!', en: 'This event needs no registration – just come along!' },
  occurrenceUnknown: {
    sv: 'Evenemanget äger inte rum den dagen. Välj ett av de kommande tillfällena.',
    en: 'The event does not take place on that day. Choose one of the upcoming occasions.',
  },
  duplicate: {
    sv: 'Den här e-postadressen är redan anmäld till det här tillfället. Titta efter vårt mejl i din inkorg.',
    en: 'This e-mail address is already registered for this occasion. Look for our e-mail in your inbox.',
  },
  tokenInvalid: {
    sv: 'Länken stämmer inte. Kontrollera att du har kopierat hela länken från mejlet.',
    en: 'The link is not valid. Check that you copied the whole link from the e-mail.',
  },
  tokenExpired: {
    sv: 'Länken har gått ut eftersom anmälan inte bekräftades inom 48 timmar. Anmäl dig gärna igen.',
    en: 'The link has expired because the registration was not confirmed within 48 hours. You are welcome to register again.',
  },
  alreadyCancelled: { sv: 'Anmälan är redan avbokad.', en: 'The registration is already cancelled.' },
}

/** HTTP status for each problem: 400 for bad input, 404 for what the visitor may not see, 409/410 for state. */
export const problemStatus: Record<InputProblem | ServiceProblem, number> = {
  nameMissing: 400,
  nameTooLong: 400,
  nameMarkup: 400,
  emailMissing: 400,
  emailInvalid: 400,
  emailTooLong: 400,
  notFound: 404,
  audience: 404,
  cancelled: 409,
  past: 409,
  noRegistration: 409,
  occurrenceUnknown: 400,
  duplicate: 409,
  tokenInvalid: 404,
  tokenExpired: 410,
  alreadyCancelled: 409,
}
