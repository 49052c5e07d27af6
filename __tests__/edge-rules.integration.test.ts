/**
 * The rules that need AWS state, run in-process through the engine against the emulator: the
 * CloudFront Function conflict (deploy and plan read the distribution and refuse before any
 * change), the function's account, the quotas that no longer depend on the event type, and the
 * emulator itself refusing the conflict the way CloudFront does.
 */
import { CreateDistributionCommand, UpdateDistributionCommand } from '@aws-sdk/client-cloudfront'
import { parseConfig } from '../src/config.js'
import { execute } from '../src/engine.js'
import type { Log } from '../src/log.js'
import type { Outcome } from '../src/outcome.js'
import {
  buildDistributionConfig,
  clients,
  getDistributionConfig,
  startEmulator,
  type Emulator
} from './harness/emulator.mjs'
import { edgeFunction, handlerFolder, mutatingCalls, publishVersion } from './helpers/world.js'

let em: Emulator
const savedEnv = { ...process.env }
beforeAll(async () => {
  em = await startEmulator({ deployDelaySeconds: 0 })
  Object.assign(process.env, em.env)
}, 60_000)
afterAll(async () => {
  process.env = savedEnv
  await em?.stop()
})
beforeEach(async () => em.reset())

const CF_FUNCTION = 'arn:aws:cloudfront::123456789012:function/rewrite-uri'

const quiet: Log = {
  info: () => undefined,
  warning: () => undefined,
  group: (_title, fn) => fn(),
  progress: () => undefined
}

/** A distribution whose default behavior runs a CloudFront Function on viewer-request. */
async function distributionWithCloudFrontFunction(): Promise<string> {
  const config = buildDistributionConfig({ behaviors: ['/api/*'] })
  config.DefaultCacheBehavior!.FunctionAssociations = {
    Quantity: 1,
    Items: [{ EventType: 'viewer-request', FunctionARN: CF_FUNCTION }]
  }
  const r = await clients(em).cloudfront.send(
    new CreateDistributionCommand({ DistributionConfig: config })
  )
  return r.Distribution!.Id!
}

async function run(inputs: Record<string, string>): Promise<Outcome> {
  const cfg = parseConfig(name => inputs[name] ?? '')
  if (!cfg.ok) throw new Error(JSON.stringify(cfg.error))
  return execute(cfg.value, {
    log: quiet,
    defaultDescription: 'test',
    today: '2026-12-01'
  })
}

const errorsOf = (o: Outcome): string[] =>
  (o.verdict?.findings ?? []).filter(f => f.severity === 'error').map(f => `${f.rule}: ${f.actual}`)

describe('CloudFront Function conflict', () => {
  it('the emulator keeps FunctionAssociations and refuses a Lambda@Edge viewer association beside one, as CloudFront does', async () => {
    await edgeFunction(em, 'edge')
    const version = await publishVersion(em, 'edge')
    const id = await distributionWithCloudFrontFunction()
    const { config, etag } = await getDistributionConfig(em, id)
    expect(config.DefaultCacheBehavior!.FunctionAssociations).toEqual({
      Quantity: 1,
      Items: [{ EventType: 'viewer-request', FunctionARN: CF_FUNCTION }]
    })
    for (const [eventType, message] of [
      ['viewer-request', /Event type viewer-request cannot be associated with two functions/],
      ['viewer-response', /cannot combine CloudFront Functions and Lambda@Edge in viewer events/]
    ] as const) {
      const next = structuredClone(config)
      next.DefaultCacheBehavior!.LambdaFunctionAssociations = {
        Quantity: 1,
        Items: [{ EventType: eventType, LambdaFunctionARN: version, IncludeBody: false }]
      }
      await expect(
        clients(em).cloudfront.send(
          new UpdateDistributionCommand({ Id: id, IfMatch: etag, DistributionConfig: next })
        )
      ).rejects.toMatchObject({ name: 'InvalidArgument', message: expect.stringMatching(message) })
    }
    // Origin events are fine beside a viewer CloudFront Function.
    const origin = structuredClone(config)
    origin.DefaultCacheBehavior!.LambdaFunctionAssociations = {
      Quantity: 1,
      Items: [{ EventType: 'origin-request', LambdaFunctionARN: version, IncludeBody: false }]
    }
    await clients(em).cloudfront.send(
      new UpdateDistributionCommand({ Id: id, IfMatch: etag, DistributionConfig: origin })
    )
  })

  it.each(['deploy', 'plan'])(
    '%s on a viewer event is refused before any change, naming the behavior and the function',
    async mode => {
      await edgeFunction(em, 'edge')
      const id = await distributionWithCloudFrontFunction()
      await em.clearRequests()
      const o = await run({
        mode,
        'function-name': 'edge',
        'distribution-id': id,
        'event-type': 'viewer-response',
        package: handlerFolder('conflict')
      })
      expect(o.status).toBe('failed')
      expect(errorsOf(o)).toEqual([
        `cloudfront-function-conflict: distribution ${id}, behavior "default": CloudFront Function ${CF_FUNCTION} runs on viewer-request`
      ])
      expect(o.errors[0]).toMatch(/nothing in AWS was changed/)
      expect(await mutatingCalls(em)).toEqual([])
    }
  )

  it('an origin event on that behavior, or a viewer event on another behavior, deploys', async () => {
    await edgeFunction(em, 'edge')
    const id = await distributionWithCloudFrontFunction()
    const origin = await run({
      mode: 'deploy',
      'function-name': 'edge',
      'distribution-id': id,
      'event-type': 'origin-request',
      package: handlerFolder('origin'),
      'wait-timeout-seconds': '60'
    })
    expect(origin.errors).toEqual([])
    expect(origin.status).toBe('deployed')
    const api = await run({
      mode: 'plan',
      'function-name': 'edge',
      'distribution-id': id,
      'event-type': 'viewer-request',
      'cache-behavior': '/api/*',
      package: handlerFolder('api')
    })
    expect(api.status).toBe('planned')
    expect(api.verdict?.outcomes.find(x => x.rule === 'cloudfront-function-conflict')?.status).toBe(
      'pass'
    )
  })
})

describe('quotas and identity against the emulator', () => {
  it('a 256 MB, 10 s viewer function deploys: the viewer-only limits are gone', async () => {
    await edgeFunction(em, 'roomy', { memorySize: 256, timeout: 10 })
    const { createDistribution } = await import('./harness/emulator.mjs')
    const { id } = await createDistribution(em)
    const o = await run({
      mode: 'deploy',
      'function-name': 'roomy',
      'distribution-id': id,
      'event-type': 'viewer-request',
      package: handlerFolder('roomy'),
      'wait-timeout-seconds': '60'
    })
    expect(o.errors).toEqual([])
    expect(o.status).toBe('deployed')
    const { config } = await getDistributionConfig(em, id)
    expect(
      config.DefaultCacheBehavior!.LambdaFunctionAssociations!.Items![0]!.LambdaFunctionARN
    ).toBe(o.versionArn)
  })

  it('a function ARN naming another account is refused when the function found is in ours', async () => {
    await edgeFunction(em, 'x')
    await em.clearRequests()
    const o = await run({
      mode: 'validate',
      'function-name': 'arn:aws:lambda:us-east-1:999999999999:function:x',
      'event-type': 'origin-request',
      package: handlerFolder('acct')
    })
    // moto resolves the name in the caller's account whatever account the ARN names.
    expect(o.status).toBe('failed')
    expect(errorsOf(o)).toEqual([
      'function-account: arn:aws:lambda:us-east-1:999999999999:function:x names account 999999999999, but the function found is arn:aws:lambda:us-east-1:123456789012:function:x (account 123456789012)'
    ])
    expect(await mutatingCalls(em)).toEqual([])
    const own = await run({
      mode: 'validate',
      'function-name': 'arn:aws:lambda:us-east-1:123456789012:function:x',
      'event-type': 'origin-request',
      package: handlerFolder('own')
    })
    expect(own.status).toBe('validated')
  })
})
