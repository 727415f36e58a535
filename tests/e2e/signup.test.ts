/**
 * Signing an agency up to the network from the outside: the form in a real browser, its
 * error states, the confirmation mail delivered by the CMS's job runner, and the page its
 * link opens. Every page is checked with axe-core in both languages.
 *
 * The site allows 5 sign-ups per 10 minutes from one address; this file posts at most that
 * many from 127.0.0.1 (the fuzz test uses other loopback addresses).
 */
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { axeViolations, describeViolations, recordForeignRequests, useBrowser } from '../helpers/browser.ts'
import { adminAuthorization, logInToAdminPanel } from '../helpers/cmsSession.ts'
import { FILL_TIME_MS, linkIn, mailTo } from '../helpers/siteForms.ts'

const siteUrl = inject('siteUrl')
const cmsUrl = inject('cmsUrl')
const browser = useBrowser()

async function noViolations(page: Page, what: string) {
  const violations = await axeViolations(page)
  expect(violations, `${what}: ${describeViolations(violations)}`).toEqual([])
}

const stamp = Date.now()
/** The application the browser test confirms, for the approval test after it. */
let approvable: { id: number; email: string; agencyName: string } | undefined

/** Fills the whole form; `email` decides the address, the rest is a plausible agency. */
async function fillForm(page: Page, fields: { agencyName: string; orgNumber: string; email: string; website: string }, english = false) {
  await page.getByLabel(english ? 'Agency name' : 'Myndighetens namn', { exact: true }).fill(fields.agencyName)
  await page.getByLabel(english ? 'Organisation number' : 'Organisationsnummer', { exact: true }).fill(fields.orgNumber)
  await page.getByLabel(english ? 'Website' : 'Webbplats', { exact: true }).fill(fields.website)
  await page.getByLabel(english ? 'Municipality of the local office' : 'Kommun där det lokala kontoret finns', { exact: true }).selectOption('ostersund')
  await page.getByLabel(english ? 'Number of staff in the county (optional)' : 'Antal anställda i länet (frivilligt)', { exact: true }).fill('40')
  await page.getByLabel(english ? 'Name' : 'Namn', { exact: true }).fill('Anna Andersson')
  await page.getByLabel(english ? 'Job title' : 'Befattning', { exact: true }).fill('Enhetschef')
  await page.getByLabel(english ? 'Work e-mail address' : 'E-postadress i tjänsten', { exact: true }).fill(fields.email)
  await page.getByLabel(english ? 'Network meetups' : 'Nätverksträffar').check()
  await page.getByLabel(english ? /I consent/ : /Jag samtycker/).check()
}

describe('the sign-up form', () => {
  it.each([
    ['/natverket/anslut', 'sv'],
    ['/en/network/join', 'en'],
  ])('%s answers 200, is private, passes axe-core and loads nothing from other hosts', async (path, lang) => {
    const page = await browser.newPage()
    const foreign = recordForeignRequests(page, siteUrl)
    const response = await page.goto(siteUrl + path)
    expect(response?.status()).toBe(200)
    expect(response?.headers()['cache-control']).toBe('private, no-store')
    expect(await page.getAttribute('html', 'lang')).toBe(lang)
    await noViolations(page, path)
    expect(foreign).toEqual([])
    await page.close()
  })

  it('is linked from the network page', async () => {
    const html = await (await fetch(`${siteUrl}/natverket`)).text()
    expect(html).toContain('href="/natverket/anslut"')
  })

  it('an empty form says what to fix, linked to each field, with no accessibility violations', async () => {
    const page = await browser.newPage()
    await page.goto(`${siteUrl}/en/network/join`)
    await page.waitForTimeout(FILL_TIME_MS)
    const response = page.waitForResponse((r) => r.request().method() === 'POST')
    await page.getByRole('button', { name: 'Send sign-up' }).click()
    expect((await response).status()).toBe(422)
    const summary = page.locator('.error-summary')
    await expect.poll(() => summary.locator('li').count()).toBe(9)
    expect(await summary.innerText()).toContain('Enter the agency’s organisation number.')
    await summary.getByRole('link', { name: /Organisation number/ }).click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('signup-orgNumber')
    expect(await page.getAttribute('#signup-orgNumber', 'aria-invalid')).toBe('true')
    await noViolations(page, 'the form with errors')
    await page.close()
  })

  it('takes a sign-up without JavaScript, mails a link, and the link’s button confirms it once', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${siteUrl}/natverket/anslut`)
    const email = `anna-${stamp}@e2e-myndighet.se`
    await fillForm(page, { agencyName: `E2E-myndigheten ${stamp}`, orgNumber: '202100-6297', email, website: 'https://www.e2e-myndighet.se' })
    await page.waitForTimeout(FILL_TIME_MS)
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Skicka anmälan' }).click()])
    expect(response.status()).toBe(202)
    expect(await page.locator('main [role="status"]').innerText()).toContain(email)

    const mail = await mailTo(email, /Bekräfta din anmälan/)
    expect(mail.html).toBeTruthy()
    const link = linkIn(mail, '/natverket/bekrafta/')

    // Opening the link confirms nothing; the button does.
    const checked = await browser.newPage()
    await checked.goto(siteUrl + link)
    await noViolations(checked, 'the confirmation page')
    await checked.close()
    await page.goto(siteUrl + link)
    expect(await page.locator('main').innerText()).toContain(`E2E-myndigheten ${stamp}`)
    const [confirmed] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Bekräfta anmälan' }).click()])
    expect(confirmed.status()).toBe(200)
    expect(await page.locator('main [role="status"]').innerText()).toContain('är bekräftad')
    await mailTo(email, /Vi har tagit emot din anmälan/)

    // The region's admin sees it, confirmed, with the representative's details.
    const auth = await adminAuthorization()
    const found = await fetch(`${cmsUrl}/api/agency-applications?where[contactEmail][equals]=${encodeURIComponent(email)}&depth=0`, { headers: { authorization: auth } })
    const { docs } = (await found.json()) as { docs: Array<Record<string, unknown>> }
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ status: 'confirmed', orgNumber: '202100-6297', contactTitle: 'Enhetschef', staffInCounty: 40, interests: ['meetups'] })
    expect(docs[0]).not.toHaveProperty('tokenHash')

    // Used: the page says the sign-up is already confirmed, with no button.
    await page.goto(siteUrl + link)
    expect(await page.locator('main').innerText()).toContain('redan bekräftad')
    expect(await page.getByRole('button', { name: 'Bekräfta anmälan' }).count()).toBe(0)
    await context.close()
    approvable = { id: docs[0].id as number, email, agencyName: `E2E-myndigheten ${stamp}` }
  })

  it('the region approves it in the admin panel; the mailed link lets the new representative choose a password and reach my page', async () => {
    expect(approvable, 'the previous test confirmed an application').toBeTruthy()
    const admin = await browser.newPage()
    await logInToAdminPanel(admin)
    await admin.goto(`${cmsUrl}/admin/collections/agency-applications/${approvable!.id}`)
    await admin.locator('#decision-message').fill('Välkommen i nätverket!')
    const decided = admin.waitForResponse((r) => r.url().includes(`/api/agency-applications/${approvable!.id}/approve`))
    await admin.locator('button[value="approve"]').click()
    const response = await decided
    expect(response.status(), await response.text()).toBe(200)
    await expect.poll(() => admin.locator('[role="status"]').allInnerTexts(), { timeout: 15_000 }).toEqual(expect.arrayContaining([expect.stringMatching(/Godkänd|Approved/)]))
    await admin.close()

    const mail = await mailTo(approvable!.email, /Välkommen till myndighetsnätverket/)
    expect(mail.text).toContain('Välkommen i nätverket!')
    const link = linkIn(mail, '/natverket/losenord/')
    const page = await browser.newPage()
    await page.goto(siteUrl + link)
    await page.locator('#password-new').fill('vår nya myndighet i nätverket')
    await page.locator('#password-repeat').fill('vår nya myndighet i nätverket')
    await page.waitForTimeout(FILL_TIME_MS)
    await page.getByRole('button', { name: 'Spara lösenord' }).click()
    await page.waitForURL(/\/natverket\/mina-sidor/)
    expect(await page.locator('main').innerText()).toContain(`${approvable!.agencyName} – Med i nätverket`)
    await page.close()
    // The agency is now listed on the network page.
    expect(await (await fetch(`${siteUrl}/natverket`)).text()).toContain(approvable!.agencyName)
  })

  it('an agency already in the network is offered to add another representative (in English)', async () => {
    const { docs } = (await (await fetch(`${cmsUrl}/api/agencies?where[membershipStatus][equals]=member&limit=1&depth=0`)).json()) as {
      docs: Array<{ name: string; orgNumber: string; website?: string }>
    }
    expect(docs.length, 'the demo data has a member agency').toBe(1)
    const member = docs[0]
    const page = await browser.newPage()
    await page.goto(`${siteUrl}/en/network/join`)
    const email = `bertil-${stamp}@gmail.com`
    await fillForm(page, { agencyName: member.name, orgNumber: member.orgNumber, email, website: member.website ?? 'https://www.example.se' }, true)
    await page.waitForTimeout(FILL_TIME_MS)
    let response = page.waitForResponse((r) => r.request().method() === 'POST')
    await page.getByRole('button', { name: 'Send sign-up' }).click()
    expect((await response).status()).toBe(409)
    expect(await page.locator('main [role="alert"]').first().innerText()).toContain('already in the network')
    await noViolations(page, 'the offer to add a representative')

    await page.getByLabel('Yes, I want to become another representative of the agency.').check()
    await page.waitForTimeout(FILL_TIME_MS)
    response = page.waitForResponse((r) => r.request().method() === 'POST')
    await page.getByRole('button', { name: 'Send sign-up' }).click()
    expect((await response).status()).toBe(202)
    // A free-mail address goes through, with a warning.
    expect(await page.locator('main [role="status"]').innerText()).toContain('free e-mail service')
    const mail = await mailTo(email, /Confirm your sign-up/)
    expect(mail.text).toContain(`to become a representative of ${member.name}`)
    await page.close()
  })

  it.each([
    ['/natverket/bekrafta/' + 'A'.repeat(43), 404, 'Länken stämmer inte', 'sv'],
    ['/en/network/confirm/not-a-token', 404, 'The link is not valid', 'en'],
  ])('a forged link %s answers %i with a clear message', async (path, status, text, lang) => {
    const page = await browser.newPage()
    const response = await page.goto(siteUrl + path)
    expect(response?.status()).toBe(status)
    expect(response?.headers()['cache-control']).toBe('no-store')
    expect(await page.locator('main [role="alert"]').innerText()).toContain(text)
    expect(await page.getAttribute('html', 'lang')).toBe(lang)
    await noViolations(page, path)
    await page.close()
  })
})
