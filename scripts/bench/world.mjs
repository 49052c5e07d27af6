// What the bench runs: the bundled action as the runner runs it, the AWS CLI, and the small
// packages they deploy.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import yazl from 'yazl'
import { parseOutputs, runnerEnv } from '../../__tests__/harness/runner.mjs'
import { ms, summarize, timed } from './measure.mjs'

export const ROOT = resolve(import.meta.dirname, '..', '..')
export const DIST = join(ROOT, 'dist', 'index.js')

/** A deterministic zip (fixed timestamps) of { name: text }. */
export function zipOf(files) {
  return new Promise((res, rej) => {
    const z = new yazl.ZipFile()
    for (const [name, text] of Object.entries(files))
      z.addBuffer(Buffer.from(text), name, { mtime: new Date(315532800000) })
    z.end()
    const chunks = []
    z.outputStream
      .on('data', c => chunks.push(c))
      .on('end', () => res(Buffer.concat(chunks)))
      .on('error', rej)
  })
}

/** A viewer-response handler whose code differs per `tag`, so each deploy publishes a new version. */
export async function handlerZip(dir, tag) {
  const path = join(dir, `pkg-${tag}.zip`)
  writeFileSync(
    path,
    await zipOf({
      'index.mjs': `// bench build ${tag}\nexport const handler = async e => e.Records[0].cf.response\n`
    })
  )
  return path
}

export { parseOutputs }

/**
 * `node dist/index.js` with INPUT_* variables and the runner's files, in a minimal environment
 * (like __tests__/helpers/run-action.ts). `comment: false` keeps it off the GitHub API: there is
 * no network here, and the PR comment is not what is measured.
 */
export async function runAction(em, tmp, inputs, opts = {}) {
  const dir = mkdtempSync(join(tmp, 'run-'))
  const { env, outputFile, summaryFile } = runnerEnv({
    dir,
    inputs: { comment: 'false', ...inputs },
    env: em ? em.env : {}
  })
  const { nodeArgs = [], ...timing } = opts
  const r = await timed(process.execPath, [...nodeArgs, DIST], {
    env,
    cwd: ROOT,
    tmpDir: dir,
    ...timing
  })
  const summary = existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : ''
  return { ...r, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary }
}

const TRACE = pathToFileURL(join(ROOT, 'scripts', 'bench', 'trace-http.mjs')).href

/**
 * Diagnostic runs (not the timed ones) with trace-http.mjs preloaded: the medians, in ms since the
 * process started, of its first AWS request, its last AWS answer and its exit. `inputs` may be a
 * function of the run's index (a deploy needs new code each time).
 */
export async function tracedPhases(em, tmp, inputs, runs) {
  const traces = []
  for (let i = 0; i < runs; i++) {
    const given = typeof inputs === 'function' ? await inputs(i) : inputs
    const r = await runAction(em, tmp, given, { nodeArgs: ['--import', TRACE] })
    const line = r.stderr.split('\n').find(l => l.startsWith('BENCH-TRACE '))
    if (line) traces.push(JSON.parse(line.slice('BENCH-TRACE '.length)))
  }
  const median = key => summarize(traces.map(t => t[key])).median
  return {
    n: traces.length,
    firstRequest: median('firstRequest'),
    lastResponse: median('lastResponse'),
    exit: median('exit'),
    requests: median('requests')
  }
}

/** For the notes: where one run's time goes, phase by phase. */
export function describePhases(p) {
  if (!p.n) return 'not traced'
  return (
    `first AWS request at ${ms(p.firstRequest)} (Node start-up, the bundle, the inputs, the package), ` +
    `then ${ms(p.lastResponse - p.firstRequest)} until the last of ${p.requests} AWS answers, then ` +
    `${ms(p.exit - p.lastResponse)} to report and exit (medians of ${p.n} traced runs)`
  )
}

/**
 * The AWS CLI to compare with: $AWS_CLI, else the real executable behind a pyenv shim (the shim
 * is a shell script that adds tens of ms per call, which would flatter the action), else `aws`.
 */
export function findAwsCli() {
  const tryRun = (cmd, args) => {
    try {
      return execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] })
        .toString()
        .trim()
    } catch {
      return undefined
    }
  }
  let bin = process.env.AWS_CLI
  bin ??= tryRun('pyenv', ['which', 'aws'])
  bin ??= tryRun('sh', ['-c', 'command -v aws'])
  if (!bin) return undefined
  const version = tryRun(bin, ['--version'])
  return version ? { bin, version: version.split(' ')[0] } : undefined
}

/** Environment for the AWS CLI: the emulator's credentials, and no user config or profile. */
export function cliEnv(em, tmp) {
  return {
    PATH: process.env.PATH ?? '',
    HOME: tmp,
    ...em.env,
    AWS_CONFIG_FILE: join(tmp, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(tmp, 'no-aws-credentials'),
    AWS_PAGER: ''
  }
}
