/**
 * The pure side of deciding on applications: who may decide, the message, council seats,
 * the refusals' status codes and texts, and the decision mails in both languages.
 */
import { describe, expect, test } from 'vitest'
import { councilDecisionMail, councilReviewMail, rejectionMail, welcomeBackMail, welcomeMail } from '../../../cms/network/decisionMail.ts'
import {
  agencySlug,
  DECISION_MESSAGE_MAX,
  decisionMessage,
  decisionStatus,
  decisionText,
  freeSeats,
  mayDecide,
  mayDecideCouncil,
  refusalFor,
  statusProblem,
  type DecisionProblem,
} from '../../../cms/network/decisionRules.ts'
import { isValidSlug } from '../../../cms/domain/slugify.ts'

const admin = { id: 1, role: 'admin' as const }
const manager = { id: 2, role: 'community-manager' as const }
const repOf = (agency: number | { id: number }) => ({ id: 3, role: 'agency-representative' as const, agency })

describe('who may decide', () => {
  test('a new agency: admins only', () => {
    const application = { kind: 'new-agency' as const, agency: 7 }
    expect(mayDecide(admin, application)).toBe(true)
    expect(mayDecide(repOf(7), application)).toBe(false)
    expect(mayDecide(manager, application)).toBe(false)
    expect(mayDecide(null, application)).toBe(false)
  })

  test('another representative: admins and that agency’s representatives, populated or not', () => {
    const application = { kind: 'add-representative' as const, agency: { id: 7 } }
    expect(mayDecide(admin, application)).toBe(true)
    expect(mayDecide(repOf(7), application)).toBe(true)
    expect(mayDecide(repOf({ id: 7 }), { kind: 'add-representative', agency: 7 })).toBe(true)
    expect(mayDecide(repOf(8), application)).toBe(false)
    expect(mayDecide({ id: 4, role: 'agency-representative', agency: null }, { kind: 'add-representative', agency: null })).toBe(false)
    expect(mayDecide({ ...manager, agency: 7 }, application)).toBe(false)
  })

  test('council applications: admins only; 401 for nobody, 403 for anyone else', () => {
    expect(mayDecideCouncil(admin)).toBe(true)
    expect(mayDecideCouncil(repOf(7))).toBe(false)
    expect(mayDecideCouncil(undefined)).toBe(false)
    expect(refusalFor(null)).toBe('notLoggedIn')
    expect(refusalFor(repOf(7))).toBe('forbidden')
  })
})

describe('what may be decided', () => {
  test('a network application once confirmed, a council application while pending; twice never', () => {
    expect(statusProblem('confirmed', 'confirmed')).toBeNull()
    expect(statusProblem('pending', 'confirmed')).toBe('notConfirmed')
    expect(statusProblem('approved', 'confirmed')).toBe('alreadyDecided')
    expect(statusProblem('rejected', 'confirmed')).toBe('alreadyDecided')
    expect(statusProblem('pending', 'pending')).toBeNull()
    expect(statusProblem('approved', 'pending')).toBe('alreadyDecided')
    expect(statusProblem(undefined, 'pending')).toBe('alreadyDecided')
  })

  test('the message is trimmed, required when rejecting, and bounded', () => {
    expect(decisionMessage('  ok \r\nnext ', false)).toEqual({ ok: true, value: 'ok \nnext' })
    expect(decisionMessage(undefined, false)).toEqual({ ok: true, value: '' })
    expect(decisionMessage(['list'], false)).toEqual({ ok: true, value: '' })
    expect(decisionMessage(' \n ', true)).toEqual({ ok: false, problem: 'messageMissing' })
    expect(decisionMessage(42, true)).toEqual({ ok: false, problem: 'messageMissing' })
    expect(decisionMessage('x'.repeat(DECISION_MESSAGE_MAX), true)).toMatchObject({ ok: true })
    expect(decisionMessage('x'.repeat(DECISION_MESSAGE_MAX + 1), false)).toEqual({ ok: false, problem: 'messageTooLong' })
  })

  test('every refusal is a 4xx with a Swedish and an English text', () => {
    for (const [problem, status] of Object.entries(decisionStatus) as Array<[DecisionProblem, number]>) {
      expect(status).toBeGreaterThanOrEqual(400)
      expect(status).toBeLessThan(500)
      expect(decisionText[problem]).toMatch(/^[^/]+ \/ [^/]+$/)
    }
    expect([decisionStatus.alreadyDecided, decisionStatus.councilFull, decisionStatus.accountExists]).toEqual([409, 409, 409])
  })
})

describe('council seats', () => {
  test('every member holds a seat; no number of seats means no limit; never below zero', () => {
    expect(freeSeats(3, [])).toBe(3)
    expect(freeSeats(3, [{ role: 'chair' }, { role: 'member' }])).toBe(1)
    expect(freeSeats(2, [{}, {}])).toBe(0)
    expect(freeSeats(1, [{}, {}, {}])).toBe(0)
    expect(freeSeats(5, null)).toBe(5)
    expect(freeSeats(null, [{}, {}])).toBe(Number.POSITIVE_INFINITY)
  })
})

describe('a new agency’s slug', () => {
  test('from the name, with the organisation number when taken, always a valid slug', () => {
    expect(agencySlug('trafikverket', '202100-6297', false)).toBe('trafikverket')
    expect(agencySlug('trafikverket', '202100-6297', true)).toBe('trafikverket-2021006297')
    expect(agencySlug('', '202100-6297', false)).toBe('myndighet-2021006297')
    const long = agencySlug(`${'a'.repeat(99)}-${'b'.repeat(100)}`, '202100-6297', true)
    expect(isValidSlug(long)).toBe(true)
    expect(isValidSlug(agencySlug('x'.repeat(200), '202100-6297', false))).toBe(true)
  })
})

describe('decision mails', () => {
  const url = 'https://portal.example/natverket/losenord/abc123'

  test('welcome, in Swedish and English: the set-password link in text and HTML, the week, the message, never a password', () => {
    const sv = welcomeMail('Anna', 'Trafikverket', 'sv', url, 'Varmt välkommen!')
    expect(sv.subject).toBe('Välkommen till myndighetsnätverket: Trafikverket')
    expect(sv.text).toContain('Hej Anna!')
    expect(sv.text).toContain(url)
    expect(sv.text).toContain('7 dagar')
    expect(sv.text).toContain('Varmt välkommen!')
    expect(sv.html).toContain(`href="${url}"`)
    expect(sv.html).toContain('<html lang="sv">')
    const en = welcomeMail('Anna', 'Trafikverket', 'en', url.replace('/natverket/losenord/', '/en/network/password/'), '')
    expect(en.subject).toBe('Welcome to the authority network: Trafikverket')
    expect(en.text).toContain('7 days')
    expect(en.text).toContain('/en/network/password/abc123')
    expect(en.html).toContain('<html lang="en">')
    for (const mail of [sv, en]) expect(mail.text).not.toMatch(/(password|lösenord)\s*[:=][ \t]*\S/i)
  })

  test('welcome back for an existing account: a login link, no set-password link', () => {
    const mail = welcomeBackMail('Anna', 'Trafikverket', 'en', 'https://portal.example/en/network/login', 'https://portal.example/en/network/forgot-password', '')
    expect(mail.text).toContain('already have an account')
    expect(mail.text).toContain('https://portal.example/en/network/login')
    expect(mail.text).toContain('https://portal.example/en/network/forgot-password')
    expect(mail.text).not.toContain('/password/')
    expect(welcomeBackMail('Anna', 'Trafikverket', 'sv', 'l', 'f', 'Hej igen').text).toContain('Du har redan ett konto')
  })

  test('rejection carries the reason; HTML escapes what people wrote', () => {
    const sv = rejectionMail('Anna', 'Trafikverket', 'sv', 'Inget kontor i länet <b>alls</b>.')
    expect(sv.subject).toBe('Beslut om anmälan till myndighetsnätverket: Trafikverket')
    expect(sv.text).toContain('Inget kontor i länet <b>alls</b>.')
    expect(sv.html).toContain('Inget kontor i länet &lt;b&gt;alls&lt;/b&gt;.')
    expect(sv.html).not.toContain('<b>alls')
    expect(rejectionMail('Anna', 'Trafikverket', 'en', 'No office.').text).toContain('The reason:\n\nNo office.')
  })

  test('council decisions in both languages; acceptance links the council page', () => {
    const accepted = councilDecisionMail('Anna', 'sv', true, 'Välkommen!', 'https://portal.example/innovationsradet')
    expect(accepted.subject).toBe('Välkommen till innovationsrådet')
    expect(accepted.text).toContain('Välkommen!')
    expect(accepted.html).toContain('href="https://portal.example/innovationsradet"')
    const declined = councilDecisionMail('Anna', 'en', false, 'The council is full this year.', 'https://portal.example/en/innovation-council')
    expect(declined.subject).toBe('Decision on your application to the innovation council')
    expect(declined.text).toContain('The council is full this year.')
    expect(declined.html).not.toContain('href=')
  })

  test('the notice to region staff links the application in the admin panel', () => {
    const mail = councilReviewMail('en', 'Skatteverket', 'https://cms.example/admin/collections/council-applications/4')
    expect(mail.subject).toBe('New application to the innovation council: Skatteverket')
    expect(mail.html).toContain('href="https://cms.example/admin/collections/council-applications/4"')
    expect(councilReviewMail('sv', 'Skatteverket', 'u').subject).toBe('Ny ansökan till innovationsrådet: Skatteverket')
  })
})
