#!/usr/bin/env node
// `npm run pack:check` (and .ci/run): the npm package is the CLI. Packs it, checks that it holds only
// the CLI bundle, its licenses, README, LICENSE and package.json, under 2.5 MB unpacked, with no
// runtime dependency (the bundle holds them), then installs the tarball in an empty folder and runs
// the installed `lambda-edge-deploy --version`.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')
// Issue 16: under 2.5 MB unpacked (the bundle minified, its lazily loaded parts in chunks).
const LIMIT = 2.5 * 1024 * 1024
const CHUNK = /^dist\/cli\/[\w-]+\.index\.js$/
const EXPECTED = [
  'LICENSE',
  'README.md',
  'dist/cli/deflate-worker.mjs',
  'dist/cli/index.js',
  'dist/cli/licenses.txt',
  'dist/cli/package.json',
  'package.json'
]

const npm = (args, cwd) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
const problems = []
const work = mkdtempSync(join(tmpdir(), 'led-pack-'))
try {
  const [pack] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], ROOT))
  const files = pack.files.map(f => f.path).sort()
  const mb = n => `${(n / 1024 / 1024).toFixed(2)} MB`
  console.log(
    `npm package ${pack.filename}: ${files.length} files, ${mb(pack.size)} packed, ${mb(pack.unpackedSize)} unpacked`
  )
  // ncc writes the modules a command loads lazily as numbered chunks beside index.js.
  const named = files.filter(f => !CHUNK.test(f))
  if (JSON.stringify(named) !== JSON.stringify(EXPECTED))
    problems.push(`files are ${files.join(', ')}; expected ${EXPECTED.join(', ')}`)
  if (pack.unpackedSize > LIMIT)
    problems.push(`unpacked size ${mb(pack.unpackedSize)} is over ${mb(LIMIT)}`)
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
  if (Object.keys(manifest.dependencies ?? {}).length > 0)
    problems.push(
      `runtime dependencies ${Object.keys(manifest.dependencies).join(', ')}: the bundle holds them`
    )

  // Installed from the tarball alone (no registry needed: it has no dependencies), the bin runs.
  const app = join(work, 'app')
  execFileSync('mkdir', ['-p', app])
  npm(['init', '-y'], app)
  npm(['install', '--no-audit', '--no-fund', '--offline', join(work, pack.filename)], app)
  const version = execFileSync(
    join(app, 'node_modules', '.bin', 'lambda-edge-deploy'),
    ['--version'],
    {
      encoding: 'utf8'
    }
  ).trim()
  if (version !== manifest.version)
    problems.push(`installed CLI says ${version}, not ${manifest.version}`)
  else console.log(`installed from the tarball: lambda-edge-deploy --version -> ${version}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
for (const p of problems) console.error(`pack: ${p}`)
process.exitCode = problems.length ? 1 : 0
