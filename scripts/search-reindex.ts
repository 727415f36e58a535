/**
 * `npm run search:reindex`: rebuilds the configured search engine from the database, in
 * batches, with a progress bar. The Postgres index is rebuilt in one transaction; with
 * MEILI_URL set, Meilisearch is then built aside and swapped in (see cms/search/rebuild.ts).
 * Options: `--batch-size=N` (default 200).
 */
import { getPayload } from 'payload'
import config from '../payload.config.ts'
import { reindexAll } from '../cms/search/rebuild.ts'

const batchArg = process.argv.find((a) => a.startsWith('--batch-size='))
const batchSize = batchArg ? Number(batchArg.split('=')[1]) : 200
if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
  console.error('search:reindex: --batch-size must be a whole number from 1 to 10000')
  process.exit(2)
}

const payload = await getPayload({ config })
const started = performance.now()
const tty = process.stdout.isTTY
let lastPhase = ''
let exitCode = 0
try {
  const result = await reindexAll(
    payload,
    (done, all, phase) => {
      if (phase !== lastPhase && lastPhase && tty) process.stdout.write('\n')
      lastPhase = phase
      const width = 30
      const filled = all ? Math.round((done / all) * width) : width
      const line = `${phase.padEnd(11)} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${all}`
      if (tty) process.stdout.write(`\r${line}`)
      else console.log(line)
    },
    { batchSize, meili: 'required' },
  )
  console.log(`${tty ? '\n' : ''}search: reindexed ${result.total} hubs and events in ${Math.round(performance.now() - started)} ms (Meilisearch: ${result.meilisearch})`)
} catch (err) {
  console.error(`${tty ? '\n' : ''}search:reindex failed: ${err instanceof Error ? err.message : String(err)}`)
  exitCode = 1
} finally {
  await payload.destroy()
}
process.exit(exitCode)
