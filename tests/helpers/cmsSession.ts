/** Acting as the e2e run's admin: a REST token, or a logged-in admin panel page. */
import type { Page } from 'playwright-core'
import { inject } from 'vitest'

/** The `Authorization` header value for the admin, from the CMS's REST login. */
export async function adminAuthorization(): Promise<string> {
  const res = await fetch(`${inject('cmsUrl')}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: inject('adminEmail'), password: inject('adminPassword') }),
  })
  if (!res.ok) throw new Error(`admin login failed: ${res.status}`)
  return `JWT ${((await res.json()) as { token: string }).token}`
}

/** Logs `page` in to the admin panel as the admin. */
export async function logInToAdminPanel(page: Page): Promise<void> {
  await page.goto(`${inject('cmsUrl')}/admin/login`)
  await page.locator('input[name="email"]').fill(inject('adminEmail'))
  await page.locator('input[name="password"]').fill(inject('adminPassword'))
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'))
}
