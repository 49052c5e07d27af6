/**
 * Runs the action the way the runner does: INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
 * files, and returns what a user would see (exit code, log, outputs, summary).
 *
 * runAction calls src/main.ts's run() in this process, like the actions/typescript-action template
 * tests run(): the source is tested before the bundle is rebuilt, coverage is measured, and no Node
 * process starts per case. runBundle starts `node dist/index.js` for the few things only the bundle
 * proves (it starts under Node as ESM, secrets stay out of child processes).
 */
import * as core from '@actions/core'
import * as github from '@actions/github'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseOutputs, runnerEnv } from '../harness/runner.mjs'
import { run } from '../../src/main.js'
import { isolated } from './in-process.js'
import { DIST, ROOT } from './paths.js'

export { DIST, ROOT }

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

export { parseOutputs }

function collect(dir: string, outputFile: string, summaryFile: string) {
  const outputs = parseOutputs(readFileSync(outputFile, 'utf8'))
  const summary = readFileSync(summaryFile, 'utf8')
  rmSync(dir, { recursive: true, force: true })
  return { outputs, summary }
}

/**
 * @actions/github reads the event (GITHUB_EVENT_PATH, GITHUB_REPOSITORY, ...) once, when it loads;
 * the runner starts one process per step. Re-read it from this run's environment.
 */
function freshGitHubContext(): void {
  const Context = github.context.constructor as new () => typeof github.context
  Object.assign(github.context, new Context())
}

/** run() in this process, with the runner's environment and stdout/stderr captured. */
export async function runAction(
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'led-run-'))
  const runner = runnerEnv({ dir, inputs, env })
  try {
    const r = await isolated(runner.env, async () => {
      freshGitHubContext()
      await run()
    })
    return {
      code: r.code,
      stdout: r.stdout,
      stderr: r.stderr,
      ...collect(dir, runner.outputFile, runner.summaryFile)
    }
  } finally {
    // @actions/core's summary remembers the first GITHUB_STEP_SUMMARY path it saw: each run has its own.
    core.summary.emptyBuffer()
    ;(core.summary as unknown as { _filePath?: string })._filePath = undefined
  }
}

/** `node dist/index.js` as a child process, exactly as the runner starts it. */
export async function runBundle(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  timeoutMs = 120_000
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'led-run-'))
  const runner = runnerEnv({ dir, inputs, env })
  const child = spawn(process.execPath, [DIST], { cwd: ROOT, env: runner.env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', d => (stdout += d))
  child.stderr.on('data', d => (stderr += d))
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  const code = await new Promise<number>(res => child.on('close', c => res(c ?? -1)))
  clearTimeout(timer)
  return { code, stdout, stderr, ...collect(dir, runner.outputFile, runner.summaryFile) }
}
