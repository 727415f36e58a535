/**
 * `npm run seed` (and `npm start` on an empty database): fills the database with the
 * region's facts and demo content. `--if-empty` seeds only a database with no content.
 */
import { getPayload } from 'payload'
import config from '../payload.config.ts'
import { dataDir } from '../cms/env.ts'
import { searchEngine } from '../cms/search/engine.ts'
import { reindexAll } from '../cms/search/rebuild.ts'
import { isEmpty, seed } from './index.ts'

const ifEmpty = process.argv.includes('--if-empty')
const payload = await getPayload({ config })
try {
  if (ifEmpty && !(await isEmpty(payload))) {
    console.log('seed: the database already has content; nothing to do')
    // A database from before the search index existed gets its index built once.
    if ((await searchEngine(payload).count()) === 0) {
      const indexed = await reindexAll(payload, undefined, { meili: 'best-effort' })
      console.log(`search: indexed ${indexed.total} hubs and events (Meilisearch: ${indexed.meilisearch})`)
    }
  } else {
    const result = await seed(payload, {
      dataDir: dataDir(),
      log: (line) => console.log(`seed: ${line}`),
      adminEmail: process.env.ADMIN_EMAIL,
      adminPassword: process.env.ADMIN_PASSWORD,
    })
    if (result.generatedAdmin) {
      const { email, password, file } = result.generatedAdmin
      console.log(`\nFirst admin created. This password is shown once; it is also in ${file} (readable only by you).`)
      console.log(`  e-mail:   ${email}\n  password: ${password}\n`)
    }
  }
} finally {
  await payload.destroy()
}
process.exit(0)
