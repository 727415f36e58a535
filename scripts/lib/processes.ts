import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import net from 'node:net'

/** Resolves with the exit code; a signal counts as failure. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options })
    child.on('error', reject)
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

/**
 * Starts a long-running child in its own process group, so that stopping it also stops
 * whatever it started (next start forks workers).
 */
export function startService(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(command, args, { stdio: 'inherit', detached: true, ...options })
}

/** SIGTERM to the whole group, then SIGKILL after `graceMs`: `next start` was seen ignoring SIGTERM. */
export async function stopService(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid == null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig)
    } catch {
      // Already gone.
    }
  }
  signal('SIGTERM')
  const timer = setTimeout(() => signal('SIGKILL'), graceMs)
  await exited
  clearTimeout(timer)
  // Children of the leader may outlive it; make sure the group is gone.
  signal('SIGKILL')
}

/** True when nothing listens on `port` at `host`. */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)))
  })
}

/** A port the OS says is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Polls `url` until it answers 200, the child dies, or `timeoutMs` passes. */
export async function waitForHealthy(url: string, child: ChildProcess, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the process serving ${url} exited`)
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(10_000) })
      if (res.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`${url} did not become healthy within ${Math.round(timeoutMs / 1000)} s`)
}
