// Types for runner.mjs (the runner's side of running the bundled action).
export interface RunnerEnvOptions {
  /** A scratch folder for the GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. */
  dir: string
  /** Action inputs by their action.yml names; become INPUT_* variables. */
  inputs: Record<string, string>
  /** Variables under the runner's own (e.g. the caller's environment). */
  base?: Record<string, string | undefined>
  /** Variables over everything (e.g. the emulator's endpoint, a GitHub event). */
  env?: Record<string, string>
}

export function runnerEnv(o: RunnerEnvOptions): {
  outputFile: string
  summaryFile: string
  env: Record<string, string>
}

export function parseOutputs(text: string): Record<string, string>
