/**
 * Deploy mode through `node dist/index.js` against the emulator (CloudFront corrected to keep
 * associations, enforce IfMatch, rotate ETags and stay InProgress for a while, as AWS does).
 */
import type { DistributionConfig } from '@aws-sdk/client-cloudfront'
import { ListVersionsByFunctionCommand } from '@aws-sdk/client-lambda'
import { join } from 'node:path'
import {
  clients,
  createDistribution,
  getDistributionConfig,
  getDistributionStatus,
  startEmulator,
  type Emulator
} from './harness/emulator.mjs'
import { ROOT, runAction, runBundle } from './helpers/run-action.js'
import { edgeFunction, handlerFolder, mutatingCalls, publishVersion } from './helpers/world.js'

const EXAMPLE = join(ROOT, 'examples', 'security-headers')
let em: Emulator
beforeAll(async () => {
  em = await startEmulator()
}, 120_000)
afterAll(async () => em?.stop())
beforeEach(async () => em.reset())

const deploy = (inputs: Record<string, string>) =>
  runAction(
    {
      'function-name': 'headers',
      package: EXAMPLE,
      'event-type': 'viewer-response',
      'wait-timeout-seconds': '60',
      ...inputs
    },
    em.env
  )

/** A function with version 1 live on the default behavior, and another team's function on /api/*. */
async function site(opts: { deployed?: boolean } = {}) {
  const fnArn = await edgeFunction(em, 'headers')
  const v1 = await publishVersion(em, 'headers')
  await edgeFunction(em, 'auth')
  const auth1 = await publishVersion(em, 'auth')
  const dist = await createDistribution(em, {
    behaviors: ['/api/*', '/static/*'],
    associations: [
      { cacheBehavior: 'default', eventType: 'viewer-response', arn: v1 },
      { cacheBehavior: 'default', eventType: 'origin-request', arn: auth1 },
      { cacheBehavior: '/api/*', eventType: 'viewer-request', arn: auth1 }
    ]
  })
  if (opts.deployed !== false) await em.markDeployed(dist.id)
  return { fnArn, v1, auth1, dist }
}

/** The config with the given slots' ARNs swapped: what the whole config must look like afterwards. */
function expectOnly(
  before: DistributionConfig,
  after: DistributionConfig,
  slots: Array<[string, string, string]>
) {
  const expected = structuredClone(before)
  for (const [behavior, eventType, arn] of slots) {
    const b =
      behavior === 'default'
        ? expected.DefaultCacheBehavior!
        : expected.CacheBehaviors!.Items!.find(x => x.PathPattern === behavior)!
    const items = b.LambdaFunctionAssociations?.Items ?? []
    const at = items.findIndex(a => a.EventType === eventType)
    const next = { LambdaFunctionARN: arn, EventType: eventType as never, IncludeBody: false }
    if (at >= 0) items[at] = next
    else items.push(next)
    b.LambdaFunctionAssociations = { Quantity: items.length, Items: items }
  }
  expect(after).toEqual(expected)
}

describe('the bundle (dist/index.js), as the runner starts it', () => {
  // The only deploy through a child process: the ESM bundle starts under Node and does the whole job.
  it('deploys, writes the outputs and the summary', async () => {
    const { fnArn, dist } = await site()
    const r = await runBundle(
      {
        'function-name': 'headers',
        package: EXAMPLE,
        'event-type': 'viewer-response',
        'distribution-id': dist.id
      },
      em.env
    )
    expect(r.stdout).not.toContain('::error')
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'deployed', 'version-arn': `${fnArn}:2` })
    expect(r.summary).toContain('## lambda-edge-deploy: deploy deployed')
  })

  it('refuses bad input with exit 1, naming each input', async () => {
    const r = await runBundle({
      mode: 'validate',
      'function-name': 'edge fn',
      'event-type': 'viewer'
    })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('::error::Input "function-name"')
    expect(r.stdout).toContain('::error::Input "event-type"')
    expect(r.outputs.status).toBe('failed')
  })
})

describe('deploy mode', () => {
  it('publishes a version and re-points the default and a path behavior, touching nothing else', async () => {
    const { fnArn, dist } = await site()
    const before = (await getDistributionConfig(em, dist.id)).config
    await em.clearRequests()
    const r = await deploy({ 'distribution-id': dist.id, 'cache-behavior': 'default,/static/*' })
    const polls = (await em.requests()).filter(q => q.operation === 'GetDistribution').length
    expect(r.stdout).not.toContain('::error')
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({
      status: 'deployed',
      version: '2',
      'version-arn': `${fnArn}:2`,
      'function-arn': fnArn,
      'previous-version': '1,none'
    })
    expect(JSON.parse(r.outputs.changes!)).toEqual([
      {
        distributionId: dist.id,
        cacheBehavior: 'default',
        eventType: 'viewer-response',
        from: '1',
        to: '2'
      },
      {
        distributionId: dist.id,
        cacheBehavior: '/static/*',
        eventType: 'viewer-response',
        from: null,
        to: '2'
      }
    ])
    const after = (await getDistributionConfig(em, dist.id)).config
    expectOnly(before, after, [
      ['default', 'viewer-response', `${fnArn}:2`],
      ['/static/*', 'viewer-response', `${fnArn}:2`]
    ])
    expect(await getDistributionStatus(em, dist.id)).toBe('Deployed')
    expect(r.summary).toMatch(/\| `\/static\/\*` \| viewer-response \| none \| 2 \|/)

    // The summary counts the status polls the wait made: as many as the emulator answered.
    expect(polls).toBeGreaterThan(0)
    expect(r.summary).toMatch(new RegExp(`\\| ${polls} \\|\\n`))
  })

  it('a re-run with the same source is unchanged: no new version, no write at all', async () => {
    const { fnArn, dist } = await site()
    expect((await deploy({ 'distribution-id': dist.id })).outputs.status).toBe('deployed')
    await em.clearRequests()
    const again = await deploy({ 'distribution-id': dist.id })
    expect(again.code).toBe(0)
    expect(again.outputs).toMatchObject({
      status: 'unchanged',
      version: '2',
      'version-arn': `${fnArn}:2`
    })
    expect(await mutatingCalls(em)).toEqual([])
    const versions = await clients(em).lambda.send(
      new ListVersionsByFunctionCommand({ FunctionName: 'headers' })
    )
    expect(versions.Versions!.map(v => v.Version)).toEqual(['$LATEST', '1', '2'])
  })

  it('deploys to two distributions in one step', async () => {
    const { fnArn, dist } = await site()
    const second = await createDistribution(em, { behaviors: ['/blog/*'] })
    await em.markDeployed(second.id)
    const r = await deploy({
      'distribution-id': `${dist.id}\n${second.id}`,
      'cache-behavior': 'default'
    })
    expect(r.code).toBe(0)
    for (const id of [dist.id, second.id]) {
      const c = (await getDistributionConfig(em, id)).config
      expect(c.DefaultCacheBehavior!.LambdaFunctionAssociations!.Items).toContainEqual({
        LambdaFunctionARN: `${fnArn}:2`,
        EventType: 'viewer-response',
        IncludeBody: false
      })
    }
  })

  it('keeps a concurrent edit made between the read and the write, and still deploys', async () => {
    const { fnArn, dist } = await site()
    await em.editBeforeNextUpdate(dist.id, 'edited by someone else')
    const r = await deploy({ 'distribution-id': dist.id })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/Retry 1: PreconditionFailed/)
    const after = (await getDistributionConfig(em, dist.id)).config
    expect(after.Comment).toBe('edited by someone else')
    expect(after.DefaultCacheBehavior!.LambdaFunctionAssociations!.Items).toContainEqual({
      LambdaFunctionARN: `${fnArn}:2`,
      EventType: 'viewer-response',
      IncludeBody: false
    })
    const updates = (await em.requests())
      .filter(q => q.operation === 'UpdateDistribution')
      .map(q => q.status)
    expect(updates).toEqual([412, 200])
  })

  it('exits only once CloudFront reports Deployed', async () => {
    const { dist } = await site()
    await em.setDeployDelay(3)
    const started = Date.now()
    const r = await deploy({ 'distribution-id': dist.id })
    expect(r.code).toBe(0)
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000)
    expect(await getDistributionStatus(em, dist.id)).toBe('Deployed')
    expect(r.stdout).toMatch(/InProgress/)
    expect(r.stdout).toMatch(/::group::Waiting for/)
  })

  it('a wait timeout fails clearly and puts the old version back', async () => {
    const { v1, dist } = await site()
    await em.setDeployDelay(60)
    const r = await deploy({ 'distribution-id': dist.id, 'wait-timeout-seconds': '2' })
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('rolled-back')
    expect(r.stdout).toMatch(/timed out after 2 s \(.*: InProgress\)/)
    const after = (await getDistributionConfig(em, dist.id)).config
    expect(after.DefaultCacheBehavior!.LambdaFunctionAssociations!.Items).toContainEqual({
      LambdaFunctionARN: v1,
      EventType: 'viewer-response',
      IncludeBody: false
    })
  })

  it('refuses to replace another function and changes nothing in AWS', async () => {
    const { dist, auth1 } = await site()
    await em.clearRequests()
    const r = await deploy({
      'distribution-id': dist.id,
      'cache-behavior': '/api/*',
      'event-type': 'viewer-request',
      // The example answers the response: on a request event it would 502 (the smoke run says so).
      package: handlerFolder('api')
    })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(`held by another function (${auth1})`)
    expect(await mutatingCalls(em)).toEqual([])
  })

  it('names the existing behaviors when one is unknown, and changes nothing', async () => {
    const { dist } = await site()
    await em.clearRequests()
    const r = await deploy({ 'distribution-id': dist.id, 'cache-behavior': '/nope/*' })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      'has no cache behavior "/nope/*". It has: "default", "/api/*", "/static/*"'
    )
    expect(await mutatingCalls(em)).toEqual([])
  })

  it('a validation failure stops the deploy before any change', async () => {
    const { dist } = await site()
    await em.clearRequests()
    // 31 s is over the Lambda@Edge timeout on every event type.
    const r = await deploy({ 'distribution-id': dist.id, timeout: '31' })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('[timeout]')
    expect(await mutatingCalls(em)).toEqual([])
  })

  it('applies configuration changes before publishing', async () => {
    const { fnArn, dist } = await site()
    const r = await deploy({
      'distribution-id': dist.id,
      'event-type': 'origin-request',
      'cache-behavior': '/static/*',
      'memory-size': '256',
      timeout: '10',
      package: handlerFolder('static')
    })
    expect(r.code).toBe(0)
    const { GetFunctionConfigurationCommand } = await import('@aws-sdk/client-lambda')
    const v = await clients(em).lambda.send(
      new GetFunctionConfigurationCommand({ FunctionName: 'headers', Qualifier: r.outputs.version })
    )
    expect([v.MemorySize, v.Timeout]).toEqual([256, 10])
    expect(r.outputs['version-arn']).toBe(`${fnArn}:2`)
  })
})
