/**
 * Faults moto cannot produce: a 412 race on every attempt, throttling while waiting, a deployment
 * that stays InProgress past the timeout. The emulator-backed suites cover the normal paths.
 */
import {
  CloudFrontClient,
  type DistributionConfig,
  GetDistributionCommand,
  GetDistributionConfigCommand,
  PreconditionFailed,
  UpdateDistributionCommand
} from '@aws-sdk/client-cloudfront'
import { mockClient } from 'aws-sdk-client-mock'
import { applyAssociations, waitDeployed } from '../src/aws/cloudfront.js'
import type { AwsClients } from '../src/aws/clients.js'
import type { Clock } from '../src/clock.js'
import { desiredFor } from '../src/plan.js'

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:edge-fn'

function fakeClock(): Clock & { slept: number[] } {
  let t = 0
  const slept: number[] = []
  return {
    slept,
    now: () => t,
    sleep: async ms => {
      slept.push(ms)
      t += ms
    }
  }
}

const cf = mockClient(CloudFrontClient)
const clients = {
  cloudfront: new CloudFrontClient({ region: 'us-east-1' })
} as unknown as AwsClients

const config = (comment: string): DistributionConfig =>
  ({
    CallerReference: 'r',
    Comment: comment,
    Enabled: true,
    Origins: { Quantity: 1, Items: [{ Id: 'o', DomainName: 'example.com' }] },
    DefaultCacheBehavior: { TargetOriginId: 'o', ViewerProtocolPolicy: 'allow-all' }
  }) as DistributionConfig

const precondition = () =>
  new PreconditionFailed({
    message: 'The If-Match version is missing or not valid',
    $metadata: { httpStatusCode: 412 }
  })

beforeEach(() => cf.reset())

describe('applyAssociations', () => {
  it('re-reads and re-plans on PreconditionFailed, keeping the concurrent edit', async () => {
    cf.on(GetDistributionConfigCommand).resolvesOnce({
      DistributionConfig: config('theirs'),
      ETag: 'E2'
    })
    cf.on(UpdateDistributionCommand).rejectsOnce(precondition()).resolves({ ETag: 'E3' })
    const clock = fakeClock()
    const r = await applyAssociations(
      clients,
      'EDIST',
      desiredFor(['default'], 'viewer-request', `${FN}:2`, false),
      FN,
      {
        clock,
        first: { id: 'EDIST', config: config('mine'), etag: 'E1' }
      }
    )
    expect(r.ok).toBe(true)
    const updates = cf.commandCalls(UpdateDistributionCommand)
    expect(updates.map(u => u.args[0].input.IfMatch)).toEqual(['E1', 'E2'])
    // The second write carries their comment: their change survived ours.
    expect(updates[1]!.args[0].input.DistributionConfig!.Comment).toBe('theirs')
    expect(
      updates[1]!.args[0].input.DistributionConfig!.DefaultCacheBehavior!
        .LambdaFunctionAssociations!.Items![0]!.LambdaFunctionARN
    ).toBe(`${FN}:2`)
    expect(clock.slept.length).toBe(1)
  })

  it('gives up after a bounded number of attempts with a clear message', async () => {
    cf.on(GetDistributionConfigCommand).resolves({ DistributionConfig: config('x'), ETag: 'E9' })
    cf.on(UpdateDistributionCommand).rejects(precondition())
    const r = await applyAssociations(
      clients,
      'EDIST',
      desiredFor(['default'], 'viewer-request', `${FN}:2`, false),
      FN,
      { clock: fakeClock(), maxAttempts: 3 }
    )
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.message).toMatch(/after 3 attempts/)
    expect(cf.commandCalls(UpdateDistributionCommand)).toHaveLength(3)
  })

  it('writes nothing when the association is already in place', async () => {
    const c = {
      ...config('x'),
      DefaultCacheBehavior: {
        ...config('x').DefaultCacheBehavior!,
        LambdaFunctionAssociations: {
          Quantity: 1,
          Items: [
            {
              EventType: 'viewer-request' as const,
              LambdaFunctionARN: `${FN}:2`,
              IncludeBody: false
            }
          ]
        }
      }
    }
    cf.on(GetDistributionConfigCommand).resolves({ DistributionConfig: c, ETag: 'E1' })
    const r = await applyAssociations(
      clients,
      'EDIST',
      desiredFor(['default'], 'viewer-request', `${FN}:2`, false),
      FN,
      { clock: fakeClock() }
    )
    expect(r).toEqual({ ok: true, value: { changes: [], updated: false, skipped: [] } })
    expect(cf.commandCalls(UpdateDistributionCommand)).toHaveLength(0)
  })

  it('translates a permanent error into what to do', async () => {
    cf.on(GetDistributionConfigCommand).rejects(
      Object.assign(new Error('User is not authorized'), { name: 'AccessDenied' })
    )
    const r = await applyAssociations(
      clients,
      'EDIST',
      desiredFor(['default'], 'viewer-request', `${FN}:2`, false),
      FN,
      { clock: fakeClock() }
    )
    expect(!r.ok && r.error.advice).toMatch(/cloudfront:GetDistributionConfig/)
  })
})

describe('waitDeployed', () => {
  it('polls every few seconds and returns as soon as every distribution is Deployed', async () => {
    cf.on(GetDistributionCommand, { Id: 'A' })
      .resolvesOnce({ Distribution: { Status: 'InProgress' } as never })
      .resolves({ Distribution: { Status: 'Deployed' } as never })
    cf.on(GetDistributionCommand, { Id: 'B' })
      .resolvesOnce({ Distribution: { Status: 'InProgress' } as never })
      .resolvesOnce({ Distribution: { Status: 'InProgress' } as never })
      .resolves({ Distribution: { Status: 'Deployed' } as never })
    const clock = fakeClock()
    const r = await waitDeployed(clients, ['A', 'B'], { clock, timeoutSeconds: 600 })
    expect(r.ok).toBe(true)
    expect(clock.slept).toHaveLength(2)
    for (const ms of clock.slept) expect(ms).toBeLessThanOrEqual(5000)
    // A is not polled again once Deployed.
    expect(cf.commandCalls(GetDistributionCommand, { Id: 'A' })).toHaveLength(2)
  })

  it('times out with the state of each distribution', async () => {
    cf.on(GetDistributionCommand).resolves({ Distribution: { Status: 'InProgress' } as never })
    const clock = fakeClock()
    const r = await waitDeployed(clients, ['A'], { clock, timeoutSeconds: 30 })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.states).toEqual({ A: 'InProgress' })
    expect(r.error.reason).toMatch(/timed out after 30 s/)
    expect(clock.now()).toBeGreaterThanOrEqual(30_000)
    expect(clock.now()).toBeLessThan(35_000)
  })

  it('backs off on throttling instead of hammering the API', async () => {
    const throttle = Object.assign(new Error('Rate exceeded'), { name: 'Throttling' })
    cf.on(GetDistributionCommand)
      .rejectsOnce(throttle)
      .rejectsOnce(throttle)
      .resolves({ Distribution: { Status: 'Deployed' } as never })
    const clock = fakeClock()
    const r = await waitDeployed(clients, ['A'], { clock, timeoutSeconds: 600 })
    expect(r.ok).toBe(true)
    expect(clock.slept[1]!).toBeGreaterThanOrEqual(clock.slept[0]!)
    expect(clock.slept[0]!).toBeGreaterThanOrEqual(2000)
  })
})

describe('waitDeployed on a permanent error', () => {
  it('fails at once on AccessDenied instead of waiting out the timeout', async () => {
    cf.on(GetDistributionCommand).rejects(
      Object.assign(new Error('not authorized'), { name: 'AccessDenied' })
    )
    const clock = fakeClock()
    const r = await waitDeployed(clients, ['A'], { clock, timeoutSeconds: 1800 })
    expect(!r.ok && r.error.reason).toMatch(/cloudfront:GetDistribution\b/)
    expect(clock.now()).toBe(0)
  })
})

describe('waitDeployed poll budget', () => {
  /** Every distribution stays InProgress until `deployedAtMs` on the fake clock. */
  function propagation(clock: Clock, deployedAtMs: number): number[] {
    const calls: number[] = []
    cf.on(GetDistributionCommand).callsFake(() => {
      calls.push(clock.now())
      return { Distribution: { Status: clock.now() >= deployedAtMs ? 'Deployed' : 'InProgress' } }
    })
    return calls
  }
  const perMinute = (calls: number[], fromMs: number, toMs: number): number =>
    (calls.filter(t => t >= fromMs && t < toMs).length * 60_000) / (toMs - fromMs)

  it.each([0, 0.5, 0.999])(
    'notices Deployed within 5 s for two minutes, then polls every 10 to 15 s (jitter %s)',
    async random => {
      const clock = { ...fakeClock(), random: () => random }
      const calls = propagation(clock, 15 * 60_000)
      const r = await waitDeployed(clients, ['A'], { clock, timeoutSeconds: 1800 })
      expect(r.ok).toBe(true)
      const gaps = calls.slice(1).map((t, i) => ({ at: calls[i]!, gap: t - calls[i]! }))
      for (const { at, gap } of gaps) {
        if (at < 120_000) expect(gap).toBeLessThanOrEqual(5000)
        else {
          expect(gap).toBeGreaterThanOrEqual(10_000)
          expect(gap).toBeLessThanOrEqual(15_000)
        }
      }
      // The last poll saw Deployed at most one gap (15 s) after it happened; and a 15-minute
      // propagation costs a few calls a minute, where 3-second polls would cost 20.
      expect(calls.at(-1)! - 15 * 60_000).toBeLessThanOrEqual(15_000)
      expect(perMinute(calls, 120_000, 15 * 60_000)).toBeLessThanOrEqual(6)
      expect(r.ok && r.value.polls).toBe(calls.length)
      expect(calls.length).toBeLessThan(120)
    }
  )

  it('shares the budget among many distributions', async () => {
    const clock = { ...fakeClock(), random: () => 0.5 }
    const ids = Array.from({ length: 20 }, (_, i) => `D${i}`)
    const calls = propagation(clock, 15 * 60_000)
    const r = await waitDeployed(clients, ids, { clock, timeoutSeconds: 1800 })
    expect(r.ok && r.value.states).toEqual(Object.fromEntries(ids.map(id => [id, 'Deployed'])))
    expect(perMinute(calls, 0, 120_000)).toBeLessThanOrEqual(120 * 1.2)
    expect(perMinute(calls, 120_000, 15 * 60_000)).toBeLessThanOrEqual(30 * 1.2)
    expect(r.ok && r.value.polls).toBe(calls.length)
  })

  it('counts the polls of a wait that times out', async () => {
    const clock = { ...fakeClock(), random: () => 0.5 }
    const calls = propagation(clock, Infinity)
    const r = await waitDeployed(clients, ['A', 'B'], { clock, timeoutSeconds: 300 })
    expect(!r.ok && r.error.polls).toBe(calls.length)
    expect(calls.length).toBeGreaterThan(2)
  })
})
