/**
 * The runner executes dist/index.js, not src/. These tests fail when the committed bundle is stale
 * against the source, and prove the ESM bundle actually starts under this Node.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DIST, ROOT, runAction } from './helpers/run-action.js'

describe('dist/', () => {
  it('is what `npm run package` builds from the current source', () => {
    const out = mkdtempSync(join(tmpdir(), 'led-dist-'))
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'),
        'build',
        'src/index.ts',
        '-o',
        out,
        '--license',
        'licenses.txt',
        '--quiet'
      ],
      { cwd: ROOT, stdio: 'pipe' }
    )
    for (const file of ['index.js', 'package.json', 'licenses.txt']) {
      const fresh = readFileSync(join(out, file), 'utf8')
      const committed = readFileSync(join(ROOT, 'dist', file), 'utf8')
      if (fresh !== committed)
        throw new Error(`dist/${file} is stale: run \`npm run package\` and commit dist/`)
    }
    expect(readFileSync(DIST, 'utf8').length).toBeGreaterThan(0)
  }, 120_000)

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
