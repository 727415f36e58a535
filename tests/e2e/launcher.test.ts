import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { freePort } from '../../scripts/lib/processes.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

function start(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/start.ts'], { cwd: root, env: { ...process.env, DATABASE_URL: '', ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c) => (stdout += c))
    child.stderr.on('data', (c) => (stderr += c))
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

describe('npm start refuses to run with a one-line explanation', () => {
  it('when the site port is already taken', async () => {
    const blocker = net.createServer()
    const port = await freePort()
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve))
    try {
      const result = await start({ SITE_PORT: String(port), CMS_PORT: String(await freePort()), HOST: '127.0.0.1' })
      expect(result.code).toBe(1)
      const lines = result.stderr.trim().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toContain(`Port ${port} is already in use`)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    } finally {
      blocker.close()
    }
  })

  it('when the data directory cannot be created', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'coworking-launcher-'))
    const file = path.join(dir, 'a-file')
    writeFileSync(file, '')
    try {
      const result = await start({ DATA_DIR: path.join(file, 'data'), SITE_PORT: String(await freePort()), CMS_PORT: String(await freePort()) })
      expect(result.code).toBe(1)
      const lines = result.stderr.trim().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(/data directory .* (is not writable|could not be created)/i)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
