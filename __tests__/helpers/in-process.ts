/**
 * Runs the engine in-process against the emulator, as the action's shell does but without the
 * bundle: the same Config from the same inputs, a Log that records lines, an injectable identity
 * (two "runners" in one test) and cancel signal.
 */
import { parseConfig } from '../../src/config.js'
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
  const cfg = parseConfig(name => inputs[name] ?? '')
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
