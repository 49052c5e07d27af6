// Types for python-env.mjs (finds or makes the Python that runs the AWS emulator).
export const ROOT: string
export const VENV: string
export const REQUIREMENTS: string
export const READY_ENV: string
export class PythonSetupError extends Error {}
export function pinnedRequirements(text?: string): string[]
export interface Facts {
  python: 'ok' | 'no-moto' | 'missing' | string
  venv: 'ok' | 'no-moto' | 'absent' | string
  venvModule?: boolean
}
export type Step =
  | { kind: 'use'; which: 'python' | 'venv' }
  | { kind: 'install' }
  | { kind: 'probe-venv-module' }
  | { kind: 'create-venv' }
  | { kind: 'fail'; missing: 'python' | 'venv-module' }
export function nextStep(facts: Facts): Step
export function classifyPipFailure(output: string): 'index' | 'pip'
export function failureMessage(opts: {
  missing: 'python' | 'venv-module' | 'index' | 'pip'
  python: string
  venvDir: string
  requirements: string[]
  detail?: string
}): string
export interface CommandResult {
  status: number | null
  output: string
  missing: boolean
}
export function runCommand(cmd: string, args: string[], timeoutMs: number): CommandResult
export function ensurePython(opts?: {
  python?: string
  venvDir?: string
  requirements?: string[]
  run?: (cmd: string, args: string[], timeoutMs: number) => CommandResult
  log?: (message: string) => void
  env?: Record<string, string | undefined>
}): string
export function reportSetupError(e: unknown): never
