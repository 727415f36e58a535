/** Which REST requests the CMS's route handler guards (cms/auth/routes.ts). Pure (unit tested). */

/**
 * Which of the guarded endpoints a REST path is, read the way Payload reads it: from Next's
 * decoded path segments, the collection slug exactly, the rest without regard to case or a
 * trailing slash (Payload matches endpoint paths case-insensitively).
 */
export function authEndpoint(slug: readonly string[] | undefined): 'login' | 'forgot-password' | null {
  if (!slug || slug[0] !== 'users') return null
  const rest = slug.slice(1).filter((segment, i, all) => segment !== '' || i < all.length - 1)
  const path = rest.join('/').toLowerCase()
  return path === 'login' ? 'login' : path === 'forgot-password' ? 'forgot-password' : null
}
