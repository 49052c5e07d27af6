// Runs the slowest test files first, so that no worker is left with a long file at the end while the
// others sit idle. jest's own order does that from the durations it cached on earlier runs; without
// them (a fresh clone, CI) it sorts by file size, which puts the fault matrices last: their files
// are three lines that call a shared helper. So a file without a cached duration is weighed by its
// size plus that of the shared suites it imports (modules that declare tests, like faults-suite.ts),
// with a head start for the integration suites.
import Sequencer from '@jest/test-sequencer'
import { readFileSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

const LOCAL_IMPORT = /from '(\.{1,2}\/[^']+)'/g
// A guess in milliseconds, comparable with the durations jest caches: an emulator suite waits on
// AWS-like round trips and real polls (10 s and more), and a byte of test code is worth about 1 ms.
const EMULATOR_SUITE_MS = 10_000

/** The local modules `path` imports that declare tests of their own. */
function importedSuites(path) {
  const found = []
  for (const [, spec] of readFileSync(path, 'utf8').matchAll(LOCAL_IMPORT)) {
    const base = resolve(dirname(path), spec)
    for (const candidate of [base, base.replace(/\.js$/, '.ts')]) {
      try {
        if (statSync(candidate).isFile()) {
          if (/\bdescribe\(/.test(readFileSync(candidate, 'utf8'))) found.push(candidate)
          break
        }
      } catch {
        // not this spelling
      }
    }
  }
  return found
}

export function estimate(path) {
  const bytes = [path, ...importedSuites(path)].reduce((sum, p) => sum + statSync(p).size, 0)
  return (/\.integration\.test\.ts$/.test(path) ? EMULATOR_SUITE_MS : 0) + bytes
}

export default class SlowestFirst extends Sequencer {
  sort(tests) {
    const weight = new Map(tests.map(t => [t, this.time(t) ?? estimate(t.path)]))
    return [...tests].sort((a, b) => {
      const failed = Number(this.hasFailed(b)) - Number(this.hasFailed(a))
      return failed !== 0 ? failed : weight.get(b) - weight.get(a)
    })
  }
}
