/**
 * The smoke run: unpack the package that would be uploaded, run the handler on each event in a
 * child process of the runtime's family, and return what each invocation answered. Judging the
 * answers is the rule table's job (the `response-...` rows). The child gets a clean environment:
 * no AWS or GitHub credentials, no NODE_OPTIONS or PYTHONPATH from the runner.
 */
import { writeFile } from 'node:fs/promises'
import { delimiter, join } from 'node:path'
import { accessSync, constants } from 'node:fs'
import type { EventType } from '../edge.js'
import type { OpenedPackage } from '../package/facts.js'
import { parseHandler } from '../package/handler.js'
import type { FunctionFacts } from '../rules/facts.js'
import { INIT_LIMIT_MS } from '../rules/limits.js'
import { runtimeFamily } from '../rules/runtimes.js'
import { builtInEvent, type CfEvent } from './events.js'
import { invoke, type ChildSpec, type Invocation } from './invoke.js'
import { NODE_RUNNER } from './runner-node.js'
import { PYTHON_RUNNER } from './runner-python.js'
import { unpack } from './unpack.js'
import type { UserEvent } from './user-events.js'

export interface SmokeRun {
  /** `built-in viewer-request event`, or the user's file. */
  eventFile: string
  builtIn: boolean
  event: CfEvent
  invocation: Invocation
}

export interface SmokeFacts {
  runtime: string
  /** Set when nothing ran: why, and whether that deserves a warning. */
  skipped?: { reason: string; warn: boolean }
  runs: SmokeRun[]
  /** Wall time of the whole smoke run, unpacking included. */
  elapsedMs: number
}

export interface SmokeInput {
  pkg: OpenedPackage
  /** The function as it will be published (runtime, handler, memory, timeout). */
  fn: FunctionFacts
  eventType: EventType
  includeBody: boolean
  userEvents: UserEvent[]
  /** Where to look for python3 (the runner's PATH unless a test says otherwise). */
  path?: string
}

const MB = 1_048_576
// Python's address-space limit also counts the interpreter and its shared libraries, which a
// heap limit does not: this much on top of the function's memory keeps a small handler runnable.
const PYTHON_OVERHEAD_MB = 256
const PARALLEL = 2

export const nodeMajor = (runtime: string): number | undefined => {
  const m = /^nodejs(\d+)/.exec(runtime)
  return m ? Number(m[1]) : undefined
}

/** The first executable `name` on a PATH, like `command -v`. */
export function findOnPath(name: string, path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here
    }
  }
  return undefined
}

/** What Lambda sets for a function, minus anything secret; nothing inherited but PATH. */
function cleanEnv(fn: FunctionFacts, taskRoot: string, home: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    LANG: 'C.UTF-8',
    TZ: ':UTC',
    LAMBDA_TASK_ROOT: taskRoot,
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_EXECUTION_ENV: `AWS_Lambda_${fn.runtime ?? ''}`,
    AWS_LAMBDA_FUNCTION_NAME: `us-east-1.${fn.name}`,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memorySize),
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    // An SDK call without credentials fails at once instead of probing the instance metadata.
    AWS_EC2_METADATA_DISABLED: 'true',
    PYTHONDONTWRITEBYTECODE: '1'
  }
}

async function pool<T, R>(
  items: T[],
  n: number,
  fn: (t: T, i: number) => Promise<R>
): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) out[i] = await fn(items[i]!, i)
  }
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker))
  return out
}

const skipped = (runtime: string, reason: string, warn: boolean, t0: number): SmokeFacts => ({
  runtime,
  skipped: { reason, warn },
  runs: [],
  elapsedMs: Math.round(performance.now() - t0)
})

export async function runSmoke(input: SmokeInput): Promise<SmokeFacts> {
  const t0 = performance.now()
  const { fn, eventType } = input
  const runtime = fn.runtime ?? ''
  const family = runtimeFamily(runtime)
  const parsed = family && fn.handler ? parseHandler(fn.handler, family) : undefined
  if (!family || !parsed?.ok) return skipped(runtime, 'no runnable handler', false, t0)
  const python = family === 'python' ? findOnPath('python3', input.path) : undefined
  if (family === 'python' && !python)
    return skipped(
      runtime,
      'no python3 on PATH, so the handler could not be run here: add actions/setup-python before this step',
      true,
      t0
    )
  const dir = await unpack(input.pkg)
  try {
    const runnerFile = join(dir.root, family === 'python' ? 'runner.py' : 'runner.mjs')
    await writeFile(runnerFile, family === 'python' ? PYTHON_RUNNER : NODE_RUNNER)
    const events = [
      {
        file: `built-in ${eventType} event`,
        builtIn: true,
        event: builtInEvent(eventType, input.includeBody)
      },
      ...input.userEvents.map(e => ({ ...e, builtIn: false }))
    ]
    const major = nodeMajor(runtime) ?? 0
    const runs = await pool(events, PARALLEL, async (e, i) => {
      const eventFile = join(dir.root, `event-${i}.json`)
      await writeFile(eventFile, JSON.stringify(e.event))
      const cfg = {
        taskRoot: dir.taskRoot,
        module: parsed.target.module,
        propertyPath: parsed.target.propertyPath,
        exportName: parsed.target.exportName,
        eventFile,
        timeoutMs: fn.timeout * 1000,
        memoryMb: fn.memorySize,
        memoryBytes: (fn.memorySize + PYTHON_OVERHEAD_MB) * MB,
        functionName: fn.name,
        functionVersion: '$LATEST',
        functionArn: fn.arn,
        refuseCallback: major >= 24,
        awaitsSyncReturn: major >= 24
      }
      const spec: ChildSpec = {
        command: python ?? process.execPath,
        args: python
          ? ['-I', '-B', runnerFile, JSON.stringify(cfg)]
          : [`--max-old-space-size=${fn.memorySize}`, runnerFile, JSON.stringify(cfg)],
        env: cleanEnv(fn, dir.taskRoot, dir.root),
        cwd: dir.taskRoot,
        timeoutMs: fn.timeout * 1000,
        initLimitMs: INIT_LIMIT_MS
      }
      const invocation = await invoke(spec)
      return { eventFile: e.file, builtIn: e.builtIn, event: e.event, invocation }
    })
    return { runtime, runs, elapsedMs: Math.round(performance.now() - t0) }
  } finally {
    await dir.cleanup()
  }
}
