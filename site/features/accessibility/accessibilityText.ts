import { defineText } from '../../lib/text.ts'

/** Text of the accessibility report form. */
export const accessibilityText = defineText(
  {
    heading: 'Rapportera ett tillgänglighetsproblem',
    intro: 'Berätta vad som inte fungerar för dig, eller om du behöver innehåll i ett annat format. Rapporten går till regionens ansvariga för webbplatsen.',
    page: 'Vilken sida eller vilken del av webbplatsen gäller det?',
    pageHint: 'Till exempel adressen till sidan, eller ”formuläret för anmälan till evenemang”.',
    description: 'Beskriv problemet',
    descriptionHint: 'Vad försökte du göra, och vad hände? Berätta gärna vilket hjälpmedel du använder.',
    name: 'Ditt namn (frivilligt)',
    email: 'Din e-postadress (frivilligt)',
    emailHint: 'Fyll i den om du vill ha svar. Vi använder den bara för att svara på rapporten.',
    submit: 'Skicka rapporten',
    errorSummary: 'Rapporten kunde inte skickas',
    sentHeading: 'Tack för din rapport',
    sent: 'Vi har tagit emot rapporten och återkommer inom två veckor om du har lämnat en e-postadress.',
    footerLink: 'Rapportera ett tillgänglighetsproblem med den här sidan',
    /** The query parameter that fills in the form's page (the footer's link). */
    pageParam: 'sida',
  },
  {
    heading: 'Report an accessibility problem',
    intro: 'Tell us what does not work for you, or if you need content in another format. The report goes to the people at the region responsible for the site.',
    page: 'Which page or part of the site does it concern?',
    pageHint: 'For example the address of the page, or “the event registration form”.',
    description: 'Describe the problem',
    descriptionHint: 'What were you trying to do, and what happened? You are welcome to say which assistive technology you use.',
    name: 'Your name (optional)',
    email: 'Your e-mail address (optional)',
    emailHint: 'Fill it in if you want a reply. We use it only to answer the report.',
    submit: 'Send the report',
    errorSummary: 'The report could not be sent',
    sentHeading: 'Thank you for your report',
    sent: 'We have received the report and will reply within two weeks if you left an e-mail address.',
    footerLink: 'Report an accessibility problem on this page',
    pageParam: 'page',
  },
)
