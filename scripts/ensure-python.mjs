#!/usr/bin/env node
// Prints the Python that runs the AWS emulator (making the project's venv if needed), for shell
// scripts such as .ci/run: PYTHON="$(node scripts/ensure-python.mjs)". On failure: one message, exit 1.
import { ensurePython, reportSetupError } from '../__tests__/harness/python-env.mjs'

try {
  process.stdout.write(`${ensurePython()}\n`)
} catch (e) {
  reportSetupError(e)
}
