// The runner's side of running the bundled action, shared by the tests, the demo and the bench:
// the environment a GitHub runner gives `node dist/index.js` (INPUT_* variables, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files, the repository and commit), and reading GITHUB_OUTPUT back.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

export function runnerEnv({ dir, inputs, base = {}, env = {} }) {
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])
  )
  return {
    outputFile,
    summaryFile,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      ...base,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_REPOSITORY: 'octo/edge-site',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_RUN_NUMBER: '42',
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      AWS_EC2_METADATA_DISABLED: 'true',
      ...inputEnv,
      ...env
    }
  }
}

/** The GITHUB_OUTPUT file's `name<<DELIMITER` ... `DELIMITER` blocks, as @actions/core writes them. */
export function parseOutputs(text) {
  const out = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const [, name, delim] = m
    const value = []
    for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i])
    out[name] = value.join('\n')
  }
  return out
}
