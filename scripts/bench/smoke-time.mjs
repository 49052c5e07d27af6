#!/usr/bin/env node
// What the smoke run adds to `mode: validate` on the example handler (examples/security-headers,
// viewer-response): the bundled action run with smoke-test true and false, interleaved, against a
// local emulator. Prints the medians and the smoke run's own time as the action logs it.
// Needs a built dist/ (npm run package).
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { createEdgeRole, createFunction, startEmulator } from '../../__tests__/harness/emulator.mjs'
import { interleaved, ms, summarize, timed } from './measure.mjs'
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
  const cpu = { true: [], false: [] }
  const contender = smoke => async () => {
    // peakRss runs it under GNU time, whose CPU figure includes the smoke run's child process.
    const r = await runAction(em, tmp, inputs(smoke), { timeoutMs: 60_000, peakRss: true })
    if (r.outputs.status !== 'validated') throw new Error(`validate failed: ${r.stdout}`)
    const m = /Smoke run: .* in (\d+) ms/.exec(r.stdout)
    if (smoke && m) logged.push(Number(m[1]))
    cpu[smoke].push(r.cpuMs ?? NaN)
    return r.wallMs
  }
  await contender(true)() // warm-up: first-run disk and emulator caches
  const [on, off] = await interleaved(RUNS, contender(true), contender(false))
  const line = (label, xs) => {
    const x = summarize(xs)
    return `  ${label} ${ms(x.median)} (${ms(x.min)}..${ms(x.max)})`
  }
  const bare = []
  for (let i = 0; i < RUNS; i++) bare.push((await timed(process.execPath, ['-e', '0'])).wallMs)
  console.log(
    `validate on the example, ${RUNS} runs each (median, min..max), load ${os.loadavg()[0]}:`
  )
  console.log(line('wall, smoke-test: true  ', on))
  console.log(line('wall, smoke-test: false ', off))
  console.log(
    `  wall added (difference of medians): ${ms(summarize(on).median - summarize(off).median)}`
  )
  console.log(line('CPU, smoke-test: true   ', cpu.true))
  console.log(line('CPU, smoke-test: false  ', cpu.false))
  console.log(line('smoke run as logged     ', logged))
  console.log(line('a bare `node -e 0` start', bare))
} finally {
  await em.stop()
  rmSync(tmp, { recursive: true, force: true })
}
