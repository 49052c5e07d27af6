/**
 * Runs the CLI with arguments and an environment, and returns what a terminal would show.
 * runCli calls src/cli.ts's main() in this process (coverage, no bundle rebuild needed);
 * runCliBundle starts `node dist/cli/index.js`, which is what npm installs.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { isolated } from './in-process.js'
import { ROOT } from './paths.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

type Main = (argv: string[]) => Promise<number>
let loaded: Main | undefined

async function cliMain(): Promise<Main> {
  if (loaded) return loaded
  // src/cli.ts runs main(process.argv) as it loads (it is the bin): load it with --version, which
  // only prints the version, then call its exported main() per test.
  const argv = process.argv
  process.argv = [argv[0]!, 'lambda-edge-deploy', '--version']
  try {
    const { value } = await isolated({}, () => import('../../src/cli.js'))
    loaded = value.main
  } finally {
    process.argv = argv
  }
  return loaded
}

/** The standard environment of a terminal or another CI: only what the caller gives, plus PATH/HOME. */
const baseEnv = (env: Record<string, string>, home: string) => ({
  PATH: process.env.PATH ?? '',
  HOME: home,
  ...env
})

export async function runCli(
  args: string[],
  env: Record<string, string>,
  home: string
): Promise<CliRun> {
  const main = await cliMain()
  const r = await isolated(baseEnv(env, home), () => main(args))
  return { code: r.value, stdout: r.stdout, stderr: r.stderr }
}

export function runCliBundle(
  args: string[],
  env: Record<string, string>,
  home: string
): Promise<CliRun> {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli', 'index.js'), ...args], {
    env: baseEnv(env, home)
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', d => (stdout += d))
  child.stderr.on('data', d => (stderr += d))
  return new Promise(res => child.on('close', code => res({ code: code ?? -1, stdout, stderr })))
}
