import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload, RequestContext, RequiredDataFromCollectionSlug } from 'payload'
import { holidaysBetween } from '../cms/domain/holidays.ts'
import { stockholmNow } from '../cms/domain/openingSchedule.ts'
import { luhnCheckDigit } from '../cms/domain/orgNumber.ts'
import { slugify } from '../cms/domain/slugify.ts'
import { DEMO_AGENCIES, demoContact, demoHubDetails, demoPerson, facts, hubFacts } from './demoContent.ts'
import { ILLUSTRATION_KINDS, illustrationText, renderIllustration } from './illustrations.ts'
import { demoEvents, stockholmTimes } from './events.ts'
import { paragraphs } from './richText.ts'
import { reindexAll } from '../cms/search/rebuild.ts'

export interface SeedOptions {
  dataDir: string
  now?: Date
  log?: (line: string) => void
  adminEmail?: string
  adminPassword?: string
}

export interface SeedResult {
  created: Record<string, number>
  /** Set only when this run created the first admin with a generated password. */
  generatedAdmin?: { email: string; password: string; file: string }
}

// Seed writes skip side effects such as search sync and mail.
const context: RequestContext = { seeding: true, disableSearchSync: true, disableMail: true }

function randomPassword(): string {
  return randomBytes(18).toString('base64url')
}

function demoOrgNumber(prefix: string): string {
  const digits = prefix + luhnCheckDigit(prefix)
  return `${digits.slice(0, 6)}-${digits.slice(6)}`
}

/** Draws and uploads the illustrations of one hub, with alt text in both languages. */
async function seedIllustrations(payload: Payload, hubName: string, slug: string, index: number) {
  const images: Array<{ id: number; caption: { sv: string; en: string } }> = []
  for (const [i, kind] of ILLUSTRATION_KINDS.entries()) {
    const data = await renderIllustration(hubName, kind, index + i)
    const text = illustrationText(hubName, kind)
    const media = await payload.create({
      collection: 'media',
      locale: 'sv',
      data: { alt: text.alt.sv, credit: 'Illustration för demodata / Illustration for the demo data' },
      file: { data, mimetype: 'image/png', name: `${slug}-${kind}.png`, size: data.length },
      overrideAccess: true,
      context,
    })
    await payload.update({ collection: 'media', id: media.id, locale: 'en', data: { alt: text.alt.en }, overrideAccess: true, context })
    images.push({ id: media.id, caption: text.caption })
  }
  return images
}

/** Is there anything yet? `npm start` seeds only an empty database. */
export async function isEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'municipalities', overrideAccess: true })
  return totalDocs === 0
}

/**
 * Fills the database with the region's facts and clearly marked demo content. Idempotent:
 * every record is looked up by its natural key first, and only missing ones are created.
 */
export async function seed(payload: Payload, options: SeedOptions): Promise<SeedResult> {
  const log = options.log ?? (() => {})
  const now = options.now ?? new Date()
  const created: Record<string, number> = {}
  const count = (collection: string) => (created[collection] = (created[collection] ?? 0) + 1)

  async function findOne<T>(collection: Parameters<Payload['find']>[0]['collection'], where: Record<string, unknown>): Promise<T | null> {
    const res = await payload.find({ collection, where: where as never, limit: 1, depth: 0, overrideAccess: true, draft: true, pagination: false })
    return (res.docs[0] as T) ?? null
  }

  // Admin
  const result: SeedResult = { created }
  const anyAdmin = await findOne<{ id: number }>('users', { role: { equals: 'admin' } })
  if (!anyAdmin) {
    const email = options.adminEmail || 'admin@coworking-region.invalid'
    const generated = !options.adminPassword
    const password = options.adminPassword || randomPassword()
    await payload.create({ collection: 'users', data: { email, password, name: 'Regionens administratör', role: 'admin' }, overrideAccess: true, context })
    count('users')
    if (generated) {
      mkdirSync(options.dataDir, { recursive: true })
      const file = path.join(options.dataDir, 'admin.txt')
      writeFileSync(file, `email: ${email}\npassword: ${password}\n`, { mode: 0o600 })
      result.generatedAdmin = { email, password, file }
    }
  }
  log(`users: admin ${anyAdmin ? 'already present' : 'created'}`)

  // Municipalities
  const municipalityIds = new Map<string, number>()
  const commuters = facts.commutersToOstersund2018.rows as Record<string, number[]>
  for (const m of facts.municipalities) {
    const slug = slugify(m.name)
    let doc = await findOne<{ id: number }>('municipalities', { slug: { equals: slug } })
    if (!doc) {
      const [region, municipal, state, total] = commuters[m.name] ?? []
      doc = await payload.create({
        collection: 'municipalities',
        data: { name: m.name, slug, code: m.code, seat: m.seat, roadKmToOstersund: m.roadKmToOstersund, commuters2018: { region, municipal, state, total } },
        overrideAccess: true,
        context,
      })
      count('municipalities')
    }
    municipalityIds.set(m.name, doc.id)
  }
  log(`municipalities: ${facts.municipalities.length} (${created.municipalities ?? 0} new)`)

  // Community managers (each with a user account) and hubs. No holiday exceptions: public
  // holidays close every hub unless it says otherwise (cms/domain/holidays.ts).
  const hubs = hubFacts()
  const hubIds: number[] = []
  for (const [index, hub] of hubs.entries()) {
    const slug = slugify(hub.name)
    const personName = demoPerson(index)
    const email = `cm-${slug}@coworking-region.invalid`
    const contact = demoContact(index)
    let user = await findOne<{ id: number }>('users', { email: { equals: email } })
    if (!user) {
      user = await payload.create({
        collection: 'users',
        data: { email, password: randomPassword(), name: personName, role: 'community-manager' },
        overrideAccess: true,
        context,
      })
      count('users')
    }
    let manager = await findOne<{ id: number }>('community-managers', { user: { equals: user.id } })
    if (!manager) {
      manager = await payload.create({
        collection: 'community-managers',
        locale: 'sv',
        data: {
          name: personName,
          title: 'Community manager (demo)',
          bio: `Påhittad person som visar hur en community manager presenteras. Driver ${hub.name} i demodata.`,
          email,
          showEmail: contact.showEmail,
          phone: contact.phone,
          showPhone: contact.showPhone,
          user: user.id,
        },
        overrideAccess: true,
        context,
      })
      await payload.update({
        collection: 'community-managers',
        id: manager.id,
        locale: 'en',
        data: { title: 'Community manager (demo)', bio: `A fictional person showing how a community manager is presented. Runs ${hub.name} in the demo data.` },
        overrideAccess: true,
        context,
      })
      count('community-managers')
    }

    let doc = await findOne<{ id: number }>('hubs', { slug: { equals: slug } })
    if (!doc) {
      const d = demoHubDetails(hub, index)
      // Every other hub gets a gallery of drawn illustrations (there are no photos of the hubs).
      const images = index % 2 === 0 ? await seedIllustrations(payload, hub.name, slug, index) : []
      const shared = {
        name: hub.name,
        slug,
        municipality: municipalityIds.get(hub.municipality)!,
        address: { street: `${hub.name} (adress i demodata)`, locality: hub.locality },
        lat: hub.lat,
        lng: hub.lon,
        amenities: d.amenities,
        desks: d.desks,
        openingHours: d.openingHours,
        communityManagers: [manager.id],
        demoContent: true,
        // The hub's own contact address is public: only where its manager shows theirs.
        onboarding: { contactName: personName, ...(contact.showEmail ? { contactEmail: email } : {}) },
        dayPass: { priceSek: d.dayPassPrice },
      }
      doc = await payload.create({
        collection: 'hubs',
        locale: 'sv',
        data: {
          ...shared,
          images: images.map((image) => ({ image: image.id, caption: image.caption.sv })),
          summary: d.sv.summary,
          description: paragraphs(...d.sv.description),
          transitHint: d.sv.transit,
          dayPass: { ...shared.dayPass, howToBook: d.sv.howToBook },
          onboarding: { ...shared.onboarding, keys: d.sv.keys, alarm: d.sv.alarm, houseRules: d.sv.houseRules },
          _status: 'published',
        },
        overrideAccess: true,
        context,
      })
      // English texts for the localized fields, keeping the array rows (and their ids) from Swedish.
      const sv = await payload.findByID({ collection: 'hubs', id: doc.id, depth: 0, locale: 'sv', overrideAccess: true })
      await payload.update({
        collection: 'hubs',
        id: doc.id,
        locale: 'en',
        data: {
          summary: d.en.summary,
          images: (sv.images ?? []).map((row, i) => ({ ...row, caption: images[i]?.caption.en })),
          description: paragraphs(...d.en.description),
          transitHint: d.en.transit,
          dayPass: { ...sv.dayPass, howToBook: d.en.howToBook },
          onboarding: { ...sv.onboarding, keys: d.en.keys, alarm: d.en.alarm, houseRules: d.en.houseRules },
          _status: 'published',
        },
        overrideAccess: true,
        context,
      })
      count('hubs')
    }
    hubIds.push(doc.id)
  }
  log(`hubs: ${hubs.length} with a community manager each (${created.hubs ?? 0} new)`)

  // Agencies and one demo representative
  const agencyIds: number[] = []
  for (const a of DEMO_AGENCIES) {
    const orgNumber = demoOrgNumber(a.orgPrefix)
    let doc = await findOne<{ id: number }>('agencies', { orgNumber: { equals: orgNumber } })
    if (!doc) {
      doc = await payload.create({
        collection: 'agencies',
        data: { name: a.name, slug: slugify(a.name), orgNumber, membershipStatus: a.status, staffInCounty: a.staff, municipality: municipalityIds.get(a.office) },
        overrideAccess: true,
        context,
      })
      count('agencies')
    }
    agencyIds.push(doc.id)
  }
  const repEmail = 'representant@coworking-region.invalid'
  if (!(await findOne('users', { email: { equals: repEmail } }))) {
    await payload.create({
      collection: 'users',
      data: { email: repEmail, password: randomPassword(), name: demoPerson(7), role: 'agency-representative', agency: agencyIds[0] },
      overrideAccess: true,
      context,
    })
    count('users')
  }
  log(`agencies: ${DEMO_AGENCIES.length} (${created.agencies ?? 0} new), with a demo representative`)

  // Events
  const hubNames = hubs.map((h) => h.name)
  const councilMeetings: number[] = []
  const events = demoEvents(hubNames)
  // Demo events keep off the days hubs close (cms/domain/holidays.ts), Easter's included.
  const today = stockholmNow(now)
  const closedDays = new Set(holidaysBetween(today.toISODate()!, today.plus({ days: 120 }).toISODate()!).map((h) => h.date))
  for (const e of events) {
    const { start, end, date } = stockholmTimes(now, e, closedDays)
    const slug = slugify(`${e.title.sv} ${date}`)
    let doc = await findOne<{ id: number }>('events', { slug: { equals: slug } })
    if (!doc) {
      const place =
        e.hubIndex != null
          ? { venueKind: 'hub' as const, hub: hubIds[e.hubIndex % hubIds.length] }
          : e.venue?.kind === 'online'
            ? { venueKind: 'online' as const, onlineUrl: e.venue.url }
            : { venueKind: 'venue' as const, venueName: e.venue?.name }
      const data: RequiredDataFromCollectionSlug<'events'> = {
          title: e.title.sv,
          summary: e.summary.sv,
          description: paragraphs(e.summary.sv, 'Exempelevenemang i demodata.'),
          slug,
          start,
          start_tz: 'Europe/Stockholm',
          end,
          end_tz: 'Europe/Stockholm',
          ...place,
          organiser: e.hubIndex != null ? `${hubNames[e.hubIndex % hubNames.length]} (demo)` : 'Region Jämtland Härjedalen (demo)',
          type: e.type,
          audience: e.audience,
          capacity: e.capacity,
          registrationRequired: e.registrationRequired ?? false,
          status: e.cancelled ? 'cancelled' : 'scheduled',
          ...(e.recurrence ? { recurrence: { frequency: e.recurrence.frequency ?? 'none', count: e.recurrence.count, until: e.recurrence.until } } : {}),
          _status: 'published',
      }
      doc = await payload.create({ collection: 'events', locale: 'sv', data, overrideAccess: true, context })
      await payload.update({
        collection: 'events',
        id: doc.id,
        locale: 'en',
        data: { title: e.title.en, summary: e.summary.en, description: paragraphs(e.summary.en, 'A demo event.'), _status: 'published' },
        overrideAccess: true,
        context,
      })
      count('events')
    }
    if (e.type === 'council-meeting') councilMeetings.push(doc.id)
  }
  log(`events: ${events.length} over the next 60 days (${created.events ?? 0} new)`)

  // Innovation council
  const council = await payload.findGlobal({ slug: 'innovation-council', depth: 0, overrideAccess: true, draft: true })
  if (!council.title) {
    await payload.updateGlobal({
      slug: 'innovation-council',
      locale: 'sv',
      data: {
        title: 'Regionala innovationsrådet',
        mission: paragraphs(
          'Innovationsrådet samlar statliga myndigheter, regionen och kommunerna i Jämtlands län för att tillsammans lösa komplexa samhällsutmaningar.',
          'Rådet leder arbetet med gemensamma mötesplatser och följer upp hur nätverket av hubbar används. Ledamöterna nedan är påhittade (demo).',
        ),
        seats: 9,
        members: [
          { name: demoPerson(2), organisation: 'Region Jämtland Härjedalen (demo)', role: 'chair' },
          { name: demoPerson(3), organisation: DEMO_AGENCIES[0].name, role: 'member', agency: agencyIds[0] },
          { name: demoPerson(4), organisation: DEMO_AGENCIES[1].name, role: 'member', agency: agencyIds[1] },
          { name: demoPerson(5), organisation: 'Östersunds kommun (demo)', role: 'member' },
          { name: demoPerson(6), organisation: 'Region Jämtland Härjedalen (demo)', role: 'secretary' },
        ],
        meetings: councilMeetings,
        _status: 'published',
      },
      overrideAccess: true,
      context,
    })
    await payload.updateGlobal({
      slug: 'innovation-council',
      locale: 'en',
      data: {
        title: 'Regional innovation council',
        mission: paragraphs(
          'The innovation council brings together state agencies, the region and the municipalities of Jämtland county to solve complex problems together.',
          'The council leads the work on shared meeting places and follows up how the network of hubs is used. The members below are fictional (demo).',
        ),
        _status: 'published',
      },
      overrideAccess: true,
      context,
    })
    count('innovation-council')
  }
  log(`innovation council: ${created['innovation-council'] ? 'created' : 'already present'}`)

  // Writes above skip search sync; index everything once.
  const indexed = await reindexAll(payload, undefined, { meili: 'best-effort' })
  log(`search: ${indexed.total} hubs and events indexed (Meilisearch: ${indexed.meilisearch})`)
  return result
}
