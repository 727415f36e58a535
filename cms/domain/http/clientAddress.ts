/**
 * Which client a request comes from, for rate limits. Pure (unit tested). The site
 * (`site/lib/security/rateLimit.ts`) and the CMS use the same rules, so both count one client
 * the same way.
 */
import { isIP } from 'node:net'

/**
 * The address to count a client by. IPv4-mapped IPv6 becomes plain IPv4; other IPv6
 * addresses are cut to their /64, because one household or server is given a whole /64 and
 * could otherwise step through it.
 */
export function rateLimitAddress(ip: string): string {
  const address = ip.trim().toLowerCase()
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address)
  if (mapped) return mapped[1]
  if (isIP(address) !== 6 || address.includes('.')) return address
  const [head, tail = ''] = address.split('::')
  const headGroups = head ? head.split(':') : []
  const tailGroups = address.includes('::') ? (tail ? tail.split(':') : []) : []
  const groups = [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups]
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`
}

/**
 * The client's address. The socket's peer unless the server is behind `trustedProxies`
 * reverse proxies of ours, in which case it is the entry that many places from the right of
 * X-Forwarded-For, the first one a proxy of ours wrote. Anything that is not an IP address
 * falls back to the socket's peer.
 */
export function pickClientAddress(socketAddress: string, forwardedFor: string | null | undefined, trustedProxies: number): string {
  if (!trustedProxies || !forwardedFor) return socketAddress
  const chain = forwardedFor
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  const candidate = chain[Math.max(0, chain.length - trustedProxies)]
  return candidate && isIP(candidate) ? candidate : socketAddress
}

/** A number of trusted reverse proxies from the environment (SITE_TRUSTED_PROXIES, CMS_TRUSTED_PROXIES): 0 to 10, default 0. */
export function proxyCount(value: string | undefined): number {
  const n = Number(value ?? 0)
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : 0
}
