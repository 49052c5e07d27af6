/**
 * Three functions in one step through the bundle (`node dist/index.js`, as the runner starts it):
 * one UpdateDistribution and one wait for all three, and the step's outputs.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { getDistributionConfig, startEmulator, type Emulator } from '../harness/emulator.mjs'
import { createDistribution } from '../harness/emulator.mjs'
import { runBundle } from '../helpers/run-action.js'
import { edgeFunction, handlerFolder, mutatingCalls, publishVersion } from '../helpers/world.js'

let em: Emulator
beforeAll(async () => {
  em = await startEmulator()
}, 120_000)
afterAll(async () => em?.stop())
beforeEach(async () => em.reset())

describe('node dist/index.js with functions', () => {
  it('deploys three functions with one UpdateDistribution and one wait', async () => {
    const names = [
      ['auth', 'viewer-request'],
      ['rewrite', 'origin-request'],
      ['headers', 'viewer-response']
    ] as const
    const v1: string[] = []
    for (const [name] of names) {
      await edgeFunction(em, name)
      v1.push(await publishVersion(em, name))
    }
    const dist = await createDistribution(em, {
      associations: names.map(([, eventType], i) => ({
        cacheBehavior: 'default',
        eventType,
        arn: v1[i]!
      }))
    })
    await em.markDeployed(dist.id)
    await em.setDeployDelay(1)
    await em.clearRequests()
    const functions = names
      .map(
        ([name, eventType]) =>
          `- function-name: ${name}\n  event-type: ${eventType}\n  package: ${handlerFolder(`dist-${name}`)}`
      )
      .join('\n')

    const r = await runBundle({ functions, 'distribution-id': dist.id, comment: 'false' }, em.env)

    expect([r.code, r.outputs.status]).toEqual([0, 'deployed'])
    expect(JSON.parse(r.outputs.versions!)).toEqual({ auth: '2', rewrite: '2', headers: '2' })
    const calls = await mutatingCalls(em)
    expect(calls.filter(c => c === 'UpdateDistribution')).toHaveLength(1)
    expect(r.stdout.match(/Waiting for /g)).toHaveLength(1)
    const live = (
      await getDistributionConfig(em, dist.id)
    ).config.DefaultCacheBehavior!.LambdaFunctionAssociations!.Items!.map(a =>
      a.LambdaFunctionARN!.split(':').slice(-2).join(':')
    )
    expect(live.sort()).toEqual(['auth:2', 'headers:2', 'rewrite:2'])
    expect(r.summary).toContain('deploy deployed')
  }, 120_000)
})
