import { describe, expect, inject, it } from 'vitest'
import { launchBrowser } from '../helpers/browser.ts'
import { logInToAdminPanel } from '../helpers/cmsSession.ts'

const cmsUrl = inject('cmsUrl')
const adminEmail = inject('adminEmail')
const adminPassword = inject('adminPassword')

async function login(email: string, password: string): Promise<Response> {
  return fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
}

describe('the CMS process', () => {
  it('reports ok on /health with the database up', async () => {
    const res = await fetch(`${cmsUrl}/health`)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ ok: true, db: 'up' })
  })

  it('serves the admin login page', async () => {
    const res = await fetch(`${cmsUrl}/admin/login`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('<html')
  })

  it('lets the first admin from ADMIN_EMAIL and ADMIN_PASSWORD log in', async () => {
    const res = await login(adminEmail, adminPassword)
    expect(res.status).toBe(200)
    expect((await res.json()).user).toMatchObject({ email: adminEmail, role: 'admin' })
  })

  it('refuses a wrong password with 401 and no token', async () => {
    const res = await login(adminEmail, 'not-the-password')
    expect(res.status).toBe(401)
    expect(res.headers.get('set-cookie') ?? '').not.toContain('payload-token=ey')
  })

  it('keeps registrations and users from anonymous API clients', async () => {
    for (const collection of ['registrations', 'agency-applications', 'users']) {
      const res = await fetch(`${cmsUrl}/api/${collection}`)
      expect(res.status, collection).toBe(403)
    }
  })

  it('shows published hubs to anonymous API clients', async () => {
    const res = await fetch(`${cmsUrl}/api/hubs?limit=100&depth=0`)
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.totalDocs).toBe(11)
  })

  it('answers a hub with latitude 200 with 400 and a clear message', async () => {
    const token = (await (await login(adminEmail, adminPassword)).json()).token
    const res = await fetch(`${cmsUrl}/api/hubs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ name: 'Felaktig hubb', lat: 200, lng: 14, municipality: 1, address: { street: 'x', locality: 'y' }, _status: 'published' }),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toMatch(/Latitud måste vara ett tal mellan -90 och 90/)
  })
})

describe('the admin dashboard', () => {
  it('lets an admin rebuild the search index and says what was indexed', async () => {
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage()
      await logInToAdminPanel(page)
      await page.goto(`${cmsUrl}/admin`)
      const button = page.getByRole('button', { name: /Bygg om sökindexet|Rebuild the search index/ })
      await button.waitFor({ timeout: 30_000 })
      await button.click()
      await expect.poll(() => page.locator('.search-index-panel [role="status"]').innerText(), { timeout: 60_000 }).toMatch(/(Klart|Done): \d+ /)
    } finally {
      await browser.close()
    }
  })
})
