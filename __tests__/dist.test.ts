/**
 * The runner executes dist/index.js (and users run dist/cli/index.js), not src/. These tests fail
 * when a committed bundle is stale against the source, and prove the ESM bundle starts under Node.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT, runAction } from './helpers/run-action.js'

const NCC = join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')

describe('dist/', () => {
  it.each([
    ['src/index.ts', 'dist'],
    ['src/cli.ts', 'dist/cli']
  ])(
    '%s builds to exactly what is committed in %s',
    (entry, folder) => {
      const out = mkdtempSync(join(tmpdir(), 'led-dist-'))
      const args = [NCC, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet']
      execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'pipe' })
      for (const file of ['index.js', 'package.json', 'licenses.txt']) {
        const fresh = readFileSync(join(out, file), 'utf8')
        const committed = readFileSync(join(ROOT, folder, file), 'utf8')
        if (fresh !== committed)
          throw new Error(`${folder}/${file} is stale: run \`npm run package\` and commit dist/`)
      }
    },
    120_000
  )

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
