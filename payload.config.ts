import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { AccessibilityReports } from './cms/collections/AccessibilityReports.ts'
import { AgencyApplications } from './cms/collections/AgencyApplications.ts'
import { CouncilApplications } from './cms/collections/CouncilApplications.ts'
import { Agencies } from './cms/collections/Agencies.ts'
import { CommunityManagers } from './cms/collections/CommunityManagers.ts'
import { Events, STOCKHOLM } from './cms/collections/Events/index.ts'
import { Hubs } from './cms/collections/Hubs/index.ts'
import { Media } from './cms/collections/Media.ts'
import { Municipalities } from './cms/collections/Municipalities.ts'
import { Registrations } from './cms/collections/Registrations.ts'
import { Users } from './cms/collections/Users.ts'
import { dataDir, databaseUrl, payloadSecret } from './cms/env.ts'
import { InnovationCouncil } from './cms/globals/InnovationCouncil.ts'
import { keepPoolErrorsFromCrashing } from './cms/db/poolErrors.ts'
import { rebuildSearchIndexEndpoint } from './cms/search/rebuildEndpoint.ts'
import { withSiteNotify, withSiteNotifyGlobal } from './cms/hooks/notifySite.ts'
import { withNullStructuresRefused, withNullStructuresRefusedGlobal } from './cms/hooks/refuseNullStructures.ts'
import { MailOutbox } from './cms/collections/MailOutbox.ts'
import { deliverMailTask, MAIL_QUEUE, sweepMailTask } from './cms/mail/outbox.ts'
import { remindTask } from './cms/registration/tasks.ts'
import { purgeApplicationsTask } from './cms/network/signup.ts'
import { isAdmin } from './cms/access/roles.ts'
import { withBuiltInAccess } from './cms/access/builtIns.ts'
import { badQueryValuesAre400, withGeoOperatorsRefused } from './cms/hooks/badQueryValues.ts'
import { createMailTransport } from './cms/mail/transport.ts'
import { startSearchSync } from './cms/search/sync.ts'
import { cmsAllowedOrigins, cmsOriginSettings, cmsServerUrl } from './cms/domain/http/origin.ts'
import { versionRoutesPlugin } from './cms/api/versionRoutes.ts'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Payload's own collections and globals get explicit rules once it has added them (cms/access/builtIns.ts).
export default buildConfig({
  secret: payloadSecret(),
  serverURL: cmsServerUrl(),
  // Payload ignores the session cookie on requests from other origins; the CMS server
  // (scripts/cms-server.ts) refuses their writes outright. Same list for both.
  csrf: cmsAllowedOrigins(cmsOriginSettings()),
  admin: {
    user: Users.slug,
    // Not Gravatar: the panel loads nothing from other hosts (and its CSP would block it).
    avatar: 'default',
    meta: { titleSuffix: ' · Co-working Region' },
    importMap: {
      baseDir: dirname,
      importMapFile: path.resolve(dirname, 'cms/app/(payload)/admin/importMap.js'),
    },
    timezones: {
      defaultTimezone: STOCKHOLM,
      supportedTimezones: [{ label: 'Stockholm', value: STOCKHOLM }],
    },
    dateFormat: 'yyyy-MM-dd HH:mm',
    components: { afterDashboard: ['/cms/components/SearchIndexPanel.tsx#SearchIndexPanel'] },
  },
  endpoints: [rebuildSearchIndexEndpoint],
  // A value of the wrong form in a query (`/api/hubs/abc`) is the caller's mistake: 400, not 500.
  hooks: { afterError: [badQueryValuesAre400] },
  // Collections without versions answer 404 on Payload's version routes, not 500.
  plugins: [versionRoutesPlugin],
  i18n: { supportedLanguages: { sv, en }, fallbackLanguage: 'sv' },
  localization: {
    locales: [
      { code: 'sv', label: 'Svenska' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'sv',
    fallback: true,
  },
  // Every collection the site shows (registrations count towards places left) tells the site to drop its page cache.
  // A null group, array or blocks field is refused with a 400 naming it, before any hook reads
  // inside it; a geographic operator (there is no point field) with a 400 before the adapter fails.
  collections: [
    withSiteNotify(Hubs),
    withSiteNotify(Events),
    withSiteNotify(Municipalities),
    withSiteNotify(CommunityManagers),
    withSiteNotify(Agencies),
    withSiteNotify(Registrations),
    AgencyApplications,
    CouncilApplications,
    AccessibilityReports,
    MailOutbox,
    withSiteNotify(Media),
    Users,
  ]
    .map(withNullStructuresRefused)
    .map(withGeoOperatorsRefused),
  globals: [withSiteNotifyGlobal(InnovationCouncil)].map(withNullStructuresRefusedGlobal),
  jobs: {
    tasks: [deliverMailTask, sweepMailTask, remindTask, purgeApplicationsTask],
    // Jobs run in the CMS server only (the launcher sets JOBS_AUTORUN); the site and the
    // command-line tools just queue them. Every five seconds, so a confirmation link
    // arrives while the visitor is still looking for it.
    // The 'default' queue holds scheduled publishing, which the admin panel queues.
    autoRun: () =>
      process.env.JOBS_AUTORUN === 'true'
        ? [
            { cron: '*/5 * * * * *', queue: MAIL_QUEUE, limit: 50, silent: true },
            { cron: '*/15 * * * * *', queue: 'default', limit: 20, silent: true },
          ]
        : [],
    access: {
      queue: ({ req }) => isAdmin(req.user),
      run: ({ req }) => isAdmin(req.user),
      cancel: ({ req }) => isAdmin(req.user),
    },
  },
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: { connectionString: databaseUrl(), max: Number(process.env.DB_POOL_MAX || 10) },
    // Schema changes only through committed migrations; push is for throwaway experiments.
    push: process.env.PAYLOAD_DB_PUSH === 'true',
    migrationDir: path.resolve(dirname, 'cms/migrations'),
  }),
  email: nodemailerAdapter({
    defaultFromAddress: process.env.MAIL_FROM || 'noreply@coworking-region.invalid',
    defaultFromName: 'Co-working Region',
    skipVerify: true,
    transport: createMailTransport(() => process.env.SMTP_URL, path.join(dataDir(), 'mail')),
  }),
  sharp,
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'cms/payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  onInit: (payload) => {
    keepPoolErrorsFromCrashing(payload)
    // With MEILI_URL set: apply Meilisearch settings and drain its retry queue (no-op otherwise).
    startSearchSync(payload)
  },
}).then(withBuiltInAccess)
