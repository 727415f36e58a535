import { defineText } from '../../lib/text.ts'

/** Interface text for applying to the innovation council. */
export const councilText = defineText(
  {
    title: 'Ansök om en plats i innovationsrådet',
    lead: 'Representanter för myndigheter i nätverket kan ansöka om en plats i det regionala innovationsrådet. Regionen beslutar; rådet har ett begränsat antal platser.',
    apply: 'Ansök om en plats i rådet',
    loginFirst: 'Logga in som representant för en myndighet i nätverket för att ansöka.',
    login: 'Logga in',
    fields: { organisation: 'Organisation', motivation: 'Varför vill du ingå i rådet?', contribution: 'Vad bidrar du och din organisation med?' },
    submit: 'Skicka ansökan',
    done: 'Tack! Ansökan är skickad. Regionen går igenom den och du får beslutet per e-post.',
    unreadable: 'Formuläret kunde inte läsas. Försök igen.',
    errorSummary: 'Ansökan kunde inte skickas',
    problems: {
      missing: (f: string) => `Fyll i ”${f}”.`,
      tooLong: (f: string) => `”${f}” är för långt.`,
      unreadable: (f: string) => `”${f}” innehåller tecken som inte går att använda.`,
    },
    refusals: {
      notEntitled: 'Bara representanter för myndigheter som är med i nätverket kan ansöka.',
      alreadyMember: 'Du har redan en plats i rådet.',
      alreadyApplied: 'Du har redan en ansökan som väntar på beslut.',
    },
  },
  {
    title: 'Apply for a seat on the innovation council',
    lead: 'Representatives of agencies in the network can apply for a seat on the regional innovation council. The region decides; the council has a limited number of seats.',
    apply: 'Apply for a seat on the council',
    loginFirst: 'Log in as a representative of an agency in the network to apply.',
    login: 'Log in',
    fields: { organisation: 'Organisation', motivation: 'Why do you want to join the council?', contribution: 'What do you and your organisation bring?' },
    submit: 'Send application',
    done: 'Thank you! The application is sent. The region will review it and you will get the decision by e-mail.',
    unreadable: 'The form could not be read. Try again.',
    errorSummary: 'The application could not be sent',
    problems: {
      missing: (f: string) => `Fill in “${f}”.`,
      tooLong: (f: string) => `“${f}” is too long.`,
      unreadable: (f: string) => `“${f}” contains characters that cannot be used.`,
    },
    refusals: {
      notEntitled: 'Only representatives of agencies in the network can apply.',
      alreadyMember: 'You already have a seat on the council.',
      alreadyApplied: 'You already have an application waiting for a decision.',
    },
  },
)
