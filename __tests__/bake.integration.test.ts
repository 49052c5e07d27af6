/**
 * The bake in-process against the emulator (moto's CloudWatch holds the datapoints the test puts,
 * one per second): a 5xx spike after Deployed rolls back and fails naming the metric; a steady 2%
 * passes; a silent distribution warns. Periods of 1 s keep it fast.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { parseConfig } from '../src/config.js'
import { execute } from '../src/engine.js'
import type { Log } from '../src/log.js'
import {
  createDistribution,
  getDistributionConfig,
  startEmulator,
  type Emulator
} from './harness/emulator.mjs'
import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch'
import { mockClient } from 'aws-sdk-client-mock'
import { seedHistory, startTraffic, type Traffic } from './helpers/metrics.js'
import { edgeFunction, handlerFolder, publishVersion } from './helpers/world.js'

let em: Emulator
const saved = { ...process.env }
beforeAll(async () => {
  em = await startEmulator()
  Object.assign(process.env, em.env)
}, 60_000)
afterAll(async () => {
  process.env = saved
  await em?.stop()
})
beforeEach(async () => {
  await em.reset()
})

function recordingLog(): Log & { lines: string[]; warnings: string[]; deployed: boolean } {
  const log = {
    lines: [] as string[],
    warnings: [] as string[],
    deployed: false,
    info: (m: string) => void log.lines.push(m),
    warning: (m: string) => void log.warnings.push(m),
    group: <T>(title: string, fn: () => Promise<T>) => (log.lines.push(title), fn()),
    progress: (_id: string, status: string) => {
      if (status === 'Deployed') log.deployed = true
    }
  }
  return log
}

async function site() {
  const fnArn = await edgeFunction(em, 'headers')
  const v1 = await publishVersion(em, 'headers')
  const dist = await createDistribution(em, {
    associations: [{ cacheBehavior: 'default', eventType: 'viewer-response', arn: v1 }]
  })
  await em.markDeployed(dist.id)
  return { fnArn, dist }
}

async function deploy(distId: string, tag: string, bakeSeconds: number, log: Log) {
  const cfg = parseConfig(
    name =>
      ({
        'function-name': 'headers',
        'distribution-id': distId,
        'event-type': 'viewer-response',
        package: handlerFolder(tag),
        'bake-seconds': String(bakeSeconds),
        'bake-period-seconds': '1'
      })[name] ?? ''
  )
  if (!cfg.ok) throw new Error(JSON.stringify(cfg.error))
  return execute(cfg.value, { log, defaultDescription: `bake test ${tag}` })
}

const liveArn = async (id: string) =>
  (await getDistributionConfig(em, id)).config.DefaultCacheBehavior!.LambdaFunctionAssociations!
    .Items![0]!.LambdaFunctionARN

const HEALTHY: Traffic = { requests: 200, rate5xx: 0.5 }
const SPIKE: Traffic = { requests: 200, rate5xx: 30 }

describe('bake against the emulator', () => {
  it('a 5xx spike after Deployed rolls back and fails, naming the metric and the line', async () => {
    const { fnArn, dist } = await site()
    const log = recordingLog()
    await seedHistory(em, dist.id, HEALTHY, 12)
    const traffic = startTraffic(em, dist.id, () => (log.deployed ? SPIKE : HEALTHY))
    const out = await deploy(dist.id, 'spike', 6, log).finally(() => traffic.stop())

    expect(out.status).toBe('rolled-back')
    expect(await liveArn(dist.id)).toBe(`${fnArn}:1`)
    expect(out.errors[0]).toMatch(
      new RegExp(
        `^The bake failed: ${dist.id}: 5xxErrorRate [\\d.]+% over \\d+ request\\(s\\) since Deployed crossed the line: above bake-max-5xx-rate 1% and the 0\\.5% of the same length of time before the deploy\\.`
      )
    )
    expect(out.bake).toMatchObject({ result: 'fail', distributions: [{ distributionId: dist.id }] })
    const d = out.bake!.distributions[0]!
    expect(d).toMatchObject({ against: 'before', baseline: { rate: 0.5 } })
    expect(d.bake.requests).toBeGreaterThanOrEqual(100)
    expect(d.links.rate5xx).toContain(`~'DistributionId~'${dist.id}~'Region~'Global`)
    expect(log.lines.filter(l => l.startsWith('Bake ')).length).toBeGreaterThanOrEqual(1)

    // From the breach being visible in CloudWatch (the first spike period closed, its point stored)
    // to the rollback's UpdateDistribution.
    const spike = traffic.landed.find(p => p.traffic === SPIKE)!
    const visibleAt = Math.max(spike.at, (spike.second + 1) * 1000)
    const updates = (await em.requests()).filter(r => r.operation === 'UpdateDistribution')
    expect(updates).toHaveLength(2)
    const rollbackAt = updates[1]!.at * 1000
    const reads = (await em.requests()).filter(r => r.operation === 'GetMetricData')
    expect(reads.every(r => !r.mutating)).toBe(true)
    process.stdout.write(
      `bake: breach visible -> rollback UpdateDistribution ${((rollbackAt - visibleAt) / 1000).toFixed(2)} s; ${out.bake!.calls} GetMetricData call(s) in ${(out.bake!.elapsedMs / 1000).toFixed(1)} s\n`
    )
    // A read at each period's end, then GetDistributionConfig + UpdateDistribution: well under a period
    // plus the restore, even on a loaded machine.
    expect(rollbackAt - visibleAt).toBeLessThan(5 * 1000)
    expect(rollbackAt).toBeGreaterThan(visibleAt - 1000)
  }, 60_000)

  it('a steady 2% 5xx site passes: above the limit, but no worse than before the deploy', async () => {
    const { fnArn, dist } = await site()
    const log = recordingLog()
    const steady = { requests: 150, rate5xx: 2 }
    await seedHistory(em, dist.id, steady, 12)
    const traffic = startTraffic(em, dist.id, () => steady)
    const out = await deploy(dist.id, 'steady', 4, log).finally(() => traffic.stop())

    expect(out.errors).toEqual([])
    expect(out.status).toBe('deployed')
    expect(await liveArn(dist.id)).toBe(`${fnArn}:2`)
    expect(out.bake?.result).toBe('pass')
    const d = out.bake!.distributions[0]!
    expect(d.baseline.rate).toBeCloseTo(2)
    expect(d.bake.rate).toBeCloseTo(2)
    expect(d.bake.requests).toBeGreaterThanOrEqual(3 * 150)
    const periods = log.lines.filter(l => l.startsWith('Bake '))
    expect(periods.length).toBeGreaterThanOrEqual(4)
    expect(periods.at(-1)).toMatch(/requests, 5xx 2% \(before 2%\): ok/)
    // One call per period after one for the baseline: at 60 s periods, 1 call a minute.
    expect(out.bake!.calls).toBe(periods.length + 1)
    process.stdout.write(
      `bake: steady pass, ${out.bake!.calls} GetMetricData call(s) in ${(out.bake!.elapsedMs / 1000).toFixed(1)} s (${periods.length} periods)\n`
    )
  }, 60_000)

  it('a silent distribution warns that it could not judge, and does not call it a pass', async () => {
    const { fnArn, dist } = await site()
    const log = recordingLog()
    const out = await deploy(dist.id, 'silent', 3, log)

    expect(out.status).toBe('deployed')
    expect(await liveArn(dist.id)).toBe(`${fnArn}:2`)
    expect(out.bake).toMatchObject({
      result: 'too-little-traffic',
      distributions: [{ bake: { requests: 0 }, judgement: { kind: 'too-little-traffic' } }]
    })
    expect(log.warnings.join('\n')).toMatch(
      /The bake could not judge: fewer than bake-min-requests \(100\) requests in 3 s/
    )
  }, 60_000)

  it('a role without cloudwatch:GetMetricData is refused before any write, naming the permission', async () => {
    const { fnArn, dist } = await site()
    await em.clearRequests()
    // Every CloudWatch client the engine makes answers AccessDenied; Lambda and CloudFront are real.
    const denied = mockClient(CloudWatchClient)
    denied.on(GetMetricDataCommand).rejects(
      Object.assign(new Error('User is not authorized to perform: cloudwatch:GetMetricData'), {
        name: 'AccessDenied'
      })
    )
    try {
      const out = await deploy(dist.id, 'denied', 60, recordingLog())
      expect(out.status).toBe('failed')
      expect(out.errors.join('\n')).toContain('Grant cloudwatch:GetMetricData')
    } finally {
      denied.restore()
    }
    expect((await em.requests()).filter(r => r.mutating)).toEqual([])
    expect(await liveArn(dist.id)).toBe(`${fnArn}:1`)
  }, 60_000)
})
