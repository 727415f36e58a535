/**
 * `npm test`: the unit, int and e2e projects, one after another (they compete for two cores
 * otherwise), then one plain line with the totals: `N passed, N failed[, N skipped]`.
 * Extra arguments go to every Vitest run, e.g. `npm test -- -t "access"`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { run } from './lib/processes.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const extra = process.argv.slice(2)
const only = process.env.TEST_PROJECTS?.split(',').filter(Boolean)
const projects = only?.length ? only : ['unit', 'int', 'e2e']
const outDir = mkdtempSync(path.join(tmpdir(), 'coworking-tests-'))

interface VitestJson {
  numTotalTests: number
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
  numFailedTestSuites: number
}

let passed = 0
let failed = 0
let skipped = 0
let broken = false
for (const project of projects) {
  const outputFile = path.join(outDir, `${project}.json`)
  console.log(`\n=== ${project} tests ===`)
  const code = await run(
    path.join(root, 'node_modules/.bin/vitest'),
    ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${outputFile}`, ...extra],
    { cwd: root },
  )
  try {
    const report = JSON.parse(readFileSync(outputFile, 'utf8')) as VitestJson
    passed += report.numPassedTests
    failed += report.numFailedTests
    skipped += report.numPendingTests + report.numTodoTests
    // A suite that failed to load has no failed test but is still a failure. A project that ran
    // no test at all is one too: Vitest exits 0 when its globalSetup throws.
    if ((code !== 0 && report.numFailedTests === 0) || report.numTotalTests === 0) {
      console.error(`[test] the ${project} project ${report.numTotalTests === 0 ? 'ran no test' : `exited with code ${code}`}`)
      broken = true
    }
  } catch {
    console.error(`[test] the ${project} run left no report (exit code ${code})`)
    broken = true
  }
}
rmSync(outDir, { recursive: true, force: true })

if (broken && failed === 0) failed = 1
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 ? 1 : 0)
