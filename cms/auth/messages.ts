/**
 * What the CMS's login, password-reset and GraphQL endpoints say, in Swedish and English, and
 * the mail with the admin panel's reset link. Pure (unit tested). The language is the admin
 * panel's (its language cookie, else Accept-Language; Swedish by default).
 */
import { renderSimpleMail, type MailLocale, type RenderedMail } from '../mail/simpleMail.ts'

export type AuthLocale = MailLocale

const wait = (locale: AuthLocale, seconds: number): string => {
  if (seconds < 90) return locale === 'sv' ? `${seconds} ${seconds === 1 ? 'sekund' : 'sekunder'}` : `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`
  const minutes = Math.ceil(seconds / 60)
  return locale === 'sv' ? `${minutes} minuter` : `${minutes} minutes`
}

export const authText = {
  sv: {
    loginFailed: 'E-postadressen eller lösenordet stämmer inte.',
    loginMissing: 'Fyll i både e-postadress och lösenord.',
    tooManyAttempts: (seconds: number) => `För många försök. Vänta ${wait('sv', seconds)} och försök igen.`,
    resetMissing: 'Fyll i din e-postadress.',
    resetRequested: 'Om adressen hör till ett konto har vi skickat en länk för att välja nytt lösenord. Kolla din e-post.',
    bodyTooLarge: (maxKb: number) => `Förfrågan är för stor (högst ${maxKb} kB).`,
    unreadable: 'Förfrågan kunde inte läsas.',
    graphqlLoginRequired: 'GraphQL är bara öppet för inloggade. Logga in, eller läs publikt innehåll genom REST-API:t (/api).',
    graphqlNoQuery: 'Förfrågan saknar en GraphQL-fråga (query).',
    graphqlTooManyTokens: (max: number) => `Frågan är för lång (högst ${max} delar).`,
    graphqlTooManyAliases: (max: number) => `Frågan har för många alias (högst ${max}).`,
    graphqlTooDeep: (max: number) => `Frågan är för djup (högst ${max} nivåer).`,
    graphqlTooManyFields: (max: number) => `Frågan har för många fält (högst ${max}).`,
    graphqlTooCostly: (cost: number, max: number) => `Frågan är för kostsam: ${cost} där gränsen är ${max}. Kostnaden räknar varje fält en gång per dokument som limit ger; hämta färre dokument eller färre fält.`,
    graphqlLimit: (field: string, max: number) => `${field}: limit måste vara mellan 1 och ${max}, och pagination får inte stängas av.`,
    graphqlAuthMutation: (field: string) => `${field} går inte att använda i GraphQL. Använd REST-API:t (/api/users/…), som begränsar försöken.`,
  },
  en: {
    loginFailed: 'The e-mail address or password is incorrect.',
    loginMissing: 'Enter both an e-mail address and a password.',
    tooManyAttempts: (seconds: number) => `Too many attempts. Wait ${wait('en', seconds)} and try again.`,
    resetMissing: 'Enter your e-mail address.',
    resetRequested: 'If the address belongs to an account, we have sent a link for choosing a new password. Check your e-mail.',
    bodyTooLarge: (maxKb: number) => `The request is too large (at most ${maxKb} KB).`,
    unreadable: 'The request could not be read.',
    graphqlLoginRequired: 'GraphQL is open to logged-in users only. Log in, or read public content through the REST API (/api).',
    graphqlNoQuery: 'The request has no GraphQL query.',
    graphqlTooManyTokens: (max: number) => `The query is too long (at most ${max} tokens).`,
    graphqlTooManyAliases: (max: number) => `The query has too many aliases (at most ${max}).`,
    graphqlTooDeep: (max: number) => `The query is too deep (at most ${max} levels).`,
    graphqlTooManyFields: (max: number) => `The query has too many fields (at most ${max}).`,
    graphqlTooCostly: (cost: number, max: number) => `The query costs too much: ${cost} where the limit is ${max}. The cost counts every field once per document its limit allows; ask for fewer documents or fewer fields.`,
    graphqlLimit: (field: string, max: number) => `${field}: limit must be between 1 and ${max}, and pagination cannot be turned off.`,
    graphqlAuthMutation: (field: string) => `${field} is not available over GraphQL. Use the REST API (/api/users/…), which limits attempts.`,
  },
} satisfies Record<AuthLocale, Record<string, unknown>>

export type AuthText = (typeof authText)['sv']

/**
 * The language to answer in: the admin panel's language cookie (`payload-lng`) when set, else
 * the Accept-Language entry with the highest weight among Swedish and English, else Swedish.
 */
export function requestLocale(headers: Headers): AuthLocale {
  const cookie = /(?:^|;\s*)payload-lng=(sv|en)(?:;|$)/.exec(headers.get('cookie') ?? '')
  if (cookie) return cookie[1] as AuthLocale
  let best: { locale: AuthLocale; q: number } | null = null
  for (const part of (headers.get('accept-language') ?? '').split(',')) {
    const [tag, ...params] = part.trim().toLowerCase().split(';')
    const locale = tag.startsWith('sv') ? 'sv' : tag.startsWith('en') ? 'en' : null
    const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? 1)
    if (locale && Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { locale, q }
  }
  return best?.locale ?? 'sv'
}

/** A JSON answer in Payload's error shape, which the admin panel shows as a message. */
export function errorResponse(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store', ...headers } })
}

/** For staff who work in the admin panel (admins, community managers): a link to the panel's own reset page. */
export function panelResetPasswordMail(name: string, locale: AuthLocale, url: string, minutes: number): RenderedMail {
  const sv = locale === 'sv'
  return renderSimpleMail({
    locale,
    subject: sv ? 'Välj ett nytt lösenord till adminpanelen' : 'Choose a new password for the admin panel',
    greeting: sv ? `Hej ${name}!` : `Hello ${name},`,
    paragraphs: [
      sv
        ? `Någon, troligen du, bad om ett nytt lösenord till ditt konto i Co-working Regions adminpanel. Öppna länken och välj lösenord. Länken gäller i ${minutes} minuter och kan användas en gång.`
        : `Someone, probably you, asked for a new password for your account in the Co-working Region admin panel. Open the link and choose a password. The link is valid for ${minutes} minutes and works once.`,
    ],
    action: { label: sv ? 'Välj lösenord' : 'Choose password', url },
    footnote: sv
      ? 'Bad du inte om det kan du bortse från mejlet; ditt lösenord är oförändrat.'
      : 'If you did not ask for this, you can ignore this message; your password is unchanged.',
  })
}
