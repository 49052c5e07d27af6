// jest globalSetup: settle the emulator's Python once, before the workers start (they inherit
// process.env, so each startEmulator() reuses the answer). When it cannot be had, one message and
// exit 1, rather than every suite failing with the same stack trace.
import { ensurePython, PythonSetupError } from './python-env.mjs'

export default function globalSetup() {
  try {
    ensurePython()
  } catch (e) {
    if (!(e instanceof PythonSetupError)) throw e
    process.stderr.write(`\n${e.message}\n`)
    process.exit(1)
  }
}
