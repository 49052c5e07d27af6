/**
 * Fast failure, in-process against the emulator: with the default health-check inputs, a site that
 * answers 500 is rolled back (the rollback's UpdateDistribution sent) within 15 s of Deployed.
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
import { startHealthServer, type HealthServer } from './helpers/health-server.js'
import { edgeFunction, handlerFolder, publishVersion } from './helpers/world.js'

let em: Emulator
let health: HealthServer
const saved = { ...process.env }
beforeAll(async () => {
  em = await startEmulator()
  health = await startHealthServer()
  Object.assign(process.env, em.env)
}, 60_000)
afterAll(async () => {
  process.env = saved
  await em?.stop()
  await health?.stop()
})
beforeEach(async () => {
  await em.reset()
})

/** A Log that keeps every line, and when the wait first saw each distribution Deployed. */
function recordingLog(): Log & { lines: string[]; deployedAt: Map<string, number> } {
  const lines: string[] = []
  const deployedAt = new Map<string, number>()
  return {
    lines,
    deployedAt,
    info: m => void lines.push(m),
    warning: m => void lines.push(`warning: ${m}`),
    group: (title, fn) => (lines.push(title), fn()),
    progress: (id, status) => {
      if (status === 'Deployed' && !deployedAt.has(id)) deployedAt.set(id, Date.now())
    }
  }
}

const DEPLOY_DELAY_S = 2

describe('a constant 500 with the default health-check inputs', () => {
  it('is rolled back within 15 s of Deployed, after 3 answers 3 s apart', async () => {
    const fnArn = await edgeFunction(em, 'headers')
    const v1 = await publishVersion(em, 'headers')
    const dist = await createDistribution(em, {
      associations: [{ cacheBehavior: 'default', eventType: 'viewer-response', arn: v1 }]
    })
    await em.markDeployed(dist.id)
    await em.setDeployDelay(DEPLOY_DELAY_S)
    health.status = 500
    health.hits = 0
    // Only what a user would write: every health-check input but the URL at its default.
    const cfg = parseConfig(
      name =>
        ({
          'function-name': 'headers',
          'distribution-id': dist.id,
          'event-type': 'viewer-response',
          package: handlerFolder('fast-500'),
          'health-check-url': health.url
        })[name] ?? ''
    )
    if (!cfg.ok) throw new Error(JSON.stringify(cfg.error))
    expect(cfg.value.healthCheckFailures).toBe(3)
    expect(cfg.value.healthCheckTimeoutSeconds).toBe(60)
    const log = recordingLog()

    const out = await execute(cfg.value, { log, defaultDescription: 'fast failure test' })

    expect(out.status).toBe('rolled-back')
    expect(out.errors[0]).toMatch(/answered HTTP 500 3 time\(s\) in a row/)
    expect(health.hits).toBe(3)
    const live = (await getDistributionConfig(em, dist.id)).config.DefaultCacheBehavior!
      .LambdaFunctionAssociations!.Items![0]!.LambdaFunctionARN
    expect(live).toBe(`${fnArn}:1`)

    const updates = (await em.requests()).filter(r => r.operation === 'UpdateDistribution')
    expect(updates).toHaveLength(2)
    const [deployWrite, rollbackWrite] = updates as [(typeof updates)[0], (typeof updates)[0]]
    // Deployed in CloudFront's sense: the emulator turns the distribution Deployed this long after the write.
    const deployedMs = (deployWrite.at + DEPLOY_DELAY_S) * 1000
    const fromDeployed = rollbackWrite.at * 1000 - deployedMs
    const fromSeen = rollbackWrite.at * 1000 - log.deployedAt.get(dist.id)!
    process.stdout.write(
      `fast failure: Deployed -> rollback UpdateDistribution ${(fromDeployed / 1000).toFixed(1)} s (${(fromSeen / 1000).toFixed(1)} s after the wait saw Deployed)\n`
    )
    expect(fromDeployed).toBeLessThan(15_000)
    expect(fromSeen).toBeGreaterThan(0)
  }, 60_000)
})
