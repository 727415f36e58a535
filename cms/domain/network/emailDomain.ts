/**
 * Is a representative's e-mail on a domain their agency uses? Pure.
 *
 * Agencies mostly mail from their website's domain (trafikverket.se), sometimes from a short
 * one (lm.se beside lantmateriet.se), and a representative on a free-mail service may still be
 * genuine. So: the website's domain matches; a free-mail service is allowed with a warning that
 * region staff see; any other domain must be confirmed by the applicant as the agency's.
 */

/** Widely used free-mail and consumer ISP services, in Sweden and abroad. */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.se', 'outlook.com', 'outlook.se', 'live.com', 'live.se',
  'msn.com', 'yahoo.com', 'yahoo.se', 'ymail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'protonmail.com',
  'proton.me', 'pm.me', 'gmx.com', 'gmx.net', 'gmx.se', 'mail.com', 'zoho.com', 'yandex.com', 'tutanota.com',
  'tuta.io', 'fastmail.com', 'telia.com', 'spray.se', 'bredband.net', 'bahnhof.se', 'comhem.se', 'passagen.se',
  'home.se', 'tele2.se', 'glocalnet.net', 'swipnet.se', 'live.co.uk',
])

/** A URL's host name in lower case without a leading `www.`, or '' when it has none. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '')
  } catch {
    return ''
  }
}

/** The last two labels of a host name: `trafikverket.se` from `mail.trafikverket.se`. */
export function baseDomain(host: string): string {
  return host.toLowerCase().split('.').filter(Boolean).slice(-2).join('.')
}

export type DomainCheck = 'agency' | 'free-mail' | 'other'

/**
 * How an address relates to the agency: on its website's domain (or one of `knownDomains`,
 * the domains its representatives already use), on a free-mail service, or elsewhere.
 */
export function emailDomainCheck(email: string, websiteHost: string, knownDomains: readonly string[] = []): DomainCheck {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase()
  if (FREE_MAIL_DOMAINS.has(domain)) return 'free-mail'
  const base = baseDomain(domain)
  const agencyDomains = [websiteHost, ...knownDomains].filter(Boolean).map(baseDomain)
  return agencyDomains.includes(base) ? 'agency' : 'other'
}
