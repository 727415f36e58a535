/**
 * The site's addresses for the authority network's pages, in both languages. The CMS
 * needs them for links in mail; the site uses the same functions, so they never drift.
 */
export type NetworkLocale = 'sv' | 'en'

const enc = encodeURIComponent

export const networkPaths = {
  network: (l: NetworkLocale) => (l === 'en' ? '/en/network' : '/natverket'),
  join: (l: NetworkLocale) => (l === 'en' ? '/en/network/join' : '/natverket/anslut'),
  /** The page where an applicant confirms their e-mail address (a button that POSTs). */
  confirmApplication: (l: NetworkLocale, token: string) => (l === 'en' ? `/en/network/confirm/${enc(token)}` : `/natverket/bekrafta/${enc(token)}`),
  login: (l: NetworkLocale) => (l === 'en' ? '/en/network/login' : '/natverket/logga-in'),
  logout: (l: NetworkLocale) => (l === 'en' ? '/en/network/logout' : '/natverket/logga-ut'),
  /** Choosing a password from a link in mail: a new account's first, or a reset. */
  setPassword: (l: NetworkLocale, token: string) => (l === 'en' ? `/en/network/password/${enc(token)}` : `/natverket/losenord/${enc(token)}`),
  /** Confirming a new e-mail address for an account, from the link mailed to it (a button that POSTs). */
  confirmEmail: (l: NetworkLocale, token: string) => (l === 'en' ? `/en/network/new-email/${enc(token)}` : `/natverket/ny-epost/${enc(token)}`),
  forgotPassword: (l: NetworkLocale) => (l === 'en' ? '/en/network/forgot-password' : '/natverket/glomt-losenord'),
  myPage: (l: NetworkLocale) => (l === 'en' ? '/en/network/my-page' : '/natverket/mina-sidor'),
  /** A person's own calendar feed, at a secret address (no login: calendar apps send no cookies). */
  calendar: (l: NetworkLocale, token: string) => (l === 'en' ? `/en/network/calendar/${enc(token)}.ics` : `/natverket/kalender/${enc(token)}.ics`),
  council: (l: NetworkLocale) => (l === 'en' ? '/en/innovation-council' : '/innovationsradet'),
  councilApply: (l: NetworkLocale) => (l === 'en' ? '/en/innovation-council/apply' : '/innovationsradet/ansok'),
}
