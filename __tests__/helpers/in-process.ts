/**
 * In-process runs, without the bundle:
 * - isolated(): a shell (the action's run(), the CLI's main()) in this process as if it were its
 *   own: its environment is exactly `env`, its stdout/stderr are captured, and process.env and
 *   exitCode are put back afterwards. Tests in one file run one at a time, so swapping the globals
 *   is safe.
 * - runEngine(): the engine against the emulator, as the action's shell runs it: the same Config
 *   from the same inputs, a Log that records lines, an injectable identity (two "runners" in one
 *   test) and cancel signal.
 */
import { jest } from '@jest/globals'
import { functionListParser, parseConfig } from '../../src/config.js'
import { execute } from '../../src/engine.js'
import type { Log } from '../../src/log.js'
import { runIdentity, type Lease } from '../../src/lock.js'
import type { Outcome } from '../../src/outcome.js'
import type { Emulator } from '../harness/emulator.mjs'

export function useEmulatorEnv(em: Emulator): void {
  for (const [k, v] of Object.entries(em.env)) process.env[k] = v
}

export function runner(
  repo: string,
  run: string,
  attempt = 1,
  token = `${repo}-${run}-${attempt}`
): Lease {
  return runIdentity(
    {
      GITHUB_REPOSITORY: repo,
      GITHUB_RUN_ID: run,
      GITHUB_RUN_ATTEMPT: String(attempt),
      GITHUB_ACTOR: 'octocat'
    },
    { host: 'h', user: 'u', pid: 1 },
    token
  )
}

export interface InProcessRun {
  outcome: Outcome
  lines: string[]
}

export async function runEngine(
  inputs: Record<string, string>,
  o: { identity?: Lease; signal?: AbortSignal; onLine?: (line: string) => void } = {}
): Promise<InProcessRun> {
  const get = (name: string): string => inputs[name] ?? ''
  const cfg = parseConfig(get, await functionListParser(get))
  if (!cfg.ok) throw new Error(JSON.stringify(cfg.error))
  const lines: string[] = []
  const say = (l: string): void => {
    lines.push(l)
    o.onLine?.(l)
  }
  const log: Log = {
    info: say,
    warning: m => say(`warning: ${m}`),
    group: async (title, fn) => {
      say(title)
      return fn()
    },
    progress: (id, status) => say(`poll ${id} ${status}`)
  }
  const outcome = await execute(cfg.value, {
    log,
    defaultDescription: 'in-process test',
    identity: o.identity ?? runner('octo/edge-site', '1000'),
    signal: o.signal
  })
  return { outcome, lines }
}

export interface Isolated<T> {
  value: T
  stdout: string
  stderr: string
  /** process.exitCode as the shell left it (0 when unset). */
  code: number
}

/** Swap process.env's contents in place: modules hold a reference to the object itself. */
function replaceEnv(next: Record<string, string | undefined>): void {
  for (const k of Object.keys(process.env)) delete process.env[k]
  Object.assign(process.env, next)
}

export async function isolated<T>(
  env: Record<string, string>,
  fn: () => Promise<T>
): Promise<Isolated<T>> {
  const saved = { ...process.env }
  const savedExitCode = process.exitCode
  let stdout = ''
  let stderr = ''
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout += String(chunk)
    return true
  })
  const err = jest.spyOn(process.stderr, 'write').mockImplementation(chunk => {
    stderr += String(chunk)
    return true
  })
  replaceEnv(env)
  process.exitCode = undefined
  try {
    const value = await fn()
    return { value, stdout, stderr, code: Number(process.exitCode ?? 0) }
  } finally {
    out.mockRestore()
    err.mockRestore()
    replaceEnv(saved)
    process.exitCode = savedExitCode
  }
}
