/**
 * The emulator's Python bootstrap (harness/python-env.mjs): which Python it picks, when it makes the
 * project's venv, and the one message it ends with when it cannot. Commands are faked, so these
 * decisions run without Python, pip or a network; the real failure path is tried by hand with
 * PYTHON=/usr/bin/python3 (a Debian Python without moto, and no package index here).
 */
import { mkdirSync, mkdtempSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  classifyPipFailure,
  ensurePython,
  nextStep,
  pinnedRequirements,
  PythonSetupError,
  READY_ENV
} from './harness/python-env.mjs'

interface Result {
  status: number | null
  output: string
  missing: boolean
}
const ok: Result = { status: 0, output: '', missing: false }
const fail = (output = 'ModuleNotFoundError: No module named moto'): Result => ({
  status: 1,
  output,
  missing: false
})

/** A fake world: which interpreters import moto, whether venv works, what pip answers. */
function world(opts: {
  pythonHasMoto?: boolean
  pythonMissing?: boolean
  venvModule?: boolean
  venvHasMoto?: boolean
  pip?: Result
}) {
  const venvDir = join(mkdtempSync(join(tmpdir(), 'led-pyenv-')), '.venv-emulator')
  const venvPython = join(venvDir, 'bin', 'python')
  let venvMoto = opts.venvHasMoto ?? false
  if (opts.venvHasMoto !== undefined) {
    mkdirSync(join(venvDir, 'bin'), { recursive: true })
    writeFileSync(venvPython, '')
  }
  const calls: string[] = []
  const run = (cmd: string, args: string[]): Result => {
    calls.push([cmd === venvPython ? 'VENV' : cmd, ...args].join(' '))
    if (cmd === 'python3') {
      if (opts.pythonMissing) return { status: null, output: 'spawn ENOENT', missing: true }
      if (args[1]?.startsWith('import moto')) return opts.pythonHasMoto ? ok : fail()
      if (args[1]?.startsWith('import venv')) return opts.venvModule ? ok : fail()
      if (args[1] === 'venv') {
        mkdirSync(join(venvDir, 'bin'), { recursive: true })
        writeFileSync(venvPython, '')
        return ok
      }
    }
    if (cmd === venvPython) {
      if (args[0] === '-c') return venvMoto ? ok : fail()
      if (args[1] === 'pip') {
        const r = opts.pip ?? ok
        if (r.status === 0) venvMoto = true
        return r
      }
    }
    throw new Error(`unexpected command ${cmd} ${args.join(' ')}`)
  }
  const logged: string[] = []
  const env: Record<string, string | undefined> = {}
  const go = () =>
    ensurePython({
      python: 'python3',
      venvDir,
      requirements: ['moto[server]==5.2.1'],
      run,
      log: (m: string) => logged.push(m),
      env
    })
  return { go, calls, logged, env, venvDir, venvPython }
}

function setupError(go: () => string): PythonSetupError {
  try {
    go()
  } catch (e) {
    if (e instanceof PythonSetupError) return e
    throw e
  }
  throw new Error('ensurePython did not fail')
}

describe('ensurePython', () => {
  it('uses $PYTHON as it is when it imports moto: no venv, nothing printed', () => {
    const w = world({ pythonHasMoto: true })
    expect(w.go()).toBe('python3')
    expect(w.calls).toEqual(['python3 -c import moto.server, werkzeug'])
    expect(w.logged).toEqual([])
    expect(existsSync(w.venvDir)).toBe(false)
    // Remembered for the jest workers and emulators started later.
    expect(w.env[READY_ENV]).toBe('python3')
  })

  it('uses the project venv made on an earlier run, without installing again', () => {
    const w = world({ venvHasMoto: true })
    expect(w.go()).toBe(w.venvPython)
    expect(w.calls.some(c => c.includes('pip install'))).toBe(false)
    expect(w.logged).toEqual([])
  })

  it('makes the venv and installs the pinned moto once, saying so', () => {
    const w = world({ venvModule: true })
    expect(w.go()).toBe(w.venvPython)
    expect(w.calls).toEqual([
      'python3 -c import moto.server, werkzeug',
      'python3 -c import venv, ensurepip',
      `python3 -m venv ${w.venvDir}`,
      expect.stringMatching(/^VENV -m pip install .*moto\[server\]==5\.2\.1$/),
      'VENV -c import moto.server, werkzeug'
    ])
    expect(w.logged).toHaveLength(2)
    expect(w.logged[0]).toMatch(/python3 has no moto: creating .*venv-emulator .*\(once\)/)
    expect(w.logged[1]).toMatch(/Installing moto\[server\]==5\.2\.1 into .* \(once\)/)
  })

  it('retries only the install when an earlier install failed (the venv is kept)', () => {
    const w = world({ venvHasMoto: false })
    expect(w.go()).toBe(w.venvPython)
    expect(w.calls.some(c => c.includes('-m venv'))).toBe(false)
    expect(w.calls.some(c => c.includes('pip install'))).toBe(true)
  })

  it('without the venv module: one message naming it and the command that adds it', () => {
    const w = world({ venvModule: false })
    const e = setupError(w.go)
    expect(e.message).toMatch(/no "venv"\/"ensurepip" module/)
    expect(e.message).toContain('sudo apt-get install python3-venv')
    expect(e.message).toContain('PYTHON=')
    expect(e.message).not.toMatch(/^\s+at /m)
    expect(existsSync(w.venvDir)).toBe(false)
  })

  it('without a package index: one message naming it and the exact pip command', () => {
    const offline = fail(
      'ERROR: Could not find a version that satisfies the requirement moto[server]==5.2.1\n' +
        'ERROR: No matching distribution found for moto[server]==5.2.1\n'
    )
    const w = world({ venvModule: true, pip: offline })
    const e = setupError(w.go)
    expect(e.message).toContain('could not reach a Python package index')
    expect(e.message).toContain(`${w.venvPython} -m pip install 'moto[server]==5.2.1'`)
    expect(e.message).toContain('No matching distribution found')
    expect(e.message).not.toMatch(/^\s+at /m)
  })

  it('with a pip failure of another kind: tells the user to run the install to see why', () => {
    const w = world({ venvModule: true, pip: fail('ERROR: disk full') })
    expect(setupError(w.go).message).toMatch(/installing it in .* failed[\s\S]*Run it yourself/)
  })

  it('when $PYTHON cannot be run at all: names it', () => {
    const w = world({ pythonMissing: true })
    expect(setupError(w.go).message).toMatch(/"python3" cannot be run/)
  })

  it('trusts a Python found earlier in this process tree, without probing again', () => {
    const w = world({})
    w.env[READY_ENV] = '/opt/py/bin/python3'
    expect(w.go()).toBe('/opt/py/bin/python3')
    expect(w.calls).toEqual([])
  })
})

describe('nextStep', () => {
  it.each([
    [
      { python: 'ok', venv: 'absent' },
      { kind: 'use', which: 'python' }
    ],
    [
      { python: 'no-moto', venv: 'ok' },
      { kind: 'use', which: 'venv' }
    ],
    [{ python: 'no-moto', venv: 'no-moto' }, { kind: 'install' }],
    [
      { python: 'missing', venv: 'absent' },
      { kind: 'fail', missing: 'python' }
    ],
    [{ python: 'no-moto', venv: 'absent' }, { kind: 'probe-venv-module' }],
    [
      { python: 'no-moto', venv: 'absent', venvModule: false },
      { kind: 'fail', missing: 'venv-module' }
    ],
    [{ python: 'no-moto', venv: 'absent', venvModule: true }, { kind: 'create-venv' }]
  ])('%j -> %j', (facts, step) => {
    expect(nextStep(facts)).toEqual(step)
  })
})

describe('classifyPipFailure', () => {
  it.each([
    ['ERROR: No matching distribution found for moto', 'index'],
    [
      "Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'",
      'index'
    ],
    ['ERROR: Could not install packages due to an OSError: [Errno 28] No space left', 'pip']
  ])('%s -> %s', (output, kind) => {
    expect(classifyPipFailure(output)).toBe(kind)
  })
})

describe('the pinned requirements', () => {
  it('pin moto with its server extras to one exact 5.2 release', () => {
    const lines = pinnedRequirements()
    expect(lines).toEqual([expect.stringMatching(/^moto\[server\]==5\.2\.\d+$/)])
  })
})
