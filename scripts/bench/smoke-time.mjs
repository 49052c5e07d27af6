#!/usr/bin/env node
// What the smoke run adds to `mode: validate` on the example handler (examples/security-headers,
// viewer-response): the bundled action run with smoke-test true and false, interleaved, against a
// local emulator. Prints the medians and the smoke run's own time as the action logs it.
// Needs a built dist/ (npm run package).
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { createEdgeRole, createFunction, startEmulator } from '../../__tests__/harness/emulator.mjs'
import { interleaved, ms, summarize } from './measure.mjs'
import { ROOT, runAction, zipOf } from './world.mjs'

const RUNS = Number(process.argv[2] ?? 9)
const em = await startEmulator()
const tmp = mkdtempSync(join(os.tmpdir(), 'led-smoke-time-'))
try {
  const role = await createEdgeRole(em, { name: 'smoke-time-role' })
  await createFunction(em, {
    name: 'smoke-time',
    roleArn: role,
    zip: await zipOf({
      'index.mjs': 'export const handler = async e => e.Records[0].cf.response\n'
    }),
    runtime: 'nodejs22.x',
    handler: 'index.handler',
    memorySize: 128,
    timeout: 5
  })
  const inputs = smoke => ({
    mode: 'validate',
    'function-name': 'smoke-time',
    package: join(ROOT, 'examples', 'security-headers'),
    'event-type': 'viewer-response',
    'smoke-test': String(smoke)
  })
  const logged = []
  const contender = smoke => async () => {
    const r = await runAction(em, tmp, inputs(smoke), { timeoutMs: 60_000 })
    if (r.outputs.status !== 'validated') throw new Error(`validate failed: ${r.stdout}`)
    const m = /Smoke run: .* in (\d+) ms/.exec(r.stdout)
    if (smoke && m) logged.push(Number(m[1]))
    return r.wallMs
  }
  await contender(true)() // warm-up: first-run disk and emulator caches
  const [on, off] = await interleaved(RUNS, contender(true), contender(false))
  const a = summarize(on)
  const b = summarize(off)
  const s = summarize(logged)
  console.log(`validate on the example, ${RUNS} runs each (median, min..max):`)
  console.log(`  smoke-test: true   ${ms(a.median)} (${ms(a.min)}..${ms(a.max)})`)
  console.log(`  smoke-test: false  ${ms(b.median)} (${ms(b.min)}..${ms(b.max)})`)
  console.log(`  added (difference of medians): ${ms(a.median - b.median)}`)
  console.log(`  smoke run as logged by the action: ${ms(s.median)} (${ms(s.min)}..${ms(s.max)})`)
} finally {
  await em.stop()
  rmSync(tmp, { recursive: true, force: true })
}
