/**
 * The bake as a new user meets it: the bundled action (node dist/index.js) and the CLI with --json,
 * against the emulator, with CloudFront's metrics put into moto's CloudWatch second by second.
 */
import { spawn } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  createDistribution,
  getDistributionConfig,
  startEmulator,
  type Emulator
} from './harness/emulator.mjs'
import { seedHistory, startTraffic, type Traffic } from './helpers/metrics.js'
import { ROOT, runBundle as runAction } from './helpers/run-action.js'
import { edgeFunction, handlerFolder, publishVersion } from './helpers/world.js'

let em: Emulator
beforeAll(async () => {
  em = await startEmulator()
}, 60_000)
afterAll(async () => em?.stop())
beforeEach(async () => em.reset())

async function site() {
  const fnArn = await edgeFunction(em, 'headers')
  const v1 = await publishVersion(em, 'headers')
  const dist = await createDistribution(em, {
    associations: [{ cacheBehavior: 'default', eventType: 'viewer-response', arn: v1 }]
  })
  await em.markDeployed(dist.id)
  return { fnArn, dist }
}

const live = async (id: string) =>
  (await getDistributionConfig(em, id)).config.DefaultCacheBehavior!.LambdaFunctionAssociations!
    .Items![0]!.LambdaFunctionARN

/** True from the deploy's UpdateDistribution on (the emulator is Deployed right after it). */
function deployWatch(): { written: () => boolean; stop: () => void } {
  let written = false
  const timer = setInterval(() => {
    void em.requests().then(rs => {
      if (rs.some(r => r.operation === 'UpdateDistribution')) written = true
    })
  }, 100)
  return { written: () => written, stop: () => clearInterval(timer) }
}

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli', 'index.js'), ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...em.env }
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', d => (stdout += d))
  child.stderr.on('data', d => (stderr += d))
  return new Promise(res => child.on('close', code => res({ code: code ?? -1, stdout, stderr })))
}

const HEALTHY: Traffic = { requests: 200, rate5xx: 0.3 }

describe('bake through the bundle', () => {
  it('the action rolls back a 5xx spike after Deployed and fails the step, naming the metric', async () => {
    const { fnArn, dist } = await site()
    await seedHistory(em, dist.id, HEALTHY, 12)
    const watch = deployWatch()
    const traffic = startTraffic(em, dist.id, () =>
      watch.written() ? { requests: 200, rate5xx: 25 } : HEALTHY
    )
    const r = await runAction(
      {
        'function-name': 'headers',
        'distribution-id': dist.id,
        'event-type': 'viewer-response',
        package: handlerFolder('bake-spike'),
        'bake-seconds': '8',
        'bake-period-seconds': '1'
      },
      em.env
    ).finally(async () => {
      watch.stop()
      await traffic.stop()
    })
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('rolled-back')
    expect(await live(dist.id)).toBe(`${fnArn}:1`)
    // Workflow commands encode % as %25; the runner shows it decoded.
    const shown = r.stdout.replace(/%25/g, '%')
    expect(shown).toMatch(
      /::error::The bake failed: \w+: 5xxErrorRate [\d.]+% over \d+ request\(s\) since Deployed crossed the line: above bake-max-5xx-rate 1% and the 0\.3% /
    )
    expect(shown).toMatch(
      /Bake \d \(\d+ s of 8 s\): \w+ \d+ requests, 5xx [\d.]+% \(before 0\.3%\): FAIL/
    )
    expect(r.summary).toContain('#### Bake ❌ failed: rolled back')
    expect(r.summary).toContain(
      '(<https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#metricsV2:graph='
    )
  }, 90_000)

  it('the CLI passes a steady 2% site and puts the bake in --json', async () => {
    const { dist } = await site()
    const steady = { requests: 150, rate5xx: 2 }
    await seedHistory(em, dist.id, steady, 12)
    const traffic = startTraffic(em, dist.id, () => steady)
    const r = await cli([
      'deploy',
      '--function',
      'headers',
      '--distribution-id',
      dist.id,
      '--event-type',
      'viewer-response',
      '--package',
      handlerFolder('bake-steady'),
      '--bake-seconds',
      '3',
      '--bake-period-seconds',
      '1',
      '--json'
    ]).finally(() => traffic.stop())
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.status).toBe('deployed')
    expect(out.bake).toMatchObject({
      result: 'pass',
      seconds: 3,
      periodSeconds: 1,
      distributions: [{ distributionId: dist.id, judgement: { kind: 'pass' } }]
    })
    expect(out.bake.distributions[0]).toMatchObject({ against: 'before' })
    expect(out.bake.distributions[0].baseline.rate).toBeCloseTo(2)
    expect(out.bake.distributions[0].bake.requests).toBeGreaterThanOrEqual(300)
    expect(r.stderr).toMatch(/Bake \d+ \(\d+ s of 3 s\)/)
  }, 90_000)

  it('the CLI warns on a silent distribution and keeps the version, not calling it a pass', async () => {
    const { fnArn, dist } = await site()
    const r = await cli([
      'deploy',
      '--function',
      'headers',
      '--distribution-id',
      dist.id,
      '--event-type',
      'viewer-response',
      '--package',
      handlerFolder('bake-silent'),
      '--bake-seconds',
      '2',
      '--bake-period-seconds',
      '1'
    ])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('status: deployed')
    expect(r.stdout).toContain(`bake: too-little-traffic: ${dist.id} 0 requests`)
    expect(r.stderr).toMatch(/warning: The bake could not judge/)
    expect(await live(dist.id)).toBe(`${fnArn}:2`)
  }, 90_000)
})
