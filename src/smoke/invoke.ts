/**
 * One invocation in a child process: the runner program reports on fd 3, its stdout and stderr
 * are the handler's logs. Start-up has its own limit; the function's timeout counts from the
 * invocation, as in Lambda. Past either, the child is killed.
 */
import { spawn } from 'node:child_process'

export type InvocationOutcome =
  | { kind: 'returned'; value: unknown; how: string }
  | { kind: 'threw'; name: string; message: string; stack?: string; phase?: 'init' }
  | { kind: 'module-missing'; module: string; message: string; phase?: 'init' }
  | { kind: 'handler-missing'; message: string }
  | { kind: 'callback-refused'; arity: number }
  | { kind: 'no-answer'; syncReturn: boolean; pendingPromise?: boolean }
  | { kind: 'timeout'; limitMs: number; phase: 'init' | 'invoke' }
  | { kind: 'crashed'; message: string }

export interface Invocation {
  outcome: InvocationOutcome
  /** From the start of the invocation (not the start-up) to the answer. */
  durationMs: number
  callbackStyle: boolean
  /** The last lines the handler wrote to stdout and stderr. */
  logs: string
}

export interface ChildSpec {
  command: string
  args: string[]
  env: Record<string, string>
  cwd: string
  timeoutMs: number
  initLimitMs: number
}

const LOG_LIMIT = 4096

export function invoke(spec: ChildSpec): Promise<Invocation> {
  return new Promise(resolvePromise => {
    const child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: spec.env,
      stdio: ['ignore', 'pipe', 'pipe', 'pipe']
    })
    let logs = ''
    let report = ''
    let outcome: InvocationOutcome | undefined
    let invokedAt: number | undefined
    let callbackStyle = false
    const keepLog = (c: Buffer): void => {
      logs = (logs + c.toString('utf8')).slice(-LOG_LIMIT)
    }
    child.stdout!.on('data', keepLog)
    child.stderr!.on('data', keepLog)
    const kill = (phase: 'init' | 'invoke', limitMs: number): void => {
      outcome ??= { kind: 'timeout', limitMs, phase }
      child.kill('SIGKILL')
    }
    let timer = setTimeout(() => kill('init', spec.initLimitMs), spec.initLimitMs)
    const onLine = (line: string): void => {
      const msg = JSON.parse(line) as
        { phase: 'invoke'; callbackStyle?: boolean; kind?: undefined } | InvocationOutcome
      if (msg.kind === undefined) {
        invokedAt = performance.now()
        callbackStyle = msg.callbackStyle === true
        clearTimeout(timer)
        timer = setTimeout(() => kill('invoke', spec.timeoutMs), spec.timeoutMs)
      } else outcome ??= msg
    }
    ;(child.stdio[3] as NodeJS.ReadableStream).on('data', (c: Buffer) => {
      report += c.toString('utf8')
      for (let i = report.indexOf('\n'); i >= 0; i = report.indexOf('\n')) {
        const line = report.slice(0, i)
        report = report.slice(i + 1)
        if (line.trim() !== '') onLine(line)
      }
    })
    const settle = (why: string): void => {
      clearTimeout(timer)
      resolvePromise({
        outcome: outcome ?? { kind: 'crashed', message: `${why}${tail(logs)}` },
        durationMs: invokedAt === undefined ? 0 : Math.round(performance.now() - invokedAt),
        callbackStyle,
        logs
      })
    }
    child.on('error', e => settle(`could not start ${spec.command}: ${e.message}`))
    child.on('close', (code, signal) =>
      settle(
        signal ? `the process was killed by ${signal}` : `the process exited with code ${code}`
      )
    )
  })
}

const tail = (logs: string): string => {
  const lines = logs.trim().split('\n').slice(-3).join(' | ')
  return lines ? `: ${lines}` : ''
}
