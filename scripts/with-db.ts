/**
 * Runs a command with the portal's environment: `node scripts/with-db.ts payload migrate:create`.
 * Starts the embedded database when DATABASE_URL is unset and stops it afterwards.
 */
import { spawn } from 'node:child_process'
import { prepareRuntime, StartupError } from './lib/runtime.ts'

const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('usage: node scripts/with-db.ts <command> [args...]')
  process.exit(2)
}

try {
  const runtime = await prepareRuntime(console.log)
  const child = spawn(command, args, { stdio: 'inherit', env: runtime.env })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
  const code: number = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)))
  await runtime.db?.stop()
  process.exit(code)
} catch (err) {
  if (err instanceof StartupError) {
    console.error(err.message)
    process.exit(1)
  }
  throw err
}
