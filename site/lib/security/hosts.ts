/**
 * Which `Host` names the site answers. Pure. A request's Host is the visitor's to choose, and
 * without SITE_PUBLIC_URL the site builds absolute URLs (sitemap, feeds, JSON-LD, Open Graph)
 * from it, so an unknown name is refused (421) before anything is rendered or cached:
 * site/server/index.ts in production, site/middleware.ts in dev.
 */

/** The names the site always answers on its own port: the launcher's health check and local tools use them. */
const LOOPBACK = ['localhost', '127.0.0.1', '[::1]']
/** Listen addresses that stand for every interface, not a name anyone sends. */
const WILDCARD = new Set(['0.0.0.0', '::', '[::]'])

/** `host[:port]` in URL-normal form (lowercase, IPv6 in brackets, port kept), or null when it is not one. */
export function normaliseHost(value: string): string | null {
  const trimmed = value.trim()
  // Only a bare authority: no scheme, path, credentials, spaces or backslashes.
  if (!trimmed || /[\s/\\@?#]/.test(trimmed)) return null
  try {
    const url = new URL(`http://${trimmed}`)
    if (url.username || url.password) return null
    const explicitPort = /:(\d+)$/.exec(trimmed)?.[1]
    // URL drops :80 for http; keep whatever port was written, so 127.0.0.1:80 is not 127.0.0.1.
    return explicitPort && !url.port ? `${url.hostname}:${Number(explicitPort)}` : url.host
  } catch {
    return null
  }
}

export interface HostConfig {
  /** SITE_HOSTS: comma-separated host[:port] names. */
  siteHosts?: string
  /** SITE_PUBLIC_URL. */
  publicUrl?: string
  /** The address the server listens on (HOST). */
  listenHost?: string
  /** The port the server listens on. */
  port: number
}

/**
 * The names the site answers: SITE_PUBLIC_URL's host, every SITE_HOSTS entry, the address
 * the server listens on (unless it is a wildcard) and loopback, each of the last two on the
 * server's port. Throws on a SITE_HOSTS entry that is not a host[:port], naming it.
 */
export function allowedHosts(config: HostConfig): string[] {
  const hosts = new Set<string>()
  for (const entry of (config.siteHosts ?? '').split(',')) {
    if (!entry.trim()) continue
    const host = normaliseHost(entry)
    if (!host) throw new Error(`SITE_HOSTS: "${entry.trim()}" is not a host name with an optional port (e.g. portal.example.se or portal.example.se:8443).`)
    hosts.add(host)
  }
  if (config.publicUrl?.trim()) {
    try {
      hosts.add(new URL(config.publicUrl.trim()).host.toLowerCase())
    } catch {
      // An unreadable SITE_PUBLIC_URL adds nothing; the build reports it.
    }
  }
  const listen = config.listenHost?.trim().toLowerCase()
  const names = listen && !WILDCARD.has(listen) ? [...LOOPBACK, listen.includes(':') && !listen.startsWith('[') ? `[${listen}]` : listen] : LOOPBACK
  for (const name of names) {
    const host = normaliseHost(`${name}:${config.port}`)
    if (host) hosts.add(host)
  }
  return [...hosts]
}

/**
 * Whether a Host header names the site. A listed name without a port also matches on the
 * default ports (what a browser sends for the public URL, or a proxy may add).
 */
export function isAllowedHost(host: string | null | undefined, allowed: readonly string[]): boolean {
  const normal = host ? normaliseHost(host) : null
  if (!normal) return false
  if (allowed.includes(normal)) return true
  const defaultPort = /^(.*):(80|443)$/.exec(normal)
  return defaultPort !== null && allowed.includes(defaultPort[1])
}

/** The allow-list from the environment, for the port the server listens on. */
export function allowedHostsFromEnv(port: number, env: NodeJS.ProcessEnv = process.env): string[] {
  return allowedHosts({ siteHosts: env.SITE_HOSTS, publicUrl: env.SITE_PUBLIC_URL, listenHost: env.HOST, port })
}
