/** `npm run search:reindex`: rebuilds the search index from the database, with a progress bar. */
import { getPayload } from 'payload'
import config from '../payload.config.ts'
import { reindexAll } from '../cms/search/sync.ts'

const payload = await getPayload({ config })
const started = performance.now()
const tty = process.stdout.isTTY
const total = await reindexAll(payload, (done, all) => {
  const width = 30
  const filled = Math.round((done / all) * width)
  const line = `[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${all}`
  if (tty) process.stdout.write(`\r${line}`)
  else if (done === all || done % 50 === 0) console.log(line)
})
console.log(`${tty ? '\n' : ''}search: reindexed ${total} hubs and events in ${Math.round(performance.now() - started)} ms`)
await payload.destroy()
process.exit(0)
