/**
 * Plan, rollback and automatic rollback through `node dist/index.js` against the emulator.
 */
import { GetAliasCommand } from '@aws-sdk/client-lambda'
import {
  clients,
  createDistribution,
  getDistributionConfig,
  startEmulator,
  type Emulator
} from './harness/emulator.mjs'
import { parseJournal } from '../src/journal.js'
import { startHealthServer, type HealthServer } from './helpers/health-server.js'
import { runAction } from './helpers/run-action.js'
import { edgeFunction, mutatingCalls, publishVersion, handlerFolder } from './helpers/world.js'

let em: Emulator
let health: HealthServer
beforeAll(async () => {
  em = await startEmulator()
  health = await startHealthServer()
}, 120_000)
afterAll(async () => {
  await em?.stop()
  await health?.stop()
})
beforeEach(async () => {
  await em.reset()
  health.status = 200
})

async function site() {
  const fnArn = await edgeFunction(em, 'headers')
  const v1 = await publishVersion(em, 'headers')
  const dist = await createDistribution(em, {
    behaviors: ['/static/*'],
    associations: [{ cacheBehavior: 'default', eventType: 'viewer-response', arn: v1 }]
  })
  await em.markDeployed(dist.id)
  return { fnArn, dist }
}

const run = (dist: string, inputs: Record<string, string>) =>
  runAction(
    {
      'function-name': 'headers',
      'distribution-id': dist,
      'event-type': 'viewer-response',
      'wait-timeout-seconds': '30',
      ...inputs
    },
    em.env
  )

const liveArn = async (id: string) =>
  (await getDistributionConfig(em, id)).config.DefaultCacheBehavior!.LambdaFunctionAssociations!
    .Items![0]!.LambdaFunctionARN

describe('plan mode', () => {
  it('shows what a deploy would change and calls no mutating API', async () => {
    const { dist } = await site()
    await em.clearRequests()
    const r = await run(dist.id, {
      mode: 'plan',
      package: handlerFolder('a'),
      'cache-behavior': 'default,/static/*'
    })
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('planned')
    expect(JSON.parse(r.outputs.changes!)).toEqual([
      {
        distributionId: dist.id,
        cacheBehavior: 'default',
        eventType: 'viewer-response',
        from: '1',
        to: 'next'
      },
      {
        distributionId: dist.id,
        cacheBehavior: '/static/*',
        eventType: 'viewer-response',
        from: null,
        to: 'next'
      }
    ])
    expect(r.summary).toContain('### Plan')
    expect(await mutatingCalls(em)).toEqual([])
  })
})

describe('health check and automatic rollback', () => {
  it('a failed health check restores the previous association and fails the step', async () => {
    const { fnArn, dist } = await site()
    health.status = 503
    const r = await run(dist.id, {
      package: handlerFolder('bad'),
      'health-check-url': health.url,
      'health-check-timeout-seconds': '2'
    })
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('rolled-back')
    expect(r.stdout).toMatch(
      /Health check of http:\/\/127\.0\.0\.1:\d+\/health failed: it answered HTTP 503 3 time\(s\) in a row \(expected HTTP 200/
    )
    expect(health.hits).toBeGreaterThanOrEqual(2)
    expect(await liveArn(dist.id)).toBe(`${fnArn}:1`)
    expect(r.summary).toContain('### Rolled back')
  })

  it('a passing health check keeps the new version', async () => {
    const { fnArn, dist } = await site()
    const r = await run(dist.id, { package: handlerFolder('good'), 'health-check-url': health.url })
    expect(r.code).toBe(0)
    expect(await liveArn(dist.id)).toBe(`${fnArn}:2`)
  })

  it('with auto-rollback false a failed health check leaves the new version and fails', async () => {
    const { fnArn, dist } = await site()
    health.status = 500
    const r = await run(dist.id, {
      package: handlerFolder('x'),
      'health-check-url': health.url,
      'health-check-timeout-seconds': '1',
      'auto-rollback': 'false'
    })
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('failed')
    expect(await liveArn(dist.id)).toBe(`${fnArn}:2`)
  })
})

describe('rollback mode', () => {
  it('previous after v2 (ok), v3 (failed, rolled back), v4 (ok) goes to v2', async () => {
    const { fnArn, dist } = await site()
    expect((await run(dist.id, { package: handlerFolder('v2') })).outputs.version).toBe('2')
    health.status = 500
    const v3 = await run(dist.id, {
      package: handlerFolder('v3'),
      'health-check-url': health.url,
      'health-check-timeout-seconds': '1'
    })
    // Version 3 was published, then undone: the outputs name no version, since none is newly live.
    expect(v3.stdout).toContain(`Published ${fnArn}:3`)
    expect([v3.outputs.version, v3.outputs.status]).toEqual(['', 'rolled-back'])
    health.status = 200
    expect((await run(dist.id, { package: handlerFolder('v4') })).outputs.version).toBe('4')
    expect(await liveArn(dist.id)).toBe(`${fnArn}:4`)

    const r = await run(dist.id, { mode: 'rollback' })
    expect(r.stdout).not.toContain('::error')
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({
      status: 'rolled-back',
      version: '2',
      'previous-version': '4'
    })
    expect(await liveArn(dist.id)).toBe(`${fnArn}:2`)
    // The history lives on the function, not in GitHub: any runner can roll back again.
    const alias = await clients(em).lambda.send(
      new GetAliasCommand({ FunctionName: 'headers', Name: 'lambda-edge-live' })
    )
    expect(alias.FunctionVersion).toBe('2')
    expect(parseJournal(alias.Description)).toMatchObject({ good: [1, 2], bad: [3, 4] })

    const again = await run(dist.id, { mode: 'rollback' })
    expect(again.outputs.version).toBe('1')
  })

  it("keeps each slot's include-body unless the input says otherwise", async () => {
    const fnArn = await edgeFunction(em, 'auth', { timeout: 5 })
    const v1 = await publishVersion(em, 'auth')
    const dist = await createDistribution(em, {
      associations: [
        { cacheBehavior: 'default', eventType: 'viewer-request', arn: v1, includeBody: true }
      ]
    })
    await em.markDeployed(dist.id)
    const common = {
      'function-name': 'auth',
      'distribution-id': dist.id,
      'event-type': 'viewer-request',
      'wait-timeout-seconds': '30'
    }
    expect(
      (await runAction({ ...common, package: handlerFolder('v2'), 'include-body': 'true' }, em.env))
        .code
    ).toBe(0)
    const r = await runAction({ ...common, mode: 'rollback', 'rollback-to': '1' }, em.env)
    expect(r.code).toBe(0)
    const slot = (await getDistributionConfig(em, dist.id)).config.DefaultCacheBehavior!
      .LambdaFunctionAssociations!.Items![0]
    expect(slot).toEqual({
      LambdaFunctionARN: `${fnArn}:1`,
      EventType: 'viewer-request',
      IncludeBody: true
    })
  })

  it('rolls back to an explicit version', async () => {
    const { fnArn, dist } = await site()
    await run(dist.id, { package: handlerFolder('v2') })
    const r = await run(dist.id, { mode: 'rollback', 'rollback-to': '1' })
    expect(r.code).toBe(0)
    expect(await liveArn(dist.id)).toBe(`${fnArn}:1`)
  })

  it('refuses a target version with provisioned concurrency and changes nothing', async () => {
    const { fnArn, dist } = await site()
    await runAction(
      {
        'function-name': 'headers',
        'distribution-id': dist.id,
        'event-type': 'viewer-response',
        package: handlerFolder('v2')
      },
      em.env
    )
    const { PutProvisionedConcurrencyConfigCommand } = await import('@aws-sdk/client-lambda')
    await clients(em).lambda.send(
      new PutProvisionedConcurrencyConfigCommand({
        FunctionName: 'headers',
        Qualifier: '1',
        ProvisionedConcurrentExecutions: 2
      })
    )
    await em.clearRequests()
    const r = await run(dist.id, { mode: 'rollback', 'rollback-to': '1' })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('[provisioned-concurrency]')
    expect(await mutatingCalls(em)).toEqual([])
    expect(await liveArn(dist.id)).toBe(`${fnArn}:2`)
  })

  it('an unknown version changes nothing and says so', async () => {
    const { fnArn, dist } = await site()
    await em.clearRequests()
    const r = await run(dist.id, { mode: 'rollback', 'rollback-to': '99' })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      'Input "rollback-to": version 99 is not a published version of headers'
    )
    expect(await mutatingCalls(em)).toEqual([])
    expect(await liveArn(dist.id)).toBe(`${fnArn}:1`)
  })

  it('previous with no recorded history asks for a version number and changes nothing', async () => {
    const { dist } = await site()
    await em.clearRequests()
    const r = await run(dist.id, { mode: 'rollback' })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('Give a version number instead')
    expect(await mutatingCalls(em)).toEqual([])
  })
})
