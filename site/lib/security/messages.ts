/**
 * What a visitor is told when a request is refused for security reasons, in both languages.
 * Pure. The messages say what to do next and never which check a bot tripped in detail.
 */
import { path } from '../../../cms/domain/routes.ts'
import { otherLocale, type Locale } from '../i18n.ts'

export type SecurityProblem =
  | 'cross-site'
  | 'csrf-missing'
  | 'csrf-invalid'
  | 'csrf-expired'
  | 'honeypot'
  | 'form-too-fast'
  | 'form-expired'
  | 'form-invalid'
  | 'form-unreadable'
  | 'rate-limited'
  | 'bad-url'
  | 'misdirected'
  | 'method-not-allowed'
  | 'too-large'

interface Text {
  title: string
  message: (retryAfterSeconds: number) => string
}

function minutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60))
}

const sv: Record<SecurityProblem, Text> = {
  'cross-site': {
    title: 'Formuläret kunde inte skickas',
    message: () => 'Formuläret skickades från en annan webbplats och togs inte emot. Öppna formuläret på den här webbplatsen och skicka det därifrån.',
  },
  'csrf-missing': {
    title: 'Formuläret kunde inte skickas',
    message: () =>
      'Formuläret saknade sin säkerhetskod, eller så tillåter din webbläsare inte kakor för den här webbplatsen. Tillåt nödvändiga kakor, ladda om sidan och försök igen.',
  },
  'csrf-invalid': {
    title: 'Formuläret kunde inte skickas',
    message: () => 'Formulärets säkerhetskod stämde inte. Ladda om sidan och skicka formuläret igen.',
  },
  'csrf-expired': {
    title: 'Formuläret kunde inte skickas',
    message: () => 'Formuläret har varit öppet för länge. Ladda om sidan och skicka formuläret igen.',
  },
  honeypot: {
    title: 'Formuläret kunde inte skickas',
    message: () => 'Formuläret innehöll ett fält som ska lämnas tomt. Ladda om sidan och fyll bara i de synliga fälten.',
  },
  'form-too-fast': {
    title: 'Formuläret skickades för snabbt',
    message: () => 'Formuläret skickades för snabbt efter att sidan öppnades. Kontrollera uppgifterna och skicka igen.',
  },
  'form-expired': {
    title: 'Formuläret kunde inte skickas',
    message: () => 'Formuläret har varit öppet i mer än ett dygn. Ladda om sidan och fyll i det igen.',
  },
  'form-invalid': {
    title: 'Formuläret kunde inte skickas',
    message: () => 'Formuläret saknade uppgifter som behövs för att skicka det. Ladda om sidan och försök igen.',
  },
  'form-unreadable': {
    title: 'Formuläret kunde inte skickas',
    message: () => 'Formuläret kunde inte läsas. Försök igen.',
  },
  'rate-limited': {
    title: 'För många försök',
    message: (s) => `Du har gjort för många försök på kort tid. Vänta ${minutes(s)} ${minutes(s) === 1 ? 'minut' : 'minuter'} och försök igen.`,
  },
  'bad-url': {
    title: 'Felaktig adress',
    message: () => 'Adressen innehåller tecken som inte går att läsa. Kontrollera länken eller gå till startsidan.',
  },
  misdirected: {
    title: 'Fel adress för webbplatsen',
    message: () => 'Den här servern svarar inte för webbadressen du använde. Gå till Co-working Region på webbplatsens vanliga adress.',
  },
  'method-not-allowed': {
    title: 'Begäran kan inte tas emot här',
    message: () => 'Den här adressen tar inte emot den sortens begäran. Öppna sidan i en webbläsare och använd formulären på den.',
  },
  'too-large': {
    title: 'Det du skickade var för stort',
    message: () => 'Formuläret var större än 1 MB och togs inte emot. Korta texten och skicka det igen.',
  },
}

const en: Record<SecurityProblem, Text> = {
  'cross-site': {
    title: 'The form could not be sent',
    message: () => 'The form was sent from another website and was not accepted. Open the form on this website and send it from there.',
  },
  'csrf-missing': {
    title: 'The form could not be sent',
    message: () =>
      'The form was missing its security code, or your browser does not allow cookies for this website. Allow necessary cookies, reload the page and try again.',
  },
  'csrf-invalid': {
    title: 'The form could not be sent',
    message: () => 'The form’s security code did not match. Reload the page and send the form again.',
  },
  'csrf-expired': {
    title: 'The form could not be sent',
    message: () => 'The form has been open for too long. Reload the page and send the form again.',
  },
  honeypot: {
    title: 'The form could not be sent',
    message: () => 'The form contained a field that must be left empty. Reload the page and fill in only the visible fields.',
  },
  'form-too-fast': {
    title: 'The form was sent too quickly',
    message: () => 'The form was sent too soon after the page was opened. Check your details and send it again.',
  },
  'form-expired': {
    title: 'The form could not be sent',
    message: () => 'The form has been open for more than a day. Reload the page and fill it in again.',
  },
  'form-invalid': {
    title: 'The form could not be sent',
    message: () => 'The form was missing details needed to send it. Reload the page and try again.',
  },
  'form-unreadable': {
    title: 'The form could not be sent',
    message: () => 'The form could not be read. Try again.',
  },
  'rate-limited': {
    title: 'Too many attempts',
    message: (s) => `You have made too many attempts in a short time. Wait ${minutes(s)} ${minutes(s) === 1 ? 'minute' : 'minutes'} and try again.`,
  },
  'bad-url': {
    title: 'Invalid address',
    message: () => 'The address contains characters that cannot be read. Check the link or go to the home page.',
  },
  misdirected: {
    title: 'Wrong address for this website',
    message: () => 'This server does not answer for the web address you used. Go to Co-working Region at the website’s usual address.',
  },
  'method-not-allowed': {
    title: 'This request is not accepted here',
    message: () => 'This address does not accept that kind of request. Open the page in a web browser and use the forms on it.',
  },
  'too-large': {
    title: 'What you sent was too large',
    message: () => 'The form was larger than 1 MB and was not accepted. Shorten the text and send it again.',
  },
}

const TEXTS: Record<Locale, Record<SecurityProblem, Text>> = { sv, en }

/** The HTTP status each problem answers with. */
export const PROBLEM_STATUS: Record<SecurityProblem, 400 | 403 | 405 | 413 | 421 | 429> = {
  'cross-site': 403,
  'csrf-missing': 403,
  'csrf-invalid': 403,
  'csrf-expired': 403,
  honeypot: 400,
  'form-too-fast': 400,
  'form-expired': 400,
  'form-invalid': 400,
  'form-unreadable': 400,
  'rate-limited': 429,
  'bad-url': 400,
  misdirected: 421,
  'method-not-allowed': 405,
  'too-large': 413,
}

/**
 * One check's refusal, the same for every check (origin, CSRF, form timing, rate limit, an
 * unreadable body): the problem, its status, the message in the visitor's language, and the
 * headers to send (Retry-After on a 429).
 */
export interface Refusal<P extends SecurityProblem = SecurityProblem> {
  ok: false
  problem: P
  status: (typeof PROBLEM_STATUS)[P]
  message: string
  headers: Record<string, string>
  retryAfterSeconds: number
}

export function refusal<P extends SecurityProblem>(problem: P, locale: Locale, retryAfterSeconds = 0): Refusal<P> {
  return {
    ok: false,
    problem,
    status: PROBLEM_STATUS[problem],
    message: problemMessage(problem, locale, retryAfterSeconds),
    headers: problem === 'rate-limited' ? { 'Retry-After': String(retryAfterSeconds) } : {},
    retryAfterSeconds,
  }
}

export function problemTitle(problem: SecurityProblem, locale: Locale): string {
  return TEXTS[locale][problem].title
}

export function problemMessage(problem: SecurityProblem, locale: Locale, retryAfterSeconds = 0): string {
  return TEXTS[locale][problem].message(retryAfterSeconds)
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

/**
 * A small self-contained HTML page for a refusal that happens before any page renders (a
 * cross-site POST, an unreadable URL, a foreign Host, a method or body the site does not take). It states the problem in the visitor's language and
 * then in the other one, links home, and loads nothing, so it works under the site's CSP.
 */
export function problemPage(problem: SecurityProblem, locale: Locale, retryAfterSeconds = 0): string {
  const other = otherLocale(locale)
  const home = { sv: path('home', 'sv'), en: path('home', 'en') }
  const homeText = { sv: 'Gå till startsidan', en: 'Go to the home page' }
  const section = (l: Locale, heading: 'h1' | 'h2') =>
    `<section lang="${l}"><${heading}>${escapeHtml(problemTitle(problem, l))}</${heading}>` +
    `<p>${escapeHtml(problemMessage(problem, l, retryAfterSeconds))}</p>` +
    `<p><a href="${home[l]}">${escapeHtml(homeText[l])}</a></p></section>`
  return (
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${escapeHtml(problemTitle(problem, locale))} – Co-working Region</title></head>` +
    `<body><main>${section(locale, 'h1')}${section(other, 'h2')}</main></body></html>`
  )
}

/** The refusal as a complete response: the page above, the problem's status, never cached. */
export function problemResponse(problem: SecurityProblem, locale: Locale, retryAfterSeconds = 0): Response {
  const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }
  if (problem === 'rate-limited') headers['retry-after'] = String(Math.max(1, Math.ceil(retryAfterSeconds)))
  return new Response(problemPage(problem, locale, retryAfterSeconds), { status: PROBLEM_STATUS[problem], headers })
}
