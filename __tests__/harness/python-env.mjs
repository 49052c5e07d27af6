// Finds a Python that can run the AWS emulator, or makes one: the one path the tests (jest
// globalSetup), the demo, the bench and .ci/run all take before starting edge_moto.py.
//
// $PYTHON (default python3) is used as is when it imports moto.server. Otherwise the project keeps its
// own virtual environment in the repository (.venv-emulator, ignored by git) and installs the pinned
// moto there once. When that cannot work (no Python, no venv module, no package index) it fails with
// one message that names what is missing and the commands that fix it.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '..', '..')
export const VENV = join(ROOT, '.venv-emulator')
export const REQUIREMENTS = join(import.meta.dirname, 'requirements.txt')
/** Set once a Python is known to work, so emulators started later (jest workers) skip the probe. */
export const READY_ENV = 'LED_EMULATOR_PYTHON'

const PROBE_MOTO = 'import moto.server, werkzeug'
const PROBE_VENV = 'import venv, ensurepip'

/** A failure whose message is the whole story: print it, no stack trace. */
export class PythonSetupError extends Error {
  constructor(message) {
    super(message)
    this.name = 'PythonSetupError'
  }
}

/** The pinned requirement lines (comments dropped), e.g. ["moto[server]==5.2.1"]. */
export function pinnedRequirements(text = readFileSync(REQUIREMENTS, 'utf8')) {
  return text
    .split('\n')
    .map(l => l.replace(/#.*/, '').trim())
    .filter(Boolean)
}

/**
 * The next step, from what is known so far (pure). Facts: python ('ok' | 'no-moto' | 'missing'),
 * venv ('ok' | 'no-moto' | 'absent'), venvModule (boolean, only needed once both lack moto).
 */
export function nextStep({ python, venv, venvModule }) {
  if (python === 'ok') return { kind: 'use', which: 'python' }
  if (venv === 'ok') return { kind: 'use', which: 'venv' }
  if (venv === 'no-moto') return { kind: 'install' }
  if (python === 'missing') return { kind: 'fail', missing: 'python' }
  if (venvModule === undefined) return { kind: 'probe-venv-module' }
  if (!venvModule) return { kind: 'fail', missing: 'venv-module' }
  return { kind: 'create-venv' }
}

/** Why pip failed, from its output: the index could not be reached, or something else. */
export function classifyPipFailure(output) {
  const offline =
    /(Could not find a version that satisfies|No matching distribution found|Failed to establish a new connection|Temporary failure in name resolution|Network is unreachable|Connection refused|ConnectTimeout|ReadTimeout|ProxyError|SSLError)/i
  return offline.test(output) ? 'index' : 'pip'
}

/** The one message for a setup that cannot be completed here (pure). */
export function failureMessage({ missing, python, venvDir, requirements, detail }) {
  const rel = relative(ROOT, venvDir).startsWith('..') ? venvDir : relative(ROOT, venvDir)
  const install = `${join(venvDir, 'bin', 'python')} -m pip install ${requirements.map(r => `'${r}'`).join(' ')}`
  const useOther = `Or point PYTHON at a Python that already has it: PYTHON=/path/to/python3 npm test`
  const lines = {
    python: [
      `The AWS emulator needs Python 3, and "${python}" cannot be run.`,
      `Install Python 3 (Debian/Ubuntu: sudo apt-get install python3 python3-venv),`,
      useOther
    ],
    'venv-module': [
      `The AWS emulator needs moto, which ${python} does not have, and ${python} cannot create a`,
      `virtual environment to install it in (no "venv"/"ensurepip" module). Fix it with:`,
      `  sudo apt-get install python3-venv     # Debian/Ubuntu; then run the same command again`,
      useOther
    ],
    index: [
      `The AWS emulator needs moto, which ${python} does not have. A virtual environment was made in`,
      `${rel}, but pip could not reach a Python package index to install ${requirements.join(' ')}.`,
      `Connect to the network (or set PIP_INDEX_URL to a mirror) and run:`,
      `  ${install}`,
      useOther
    ],
    pip: [
      `The AWS emulator needs moto, which ${python} does not have, and installing it in ${rel} failed.`,
      `Run it yourself to see why:`,
      `  ${install}`,
      useOther
    ]
  }[missing]
  const tail = detail ? `\n(last line from pip: ${detail})` : ''
  return lines.join('\n') + tail
}

/** Run a command; never throws. Injected in tests so the decisions run without child processes. */
export function runCommand(cmd, args, timeoutMs) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: timeoutMs })
  if (r.error) return { status: null, output: r.error.message, missing: r.error.code === 'ENOENT' }
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}`, missing: false }
}

function probe(run, python, code) {
  const r = run(python, ['-c', code], 60_000)
  if (r.missing) return 'missing'
  return r.status === 0 ? 'ok' : 'no-moto'
}

/**
 * A Python that imports moto.server: $PYTHON, or the project's venv (made and filled if needed).
 * Throws PythonSetupError with the one message to show when neither can be had.
 */
export function ensurePython({
  python = process.env.PYTHON || 'python3',
  venvDir = VENV,
  requirements = pinnedRequirements(),
  run = runCommand,
  log = message => process.stderr.write(`${message}\n`),
  env = process.env
} = {}) {
  if (env[READY_ENV]) return env[READY_ENV]
  const venvPython = join(venvDir, 'bin', 'python')
  const facts = { python: probe(run, python, PROBE_MOTO) }
  facts.venv =
    facts.python === 'ok'
      ? 'absent'
      : existsSync(venvPython)
        ? probe(run, venvPython, PROBE_MOTO)
        : 'absent'
  for (;;) {
    const step = nextStep(facts)
    if (step.kind === 'use') {
      const chosen = step.which === 'python' ? python : venvPython
      env[READY_ENV] = chosen
      return chosen
    }
    if (step.kind === 'fail')
      throw new PythonSetupError(
        failureMessage({ missing: step.missing, python, venvDir, requirements })
      )
    if (step.kind === 'probe-venv-module')
      facts.venvModule = probe(run, python, PROBE_VENV) === 'ok'
    if (step.kind === 'create-venv') {
      log(`${python} has no moto: creating ${relative(ROOT, venvDir)} for the AWS emulator (once).`)
      const made = run(python, ['-m', 'venv', venvDir], 120_000)
      if (made.status !== 0) {
        throw new PythonSetupError(
          failureMessage({ missing: 'venv-module', python, venvDir, requirements })
        )
      }
      facts.venv = 'no-moto'
    }
    if (step.kind === 'install') {
      log(`Installing ${requirements.join(' ')} into ${relative(ROOT, venvDir)} (once)...`)
      const pip = run(
        venvPython,
        [
          '-m',
          'pip',
          'install',
          '--disable-pip-version-check',
          '--quiet',
          '--retries',
          '1',
          '--timeout',
          '15',
          ...requirements
        ],
        600_000
      )
      if (pip.status !== 0) {
        const detail = pip.output.trim().split('\n').filter(Boolean).pop()
        throw new PythonSetupError(
          failureMessage({
            missing: classifyPipFailure(pip.output),
            python,
            venvDir,
            requirements,
            detail
          })
        )
      }
      facts.venv = probe(run, venvPython, PROBE_MOTO)
      if (facts.venv !== 'ok') {
        throw new PythonSetupError(
          failureMessage({ missing: 'pip', python, venvDir, requirements })
        )
      }
    }
  }
}

/** For scripts: print a PythonSetupError's message alone and exit 1; anything else is a bug, rethrow. */
export function reportSetupError(e) {
  if (!(e instanceof PythonSetupError)) throw e
  process.stderr.write(`${e.message}\n`)
  process.exit(1)
}
