/**
 * Registration end to end inside the CMS: the service's transactions on the real database,
 * the outbox, the delivery job and a real SMTP server whose received mail is parsed back.
 *
 * These tests commit (the service opens its own transactions and delivery reads committed
 * rows), so every test makes its own event and looks only at its own addresses.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { executor, sql } from '../../cms/db/sql.ts'
import { deliverDueMail, MAIL_QUEUE } from '../../cms/mail/outbox.ts'
import {
  cancelRegistration,
  confirmRegistration,
  personalFeedEvents,
  promoteAfterExpiry,
  register,
  RegistrationProblem,
  sendReminders,
  viewRegistration,
} from '../../cms/registration/service.ts'
import type { Event } from '../../cms/payload-types.ts'
import { eventData, hubData, municipalityData, next } from '../helpers/factories.ts'
import { parseCalendar, textOf } from '../helpers/ical.ts'
import { usePayload } from '../helpers/payload.ts'
import { TestSmtpServer, type ReceivedMail } from '../helpers/smtp.ts'

const ctx = usePayload()
let smtp: TestSmtpServer

beforeAll(async () => {
  smtp = await TestSmtpServer.start()
  process.env.SMTP_URL = smtp.url
})
const created = { municipalities: [] as number[], hubs: [] as number[], events: [] as number[] }

/** Removes what this file committed, so other files' lists and counts do not see it. */
afterAll(async () => {
  delete process.env.SMTP_URL
  await smtp?.stop()
  const { payload } = ctx
  const db = await executor(payload)
  const events = created.events.length > 0 ? created.events : [0]
  await db.execute(sql`DELETE FROM mail_outbox WHERE registration_id IN (SELECT id FROM registrations WHERE event_id IN ${sql.raw(`(${events.join(',')})`)})`)
  await db.execute(sql`DELETE FROM payload_jobs`)
  await db.execute(sql`DELETE FROM registrations WHERE event_id IN ${sql.raw(`(${events.join(',')})`)}`)
  for (const id of created.events) await payload.delete({ collection: 'events', id, overrideAccess: true })
  for (const id of created.hubs) await payload.delete({ collection: 'hubs', id, overrideAccess: true })
  for (const id of created.municipalities) await payload.delete({ collection: 'municipalities', id, overrideAccess: true })
})

const DAY = 86_400_000

async function committedEvent(overrides: Partial<Event> = {}): Promise<Event> {
  const { payload } = ctx
  const municipality = await payload.create({ collection: 'municipalities', data: municipalityData(), overrideAccess: true })
  const hub = await payload.create({ collection: 'hubs', data: hubData({ municipality: municipality.id }), overrideAccess: true })
  created.municipalities.push(municipality.id)
  created.hubs.push(hub.id)
  const start = new Date(Math.ceil((Date.now() + 10 * DAY) / 3_600_000) * 3_600_000)
  const event = await payload.create({
    collection: 'events',
    data: eventData({
      hub: hub.id,
      registrationRequired: true,
      capacity: 10,
      start: start.toISOString(),
      end: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
      ...overrides,
    } as never),
    overrideAccess: true,
  })
  created.events.push(event.id)
  return event as Event
}

const address = (label: string) => `${label}-${next()}@example.org`

/** The one message to `email` whose subject matches: jobs run in parallel, so arrival order is not fixed. */
function mailTo(email: string, subject: RegExp): ReceivedMail {
  const found = smtp.to(email).filter((mail) => subject.test(mail.parsed.subject ?? ''))
  expect(found.map((mail) => mail.parsed.subject)).toHaveLength(1)
  return found[0]
}

/** Runs the mail queue the way the CMS server's job runner does, until nothing is due. */
async function runMailJobs(): Promise<void> {
  for (let i = 0; i < 20; i++) {
    const result = await ctx.payload.jobs.run({ queue: MAIL_QUEUE, limit: 100, silent: true })
    if (!result.jobStatus || Object.keys(result.jobStatus).length === 0) return
  }
}

async function registrationsOf(eventId: number) {
  const { docs } = await ctx.payload.find({ collection: 'registrations', where: { event: { equals: eventId } }, limit: 0, pagination: false, overrideAccess: true, sort: 'createdAt' })
  return docs
}

async function tokenOf(email: string): Promise<string> {
  const { docs } = await ctx.payload.find({ collection: 'registrations', where: { email: { equals: email } }, limit: 1, overrideAccess: true, sort: '-createdAt' })
  return docs[0]!.token!
}

function calendarPart(mail: ReceivedMail): { method: string; text: string } | null {
  const part = mail.parsed.attachments.find((a) => a.contentType.startsWith('text/calendar'))
  if (!part) return null
  const text = part.content.toString('utf8')
  return { method: /METHOD:(\w+)/.exec(text)?.[1] ?? '', text }
}

async function problemOf(work: Promise<unknown>): Promise<string | null> {
  try {
    await work
    return null
  } catch (err) {
    if (err instanceof RegistrationProblem) return err.problem
    throw err
  }
}

describe('registering for an event', () => {
  test('sends a confirmation link; confirming gives a place and a calendar invitation', async () => {
    const event = await committedEvent({ title: 'Fika i Bräcke, Ånge & Hammerdal' } as Partial<Event>)
    const email = address('anna')
    const result = await register(ctx.payload, event.id, { name: 'Anna Åkesson', email, locale: 'sv' })
    expect(result).toEqual({ status: 'pending', confirmed: false, seatsLeft: 9, occurrence: null })
    await runMailJobs()

    const [confirm] = smtp.to(email)
    expect(confirm.parsed.subject).toBe('Bekräfta din anmälan: Fika i Bräcke, Ånge & Hammerdal')
    expect(confirm.parsed.text).toContain('Hej Anna Åkesson!')
    expect(confirm.parsed.html).toContain('Fika i Bräcke, Ånge &amp; Hammerdal')
    const token = await tokenOf(email)
    expect(confirm.parsed.text).toContain(`/anmalan/${token}`)
    expect(calendarPart(confirm)).toBeNull()

    expect(await confirmRegistration(ctx.payload, token)).toBe('confirmed')
    await runMailJobs()
    const confirmed = mailTo(email, /^Du är anmäld: Fika i Bräcke, Ånge & Hammerdal$/)
    const invitation = calendarPart(confirmed)!
    expect(invitation.method).toBe('REQUEST')
    const vevent = parseCalendar(invitation.text).events[0]
    expect(textOf(vevent, 'uid')).toBe(`event-${event.id}@co-working-region.jamtland`)
    expect(String(vevent.getFirstPropertyValue('attendee')).toLowerCase()).toBe(`mailto:${email}`)
    const dtstart = vevent.getFirstProperty('dtstart')!
    expect(dtstart.getParameter('tzid')).toBe('Europe/Stockholm')
    expect((dtstart.getFirstValue() as unknown as { toJSDate(): Date }).toJSDate().toISOString()).toBe(event.start)

    const feed = await personalFeedEvents(ctx.payload, token, 'sv')
    expect(feed?.events.map((e) => e.id)).toEqual([event.id])

    // Confirming twice is harmless: the link may be opened again.
    expect(await confirmRegistration(ctx.payload, token)).toBe('confirmed')
    await runMailJobs()
    expect(smtp.to(email)).toHaveLength(2)
  })

  test('writes English mail for a registrant who chose English', async () => {
    const event = await committedEvent({ title: 'Nätverksmöte' } as Partial<Event>)
    await ctx.payload.update({ collection: 'events', id: event.id, locale: 'en', data: { title: 'Network meeting' }, overrideAccess: true })
    const email = address('eve')
    await register(ctx.payload, event.id, { name: 'Eve', email, locale: 'en' })
    await runMailJobs()
    const [mail] = smtp.to(email)
    expect(mail.parsed.subject).toBe('Confirm your registration: Network meeting')
    expect(mail.parsed.text).toContain('/en/registration/')
  })

  test('fifty people racing for the last seat: exactly one gets it, the rest are waitlisted', async () => {
    const event = await committedEvent({ capacity: 1 })
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => register(ctx.payload, event.id, { name: `Racer ${i}`, email: address(`race${i}`), locale: 'sv' })),
    )
    const rejected = results.filter((r) => r.status === 'rejected')
    expect(rejected.map((r) => String((r as PromiseRejectedResult).reason))).toEqual([])
    const statuses = (await registrationsOf(event.id)).map((r) => r.status)
    expect(statuses).toHaveLength(50)
    expect(statuses.filter((s) => s === 'pending')).toHaveLength(1)
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(49)
  })

  test('a cancelled place goes to the first confirmed person on the waiting list', async () => {
    const event = await committedEvent({ capacity: 1 })
    const [first, waiting, unconfirmed] = [address('first'), address('waiting'), address('unconfirmed')]
    await register(ctx.payload, event.id, { name: 'First', email: first, locale: 'sv' })
    await confirmRegistration(ctx.payload, await tokenOf(first))
    await register(ctx.payload, event.id, { name: 'Unconfirmed', email: unconfirmed, locale: 'sv' })
    expect((await register(ctx.payload, event.id, { name: 'Waiting', email: waiting, locale: 'sv' })).status).toBe('waitlisted')
    expect(await confirmRegistration(ctx.payload, await tokenOf(waiting))).toBe('waitlisted')

    await cancelRegistration(ctx.payload, await tokenOf(first))
    const byEmail = Object.fromEntries((await registrationsOf(event.id)).map((r) => [r.email, r.status]))
    expect(byEmail).toEqual({ [first]: 'cancelled', [unconfirmed]: 'waitlisted', [waiting]: 'confirmed' })

    await runMailJobs()
    const cancelMail = mailTo(first, /^Avbokad: /)
    expect(calendarPart(cancelMail)?.method).toBe('CANCEL')
    const promoted = mailTo(waiting, /^Du har fått en plats: /)
    expect(calendarPart(promoted)?.method).toBe('REQUEST')
    mailTo(waiting, /^Du står på väntelistan: /)
    expect(smtp.to(unconfirmed).map((m) => m.parsed.subject)).toEqual([expect.stringMatching(/^Bekräfta din anmälan: /)])
  })

  test('a seat left unconfirmed for 48 hours goes to the waiting list', async () => {
    const event = await committedEvent({ capacity: 1 })
    const [idle, waiting] = [address('idle'), address('patient')]
    await register(ctx.payload, event.id, { name: 'Glömsk', email: idle, locale: 'sv' })
    expect((await register(ctx.payload, event.id, { name: 'Tålmodig', email: waiting, locale: 'sv' })).status).toBe('waitlisted')
    await confirmRegistration(ctx.payload, await tokenOf(waiting))
    expect(await promoteAfterExpiry(ctx.payload)).toBe(0)
    expect(await promoteAfterExpiry(ctx.payload, new Date(Date.now() + 49 * 3_600_000))).toBe(1)
    const byEmail = Object.fromEntries((await registrationsOf(event.id)).map((r) => [r.email, r.status]))
    expect(byEmail).toEqual({ [idle]: 'cancelled', [waiting]: 'confirmed' })
    await runMailJobs()
    mailTo(waiting, /^Du har fått en plats: /)
  })

  test('cancelling the event tells everyone confirmed and keeps their registrations', async () => {
    const event = await committedEvent()
    const [a, b] = [address('a'), address('b')]
    for (const email of [a, b]) {
      await register(ctx.payload, event.id, { name: 'Deltagare', email, locale: 'sv' })
      await confirmRegistration(ctx.payload, await tokenOf(email))
    }
    await ctx.payload.update({ collection: 'events', id: event.id, data: { status: 'cancelled' }, overrideAccess: true })
    await runMailJobs()
    for (const email of [a, b]) {
      const mail = mailTo(email, /^Inställt: /)
      const calendar = calendarPart(mail)!
      expect(calendar.method).toBe('CANCEL')
      expect(textOf(parseCalendar(calendar.text).events[0], 'status')).toBe('CANCELLED')
    }
    expect((await registrationsOf(event.id)).map((r) => r.status)).toEqual(['confirmed', 'confirmed'])
  })

  test('moving the event sends everyone with a place the new time, as an update to their calendar entry', async () => {
    const event = await committedEvent()
    const [placed, waiting] = [address('moved'), address('moved-waiting')]
    await register(ctx.payload, event.id, { name: 'Flyttad', email: placed, locale: 'sv' })
    await confirmRegistration(ctx.payload, await tokenOf(placed))
    await ctx.payload.update({ collection: 'events', id: event.id, data: { capacity: 1 }, overrideAccess: true })
    await register(ctx.payload, event.id, { name: 'Väntar', email: waiting, locale: 'sv' })
    await confirmRegistration(ctx.payload, await tokenOf(waiting))

    // A change that is neither time nor place says nothing.
    await ctx.payload.update({ collection: 'events', id: event.id, data: { summary: 'Ny sammanfattning' }, overrideAccess: true })
    const later = new Date(Date.parse(event.start) + 3_600_000)
    const moved = await ctx.payload.update({
      collection: 'events',
      id: event.id,
      data: { start: later.toISOString(), end: new Date(later.getTime() + 3_600_000).toISOString() },
      overrideAccess: true,
    })
    await runMailJobs()
    const update = mailTo(placed, /^Ändrat: /)
    const calendar = calendarPart(update)!
    expect(calendar.method).toBe('REQUEST')
    const vevent = parseCalendar(calendar.text).events[0]
    expect(textOf(vevent, 'sequence')).toBe(String(moved.sequence))
    expect((vevent.getFirstPropertyValue('dtstart') as unknown as { toJSDate(): Date }).toJSDate().toISOString()).toBe(later.toISOString())
    expect(smtp.to(waiting).filter((m) => /^Ändrat: /.test(m.parsed.subject ?? ''))).toEqual([])
    expect(smtp.to(placed).filter((m) => /^Ändrat: /.test(m.parsed.subject ?? ''))).toHaveLength(1)
  })

  test('sends one reminder to each confirmed place in the day before', async () => {
    const start = new Date(Date.now() + 20 * 3_600_000)
    const event = await committedEvent({ start: start.toISOString(), end: new Date(start.getTime() + 3_600_000).toISOString() })
    const email = address('remind')
    await register(ctx.payload, event.id, { name: 'Rut', email, locale: 'sv' })
    await confirmRegistration(ctx.payload, await tokenOf(email))
    expect(await sendReminders(ctx.payload)).toBeGreaterThanOrEqual(1)
    await runMailJobs()
    mailTo(email, /^Påminnelse: .* i morgon$/)
    const before = smtp.to(email).length
    await sendReminders(ctx.payload)
    await runMailJobs()
    expect(smtp.to(email)).toHaveLength(before)
  })
})

describe('refusals store nothing', () => {
  async function refusal(event: Event, email = address('refused')): Promise<{ problem: string | null; stored: number }> {
    const problem = await problemOf(register(ctx.payload, event.id, { name: 'Nils', email, locale: 'sv' }))
    const { totalDocs } = await ctx.payload.count({ collection: 'registrations', where: { email: { equals: email } }, overrideAccess: true })
    return { problem, stored: totalDocs }
  }

  test('the same address twice', async () => {
    const event = await committedEvent()
    const email = address('twice')
    await register(ctx.payload, event.id, { name: 'Nils', email, locale: 'sv' })
    expect(await refusal(event, email)).toEqual({ problem: 'duplicate', stored: 1 })
  })

  test('a cancelled event, a past event, an event without registration', async () => {
    expect(await refusal(await committedEvent({ status: 'cancelled' }))).toEqual({ problem: 'cancelled', stored: 0 })
    const past = new Date(Date.now() - DAY)
    expect(await refusal(await committedEvent({ start: past.toISOString(), end: new Date(past.getTime() + 3_600_000).toISOString() }))).toEqual({ problem: 'past', stored: 0 })
    expect(await refusal(await committedEvent({ registrationRequired: false }))).toEqual({ problem: 'noRegistration', stored: 0 })
  })

  test('network and council events, for someone not entitled', async () => {
    expect(await refusal(await committedEvent({ audience: 'network' }))).toEqual({ problem: 'audience', stored: 0 })
    expect(await refusal(await committedEvent({ audience: 'council' }))).toEqual({ problem: 'audience', stored: 0 })
  })

  test('a draft event, and one that does not exist', async () => {
    expect(await refusal(await committedEvent({ _status: 'draft' } as Partial<Event>))).toEqual({ problem: 'notFound', stored: 0 })
    expect(await problemOf(register(ctx.payload, 987654321, { name: 'Nils', email: address('none'), locale: 'sv' }))).toBe('notFound')
  })

  test('a forged token, and one whose 48 hours have passed', async () => {
    expect(await problemOf(confirmRegistration(ctx.payload, '00000000-0000-4000-8000-000000000000'))).toBe('tokenInvalid')
    expect(await problemOf(confirmRegistration(ctx.payload, "' OR 1=1 --"))).toBe('tokenInvalid')
    expect(await problemOf(cancelRegistration(ctx.payload, 'x'.repeat(5000)))).toBe('tokenInvalid')
    expect(await viewRegistration(ctx.payload, 'not-a-token', 'sv')).toBeNull()
    expect(await personalFeedEvents(ctx.payload, '00000000-0000-4000-8000-000000000000', 'sv')).toBeNull()

    const event = await committedEvent()
    const email = address('late')
    await register(ctx.payload, event.id, { name: 'Sen', email, locale: 'sv' })
    const later = new Date(Date.now() + 49 * 3_600_000)
    expect(await problemOf(confirmRegistration(ctx.payload, await tokenOf(email), { now: later }))).toBe('tokenExpired')
    expect((await registrationsOf(event.id))[0].confirmedAt).toBeFalsy()
    // The expired registration holds no seat and does not block the address.
    expect((await register(ctx.payload, event.id, { name: 'Sen', email, locale: 'sv' }, undefined, { now: later })).status).toBe('pending')
  })
})

describe('the outbox when the mail server is down', () => {
  test('twenty registrations during an outage are all delivered, exactly once, when it returns', async () => {
    const event = await committedEvent({ capacity: 100 })
    const emails = Array.from({ length: 20 }, (_, i) => address(`outage${i}`))
    await smtp.stop()
    try {
      for (const email of emails) await register(ctx.payload, event.id, { name: 'Under avbrott', email, locale: 'sv' })
      await runMailJobs()
      const { docs } = await ctx.payload.find({ collection: 'mail-outbox', where: { to: { in: emails } }, limit: 0, pagination: false, overrideAccess: true })
      expect(docs).toHaveLength(20)
      expect(docs.every((d) => d.status === 'pending' && d.attempts === 1 && d.lastError)).toBe(true)
    } finally {
      await smtp.resume()
    }
    // The retries are due after their back-off; the sweep runs them as if that time had passed.
    // (It also delivers what earlier tests left unsent, hence at least 20.)
    const later = new Date(Date.now() + 5 * 60_000)
    expect((await deliverDueMail(ctx.payload, later)).sent).toBeGreaterThanOrEqual(20)
    expect((await deliverDueMail(ctx.payload, later)).sent).toBe(0)
    await runMailJobs()
    for (const email of emails) expect(smtp.to(email)).toHaveLength(1)
  })
})

describe('a recurring event: each registration is for one occurrence', () => {
  const HOUR = 3_600_000
  /** A weekly meeting that began two weeks ago: its first occurrence is past, the coming ones are not. */
  async function weeklyEvent(overrides: Partial<Event> = {}): Promise<{ event: Event; dates: string[]; starts: string[] }> {
    const first = new Date(Math.ceil((Date.now() - 14 * DAY + 2 * HOUR) / HOUR) * HOUR)
    const event = await committedEvent({
      start: first.toISOString(),
      end: new Date(first.getTime() + 2 * HOUR).toISOString(),
      recurrence: { frequency: 'weekly', interval: 1 },
      capacity: 1,
      ...overrides,
    } as Partial<Event>)
    const coming = [1, 2, 3].map((k) => new Date(first.getTime() + (14 + 7 * (k - 1)) * DAY))
    // The Stockholm dates (the same hour every week, whatever the clock change does to UTC).
    const dates = coming.map((d) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(d))
    const starts = (await import('../../cms/domain/registration/occurrence.ts')).upcomingOccurrences(event, new Date(), 3).map((o) => o.start)
    return { event, dates, starts }
  }

  test('registers for the next occurrence when none is named, and for another by its date or start', async () => {
    const { event, dates, starts } = await weeklyEvent({ capacity: 5 })
    const [a, b, c] = [address('weekly-a'), address('weekly-b'), address('weekly-c')]
    expect(await register(ctx.payload, event.id, { name: 'Ada', email: a, locale: 'sv' })).toMatchObject({ status: 'pending', occurrence: dates[0], seatsLeft: 4 })
    expect(await register(ctx.payload, event.id, { name: 'Bo', email: b, locale: 'sv', occurrence: dates[1] })).toMatchObject({ status: 'pending', occurrence: dates[1], seatsLeft: 4 })
    expect(await register(ctx.payload, event.id, { name: 'Cia', email: c, locale: 'sv', occurrence: starts[2] })).toMatchObject({ occurrence: dates[2] })
    const byEmail = Object.fromEntries((await registrationsOf(event.id)).map((r) => [r.email, r.occurrence]))
    expect(byEmail).toEqual({ [a]: dates[0], [b]: dates[1], [c]: dates[2] })
  })

  test('seats and the waiting list count per occurrence', async () => {
    const { event, dates } = await weeklyEvent({ capacity: 1 })
    const [first, waiting, other] = [address('occ-first'), address('occ-waiting'), address('occ-other')]
    expect((await register(ctx.payload, event.id, { name: 'Först', email: first, locale: 'sv', occurrence: dates[0] })).status).toBe('pending')
    expect((await register(ctx.payload, event.id, { name: 'Väntar', email: waiting, locale: 'sv', occurrence: dates[0] })).status).toBe('waitlisted')
    // The next week has its own seat.
    expect((await register(ctx.payload, event.id, { name: 'Annan vecka', email: other, locale: 'sv', occurrence: dates[1] })).status).toBe('pending')
    await confirmRegistration(ctx.payload, await tokenOf(first))
    await confirmRegistration(ctx.payload, await tokenOf(other))
    expect(await confirmRegistration(ctx.payload, await tokenOf(waiting))).toBe('waitlisted')

    await cancelRegistration(ctx.payload, await tokenOf(first))
    const byEmail = Object.fromEntries((await registrationsOf(event.id)).map((r) => [r.email, r.status]))
    expect(byEmail).toEqual({ [first]: 'cancelled', [waiting]: 'confirmed', [other]: 'confirmed' })
  })

  test('one live registration per address per occurrence', async () => {
    const { event, dates } = await weeklyEvent({ capacity: 5 })
    const email = address('occ-twice')
    await register(ctx.payload, event.id, { name: 'Två gånger', email, locale: 'sv', occurrence: dates[0] })
    expect(await problemOf(register(ctx.payload, event.id, { name: 'Två gånger', email, locale: 'sv', occurrence: dates[0] }))).toBe('duplicate')
    expect((await register(ctx.payload, event.id, { name: 'Två gånger', email, locale: 'sv', occurrence: dates[1] })).status).toBe('pending')
  })

  test('a day the series does not meet, a past occurrence and a malformed one are refused, storing nothing', async () => {
    const { event, dates } = await weeklyEvent({ capacity: 5 })
    const email = address('occ-refused')
    const dayAfter = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date(Date.parse(`${dates[0]}T12:00:00Z`) + DAY))
    const pastDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date(Date.parse(event.start)))
    expect(await problemOf(register(ctx.payload, event.id, { name: 'N', email, locale: 'sv', occurrence: dayAfter }))).toBe('occurrenceUnknown')
    expect(await problemOf(register(ctx.payload, event.id, { name: 'N', email, locale: 'sv', occurrence: pastDate }))).toBe('past')
    expect(await problemOf(register(ctx.payload, event.id, { name: 'N', email, locale: 'sv', occurrence: "2026-13-45'; --" }))).toBe('occurrenceUnknown')
    expect(await registrationsOf(event.id)).toEqual([])
  })

  test('the mails, the invitation and the registrant page name the occurrence, not the series', async () => {
    const { event, dates, starts } = await weeklyEvent({ title: 'Veckofika' } as Partial<Event>)
    const email = address('occ-mail')
    await register(ctx.payload, event.id, { name: 'Märta', email, locale: 'sv', occurrence: dates[1] })
    const token = await tokenOf(email)
    const view = await viewRegistration(ctx.payload, token, 'sv')
    expect(view).toMatchObject({ occurrence: dates[1], event: { start: starts[1], past: false } })
    await confirmRegistration(ctx.payload, token)
    await runMailJobs()
    const weekday = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', day: 'numeric', month: 'long' }).format(new Date(starts[1]))
    expect(mailTo(email, /^Bekräfta din anmälan: Veckofika$/).parsed.text).toContain(weekday)
    const confirmed = mailTo(email, /^Du är anmäld: Veckofika$/)
    expect(confirmed.parsed.text).toContain(weekday)
    const vevent = parseCalendar(calendarPart(confirmed)!.text).events[0]
    expect(textOf(vevent, 'uid')).toBe(`event-${event.id}-${dates[1].replace(/-/g, '')}@co-working-region.jamtland`)
    expect(vevent.getFirstPropertyValue('rrule')).toBeNull()
    expect((vevent.getFirstPropertyValue('dtstart') as unknown as { toJSDate(): Date }).toJSDate().toISOString()).toBe(starts[1])
    const feed = await personalFeedEvents(ctx.payload, token, 'sv')
    expect(feed?.events.map((e) => [e.id, e.start, e.recurrence ?? null])).toEqual([[event.id, starts[1], null]])
  })

  test('cancelling a series tells those registered for occasions still to come, not those whose occasion is over', async () => {
    const { event, dates } = await weeklyEvent({ capacity: 5 })
    const over = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date(Date.parse(event.start)))
    const [past, coming] = [address('occ-over'), address('occ-coming')]
    for (const [email, occurrence] of [[past, over], [coming, dates[0]]]) {
      await ctx.payload.create({
        collection: 'registrations',
        data: { event: event.id, occurrence, name: 'Deltagare', email, locale: 'sv', status: 'confirmed', confirmedAt: new Date().toISOString() },
        overrideAccess: true,
      })
    }
    await ctx.payload.update({ collection: 'events', id: event.id, data: { status: 'cancelled' }, overrideAccess: true })
    await runMailJobs()
    mailTo(coming, /^Inställt: /)
    expect(smtp.to(past)).toEqual([])
  })

  test('a reminder goes out the day before a later occurrence', async () => {
    const soon = new Date(Math.ceil((Date.now() + 20 * HOUR) / HOUR) * HOUR - 7 * DAY)
    const event = await committedEvent({
      start: soon.toISOString(),
      end: new Date(soon.getTime() + HOUR).toISOString(),
      recurrence: { frequency: 'weekly', interval: 1 },
    } as Partial<Event>)
    const email = address('occ-remind')
    const result = await register(ctx.payload, event.id, { name: 'Rut', email, locale: 'sv' })
    await confirmRegistration(ctx.payload, await tokenOf(email))
    expect(await sendReminders(ctx.payload)).toBeGreaterThanOrEqual(1)
    await runMailJobs()
    mailTo(email, /^Påminnelse: .* i morgon$/)
    expect(result.occurrence).not.toBeNull()
  })
})

describe('someone logged in registering themselves', () => {
  test('is confirmed at once, gets the confirmation with the calendar entry, and the registration is theirs', async () => {
    const event = await committedEvent({ title: 'Direktanmälan' } as Partial<Event>)
    const { userData } = await import('../helpers/factories.ts')
    const user = await ctx.payload.create({ collection: 'users', data: userData('admin'), overrideAccess: true })
    try {
      const result = await register(ctx.payload, event.id, { name: user.name, email: user.email, locale: 'sv' }, { network: true, council: true, user: user.id }, { account: { id: user.id, email: user.email } })
      expect(result).toMatchObject({ status: 'confirmed', confirmed: true })
      const [registration] = await registrationsOf(event.id)
      expect(registration).toMatchObject({ status: 'confirmed', holder: { id: user.id } })
      expect(registration.confirmedAt).toBeTruthy()
      await runMailJobs()
      expect(smtp.to(user.email).map((m) => m.parsed.subject)).toEqual(['Du är anmäld: Direktanmälan'])
      expect(calendarPart(smtp.to(user.email)[0])?.method).toBe('REQUEST')

      // Another address typed by the same person still confirms by mail.
      const colleague = address('colleague')
      expect(await register(ctx.payload, event.id, { name: 'Kollega', email: colleague, locale: 'sv' }, { network: true, council: true, user: user.id }, { account: { id: user.id, email: user.email } })).toMatchObject({ status: 'pending', confirmed: false })
    } finally {
      await (await executor(ctx.payload)).execute(sql`DELETE FROM mail_outbox WHERE registration_id IN (SELECT id FROM registrations WHERE event_id = ${event.id})`)
      await (await executor(ctx.payload)).execute(sql`DELETE FROM registrations WHERE event_id = ${event.id}`)
      await ctx.payload.delete({ collection: 'users', id: user.id, overrideAccess: true })
    }
  })
})
