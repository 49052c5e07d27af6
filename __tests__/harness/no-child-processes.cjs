// jest setupFiles for `npm run test:unit`: the unit subset starts no program (no emulator, no Python,
// no node child), so that it stays fast. A suite that needs one is an integration suite: name it
// *.integration.test.ts and `npm test` runs it. Node's built-in modules are shared by every test file
// of a worker, so wrapping child_process's functions here covers the suites and src/ alike.
// CommonJS on purpose: an ESM import here would make jest build (and cache) the test context's
// view of node:child_process before the functions below are wrapped.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose (above) */
const childProcess = require('node:child_process')
const { basename } = require('node:path')

// mkfifo makes a named pipe, which Node cannot do itself: a fixture, not a program under test.
const ALLOWED = new Set(['mkfifo'])
const GUARD = Symbol.for('lambda-edge-deploy.no-child-processes')

if (!childProcess[GUARD]) {
  childProcess[GUARD] = true
  for (const name of [
    'spawn',
    'spawnSync',
    'exec',
    'execSync',
    'execFile',
    'execFileSync',
    'fork'
  ]) {
    const original = childProcess[name]
    childProcess[name] = function (command, ...rest) {
      const program = basename(String(command).trim().split(/\s+/)[0] ?? '')
      if (ALLOWED.has(program)) return original.call(this, command, ...rest)
      throw new Error(
        `npm run test:unit starts no child process, and this test ran ${program} (${name}): ` +
          'rename its file to *.integration.test.ts (npm test runs those)'
      )
    }
  }
}
