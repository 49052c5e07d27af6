/**
 * The runner executes dist/index.js (and users run dist/cli/index.js), not src/. These tests fail
 * when a committed bundle is stale against the source, and prove the ESM bundle starts under Node.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT, runAction } from './helpers/run-action.js'

const PACKAGE = join(ROOT, 'scripts', 'package.mjs')

/** The .js files (index.js and its chunks) and the other files a build writes in one folder. */
const builtFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true })
    .filter(e => e.isFile())
    .map(e => e.name)
    .sort()

describe('dist/', () => {
  // One build of both entries, as `npm run package` does, into a temporary folder.
  it('builds to exactly what is committed in dist/ and dist/cli/', () => {
    const out = mkdtempSync(join(tmpdir(), 'led-dist-'))
    execFileSync(process.execPath, [PACKAGE, out], { cwd: ROOT, stdio: 'pipe' })
    for (const [fresh, committed] of [
      [out, join(ROOT, 'dist')],
      [join(out, 'cli'), join(ROOT, 'dist', 'cli')]
    ] as const) {
      const stale = `${committed} is stale: run \`npm run package\` and commit dist/`
      if (builtFiles(fresh).join() !== builtFiles(committed).join()) throw new Error(stale)
      for (const file of builtFiles(fresh))
        if (readFileSync(join(fresh, file), 'utf8') !== readFileSync(join(committed, file), 'utf8'))
          throw new Error(`${stale} (${file} differs)`)
    }
  }, 600_000)

  it('starts as the runner starts it and refuses bad input with exit 1, naming the input', async () => {
    const r = await runAction({
      mode: 'validate',
      'function-name': 'edge fn',
      'event-type': 'viewer'
    })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('::error::Input "function-name"')
    expect(r.stdout).toContain('::error::Input "event-type"')
    expect(r.outputs.status).toBe('failed')
  })
})
