/**
 * Runs a shell (the action's run(), the CLI's main()) in this process as if it were its own: its
 * environment is exactly `env`, its stdout/stderr are captured, and process.env and exitCode are
 * put back afterwards. Tests in one file run one at a time, so swapping the globals is safe.
 */
import { jest } from '@jest/globals'

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
