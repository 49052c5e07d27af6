/**
 * Canary deploys (CloudFront continuous deployment) in-process against the emulator: the engine is
 * imported and driven as the action drives it, and the tests look at what a user would see in AWS:
 * which version the primary and staging slots hold, the policy's state, and what did not change.
 */
import {
  CopyDistributionCommand,
  CreateContinuousDeploymentPolicyCommand,
  CreateDistributionCommand,
  UpdateDistributionCommand
} from '@aws-sdk/client-cloudfront'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import { parseConfig } from '../src/config.js'
import { execute } from '../src/engine.js'
import type { Log } from '../src/log.js'
import type { Outcome } from '../src/outcome.js'
import {
  buildDistributionConfig,
  clients,
  createDistribution,
  getDistributionConfig,
  startEmulator,
  type Emulator
} from './harness/emulator.mjs'
import { canaryWorld } from './helpers/canary.js'
import { startTraffic, type Traffic } from './helpers/metrics.js'
import { handlerFolder, mutatingCalls } from './helpers/world.js'

let em: Emulator
const saved = { ...process.env }
beforeAll(async () => {
  em = await startEmulator()
  Object.assign(process.env, em.env)
  delete process.env.GITHUB_RUN_ID
}, 60_000)
afterAll(async () => {
  process.env = saved
  await em?.stop()
})
beforeEach(async () => em.reset())

const HEADER = 'aws-cf-cd-lambda-edge-deploy'
const quiet: Log = {
  info: () => {},
  warning: () => {},
  group: (_t, fn) => fn(),
  progress: () => {}
}

/** A health endpoint that judges each request by whether it reached "staging" (the canary header). */
async function healthServer(staging: number, primary = 200) {
  const seen: IncomingHttpHeaders[] = []
  const server: Server = createServer((req, res) => {
    seen.push(req.headers)
    res.writeHead(req.headers[HEADER] ? staging : primary).end()
  })
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${port}/health`,
    seen,
    stop: () => new Promise<void>(r => server.close(() => r()))
  }
}

async function run(inputs: Record<string, string>, log: Log = quiet): Promise<Outcome> {
  const all: Record<string, string> = {
    'function-name': 'headers',
    'event-type': 'viewer-response',
    'wait-timeout-seconds': '30',
    'health-check-timeout-seconds': '2',
    comment: 'false',
    ...inputs
  }
  const cfg = parseConfig(name => all[name] ?? '')
  if (!cfg.ok) throw new Error(JSON.stringify(cfg.error))
  return execute(cfg.value, { log, defaultDescription: 'canary test' })
}

const { site, slot, policy, stagingIds } = canaryWorld(() => em)
const stagingCount = async (): Promise<number> => (await stagingIds()).length

describe('canary deploy', () => {
  it('header canary: staging first, checked through the header, then promoted onto the primary', async () => {
    const { fnArn, v1, dist } = await site()
    const health = await healthServer(200, 503)
    try {
      const before = await getDistributionConfig(em, dist.id)
      const o = await run({
        package: handlerFolder('v2'),
        'distribution-id': dist.id,
        canary: 'header',
        'health-check-url': health.url
      })
      expect(o.errors).toEqual([])
      expect(o.status).toBe('deployed')
      const v2 = `${fnArn}:${o.version}`
      expect(o.version).toBe('2')
      const stagingId = o.canary!.distributions[0]!.stagingId
      expect(o.canary).toMatchObject({ traffic: 'header', state: 'promoted' })
      // Every health request went to staging, with the run's own header value.
      expect(health.seen.length).toBeGreaterThan(0)
      expect(health.seen.every(h => /^local-[0-9a-f]{8}$/.test(String(h[HEADER])))).toBe(true)
      expect(await slot(dist.id)).toBe(v2)
      expect(await slot(stagingId)).toBe(v2)
      expect(o.changes).toEqual([
        expect.objectContaining({ distributionId: dist.id, from: v1, to: v2 })
      ])
      // The primary is its old self but for the slot and the attached policy; AWS disabled the policy.
      const after = await getDistributionConfig(em, dist.id)
      const { ContinuousDeploymentPolicyId, ...rest } = after.config
      expect(ContinuousDeploymentPolicyId).toBe(o.canary!.distributions[0]!.policyId)
      expect(rest.Comment).toBe(before.config.Comment)
      expect(rest.CacheBehaviors).toEqual(before.config.CacheBehaviors)
      expect(rest.CallerReference).toBe(before.config.CallerReference)
      expect((await policy(dist.id)).Enabled).toBe(false)
    } finally {
      await health.stop()
    }
  })

  it('weight canary: the policy sends 10% with stickiness after the header check, then promotion', async () => {
    const { fnArn, dist } = await site()
    const o = await run({
      package: handlerFolder('w2'),
      'distribution-id': dist.id,
      canary: '10%',
      'canary-stickiness-seconds': '600'
    })
    expect(o.errors).toEqual([])
    expect(o.status).toBe('deployed')
    expect(await slot(dist.id)).toBe(`${fnArn}:${o.version}`)
    const p = await policy(dist.id)
    expect(p.TrafficConfig).toEqual({
      Type: 'SingleWeight',
      SingleWeightConfig: {
        Weight: 0.1,
        SessionStickinessConfig: { IdleTTL: 600, MaximumTTL: 600 }
      }
    })
    expect(p.Enabled).toBe(false)
  })

  it('a failing health check on staging disables the policy and leaves the primary byte-identical', async () => {
    const { dist } = await site()
    // A first canary attaches the policy (the one primary change a canary ever makes).
    const first = await run({
      package: handlerFolder('a'),
      'distribution-id': dist.id,
      canary: 'header'
    })
    expect(first.status).toBe('deployed')
    const before = await getDistributionConfig(em, dist.id)
    const bad = await healthServer(500)
    try {
      const o = await run({
        package: handlerFolder('b'),
        'distribution-id': dist.id,
        canary: 'header',
        'health-check-url': bad.url
      })
      expect(o.status).toBe('failed')
      expect(o.canary?.state).toBe('aborted')
      expect(o.errors.join('\n')).toMatch(/On the staging distribution: Health check .* HTTP 500/)
      const after = await getDistributionConfig(em, dist.id)
      expect(after.etag).toBe(before.etag)
      expect(after.config).toEqual(before.config)
      expect((await policy(dist.id)).Enabled).toBe(false)
    } finally {
      await bad.stop()
    }
  })

  it('manual promotion: status canary, the primary untouched, then mode promote', async () => {
    const { fnArn, v1, dist } = await site()
    const o = await run({
      package: handlerFolder('m2'),
      'distribution-id': dist.id,
      canary: 'header',
      'canary-promote': 'manual'
    })
    expect(o.errors).toEqual([])
    expect(o.status).toBe('canary')
    const stagingId = o.canary!.distributions[0]!.stagingId
    expect(await slot(dist.id)).toBe(v1)
    expect(await slot(stagingId)).toBe(`${fnArn}:${o.version}`)
    expect((await policy(dist.id)).Enabled).toBe(true)

    const p = await run({ mode: 'promote', 'distribution-id': dist.id })
    expect(p.errors).toEqual([])
    expect(p.status).toBe('deployed')
    expect(p.version).toBe(o.version)
    expect(p.canary).toMatchObject({
      state: 'promoted',
      traffic: 'header',
      header: HEADER,
      headerValue: o.canary!.headerValue
    })
    expect(await slot(dist.id)).toBe(`${fnArn}:${o.version}`)
    expect((await policy(dist.id)).Enabled).toBe(false)
    // Nothing left to promote: a second promote refuses and changes nothing.
    await em.clearRequests()
    const again = await run({ mode: 'promote', 'distribution-id': dist.id })
    expect(again.status).toBe('failed')
    expect(again.errors[0]).toMatch(/No canary is live/)
    expect(await mutatingCalls(em)).toEqual([])
  })

  it('promote refuses when the primary changed after the canary was staged (promotion would undo it)', async () => {
    const { v1, dist } = await site()
    const o = await run({
      package: handlerFolder('p2'),
      'distribution-id': dist.id,
      canary: 'header',
      'canary-promote': 'manual'
    })
    expect(o.status).toBe('canary')
    // A colleague changes the primary directly in the meantime.
    const p = await getDistributionConfig(em, dist.id)
    await clients(em).cloudfront.send(
      new UpdateDistributionCommand({
        Id: dist.id,
        IfMatch: p.etag,
        DistributionConfig: { ...p.config, Comment: 'changed by hand' }
      })
    )
    await em.clearRequests()
    const r = await run({ mode: 'promote', 'distribution-id': dist.id })
    expect(r.status).toBe('failed')
    expect(r.errors[0]).toMatch(/differ in Comment .*Deploy again/s)
    expect(await mutatingCalls(em)).toEqual([])
    expect(await slot(dist.id)).toBe(v1)
    expect((await getDistributionConfig(em, dist.id)).config.Comment).toBe('changed by hand')
  })

  it('mode rollback while a canary is live disables it, the primary untouched', async () => {
    const { v1, dist } = await site()
    const o = await run({
      package: handlerFolder('r2'),
      'distribution-id': dist.id,
      canary: '5%',
      'canary-promote': 'manual'
    })
    expect(o.status).toBe('canary')
    const before = await getDistributionConfig(em, dist.id)
    const r = await run({ mode: 'rollback', 'distribution-id': dist.id })
    expect(r.errors).toEqual([])
    expect(r.status).toBe('rolled-back')
    expect(r.canary).toMatchObject({ state: 'aborted', traffic: 'weight', weightPercent: 5 })
    expect((await policy(dist.id)).Enabled).toBe(false)
    expect(await slot(dist.id)).toBe(v1)
    expect((await getDistributionConfig(em, dist.id)).etag).toBe(before.etag)
  })

  it('after a promotion, mode rollback works as without canaries (the policy stays attached, off)', async () => {
    const { v1, dist } = await site()
    const o = await run({ package: handlerFolder('ar'), 'distribution-id': dist.id, canary: '5%' })
    expect(o.status).toBe('deployed')
    const r = await run({ mode: 'rollback', 'distribution-id': dist.id })
    expect(r.errors).toEqual([])
    expect(r.status).toBe('rolled-back')
    expect(r.canary).toBeUndefined()
    expect(await slot(dist.id)).toBe(v1)
    expect((await getDistributionConfig(em, dist.id)).config.ContinuousDeploymentPolicyId).toBe(
      o.canary!.distributions[0]!.policyId
    )
  })

  it('refuses an HTTP/3 primary before any change (zero mutating calls)', async () => {
    const { dist } = await site('http2and3')
    await em.clearRequests()
    const o = await run({
      package: handlerFolder('h3'),
      'distribution-id': dist.id,
      canary: 'header'
    })
    expect(o.status).toBe('failed')
    expect(o.errors[0]).toMatch(/HTTP\/3 enabled .*http2and3/)
    expect(await mutatingCalls(em)).toEqual([])
  })

  it('refuses a multi-tenant primary and a full staging quota before any change', async () => {
    const { dist } = await site()
    const tenant = await clients(em).cloudfront.send(
      new CreateDistributionCommand({
        DistributionConfig: {
          ...buildDistributionConfig({ httpVersion: 'http2' }),
          ConnectionMode: 'tenant-only'
        }
      })
    )
    // 20 staging distributions already in the account (CloudFront's quota).
    const other = await createDistribution(em, { httpVersion: 'http2' })
    for (let i = 0; i < 20; i++)
      await clients(em).cloudfront.send(
        new CopyDistributionCommand({
          PrimaryDistributionId: other.id,
          Staging: true,
          IfMatch: other.etag,
          CallerReference: `fill-${i}`
        })
      )
    await em.clearRequests()
    const o = await run({
      package: handlerFolder('q'),
      'distribution-id': `${dist.id},${tenant.Distribution!.Id!}`,
      canary: 'header'
    })
    expect(o.status).toBe('failed')
    expect(o.errors).toEqual([
      expect.stringMatching(/is a multi-tenant distribution/),
      expect.stringMatching(/has 20 staging distributions and this canary needs 1 more/)
    ])
    expect(await mutatingCalls(em)).toEqual([])
  })

  it('refuses when the account has 20 policies, or when given a staging distribution, before any change', async () => {
    const { dist } = await site()
    const first = await run({
      package: handlerFolder('pq1'),
      'distribution-id': dist.id,
      canary: 'header'
    })
    expect(first.status).toBe('deployed')
    const stagingId = first.canary!.distributions[0]!.stagingId
    // A second primary, never canaried: it would need a new policy, and the account has 20 (each
    // routing to its own staging distribution, as CloudFront requires).
    const other = await createDistribution(em, { httpVersion: 'http2' })
    const filler = await createDistribution(em, { httpVersion: 'http2' })
    for (let i = 1; i < 20; i++) {
      const copy = await clients(em).cloudfront.send(
        new CopyDistributionCommand({
          PrimaryDistributionId: filler.id,
          Staging: true,
          IfMatch: filler.etag,
          CallerReference: `fill-${i}`
        })
      )
      await clients(em).cloudfront.send(
        new CreateContinuousDeploymentPolicyCommand({
          ContinuousDeploymentPolicyConfig: {
            StagingDistributionDnsNames: { Quantity: 1, Items: [copy.Distribution!.DomainName!] },
            Enabled: false,
            TrafficConfig: {
              Type: 'SingleHeader',
              SingleHeaderConfig: { Header: 'aws-cf-cd-other', Value: String(i) }
            }
          }
        })
      )
    }
    await em.clearRequests()
    const o = await run({
      package: handlerFolder('pq2'),
      'distribution-id': `${other.id},${stagingId}`,
      canary: 'header'
    })
    expect(o.status).toBe('failed')
    expect(o.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^Distribution ${stagingId} is a staging distribution: give the primary`)
      ),
      expect.stringMatching(/has 20 staging distributions and this canary needs 1 more/),
      expect.stringMatching(
        /has 20 continuous deployment policies and this canary needs 1 more: CloudFront allows 20/
      )
    ])
    expect(await mutatingCalls(em)).toEqual([])
  })

  it('two distributions: each gets its staging distribution and both are promoted', async () => {
    const { fnArn, v1, dist } = await site()
    const second = await createDistribution(em, {
      httpVersion: 'http2',
      associations: [{ cacheBehavior: 'default', eventType: 'viewer-response', arn: v1 }]
    })
    const o = await run({
      package: handlerFolder('two'),
      'distribution-id': `${dist.id},${second.id}`,
      canary: 'header'
    })
    expect(o.errors).toEqual([])
    expect(o.status).toBe('deployed')
    expect(o.canary!.distributions.map(d => d.primaryId)).toEqual([dist.id, second.id])
    expect(await stagingCount()).toBe(2)
    for (const id of [dist.id, second.id]) expect(await slot(id)).toBe(`${fnArn}:${o.version}`)
    expect(o.changes.map(c => c.distributionId).sort()).toEqual([dist.id, second.id].sort())
  })

  it('a promotion that stops part-way: the promoted primary is waited for, the other canary is turned off', async () => {
    const { fnArn, v1, dist } = await site()
    const second = await createDistribution(em, {
      httpVersion: 'http2',
      associations: [{ cacheBehavior: 'default', eventType: 'viewer-response', arn: v1 }]
    })
    const ids = `${dist.id},${second.id}`
    const first = await run({
      package: handlerFolder('pw1'),
      'distribution-id': ids,
      canary: 'header'
    })
    expect(first.status).toBe('deployed')
    // Someone edits the second primary just as its promotion lands.
    await em.editBeforeNextUpdate(second.id, 'edited meanwhile')
    const o = await run({ package: handlerFolder('pw2'), 'distribution-id': ids, canary: 'header' })
    expect(o.status).toBe('failed')
    expect(o.errors.join('\n')).toMatch(/Not promoting .* differ in Comment/)
    expect(await slot(dist.id)).toBe(`${fnArn}:${o.version}`)
    expect(await slot(second.id)).toBe(`${fnArn}:${first.version}`)
    expect((await getDistributionConfig(em, second.id)).config.Comment).toBe('edited meanwhile')
    expect((await policy(second.id)).Enabled).toBe(false)
    expect(o.changes.map(c => c.distributionId)).toEqual([dist.id])
  })

  /**
   * A canary whose bake sees `staging` on the staging distribution (from the moment the weight
   * sends viewers there) and `primary` on the primary (all along). Returns the run's outcome.
   */
  async function bakedCanary(
    dist: { id: string },
    stagingId: string,
    tag: string,
    traffic: { staging: Traffic; primary: Traffic }
  ): Promise<{ outcome: Outcome; lines: string[] }> {
    let weighted = false
    const lines: string[] = []
    const onStaging = startTraffic(em, stagingId, () => (weighted ? traffic.staging : undefined))
    const onPrimary = startTraffic(em, dist.id, () => traffic.primary)
    const watch: Log = {
      ...quiet,
      info: m => {
        lines.push(m)
        if (/of viewers now reach version/.test(m)) weighted = true
      }
    }
    try {
      const outcome = await run(
        {
          package: handlerFolder(tag),
          'distribution-id': dist.id,
          canary: '10%',
          'bake-seconds': '3',
          'bake-period-seconds': '1',
          'bake-min-requests': '10'
        },
        watch
      )
      return { outcome, lines }
    } finally {
      await Promise.all([onStaging.stop(), onPrimary.stop()])
    }
  }

  it("the bake holds staging against the primary: staging's 5xx above the primary's aborts before promotion", async () => {
    const { fnArn, dist } = await site()
    const first = await run({
      package: handlerFolder('b1'),
      'distribution-id': dist.id,
      canary: '10%'
    })
    expect(first.status).toBe('deployed')
    const stagingId = first.canary!.distributions[0]!.stagingId
    const before = await getDistributionConfig(em, dist.id)
    const { outcome: o, lines } = await bakedCanary(dist, stagingId, 'b2', {
      staging: { requests: 50, rate5xx: 40 },
      primary: { requests: 500, rate5xx: 0 }
    })
    expect(o.status).toBe('failed')
    expect(o.errors[0]).toMatch(
      new RegExp(
        `^The bake failed: ${stagingId}: 5xxErrorRate 40% over \\d+ request\\(s\\) since Deployed crossed the line: above bake-max-5xx-rate 1% and the 0% of the primary distribution over the same periods\\.`
      )
    )
    expect(o.bake!.distributions[0]).toMatchObject({
      distributionId: stagingId,
      against: 'primary',
      primaryId: dist.id
    })
    expect(lines.some(l => l.includes(`${stagingId} (against primary ${dist.id})`))).toBe(true)
    expect(o.canary?.state).toBe('aborted')
    expect((await policy(dist.id)).Enabled).toBe(false)
    // The primary is byte-identical: same ETag, same config, the previous version still live.
    expect(await getDistributionConfig(em, dist.id)).toEqual(before)
    expect(await slot(dist.id)).toBe(`${fnArn}:${first.version}`)
  }, 60_000)

  it('the bake passes staging whose 5xx rate equals the primary’s, above bake-max-5xx-rate: promoted', async () => {
    const { fnArn, dist } = await site()
    const first = await run({
      package: handlerFolder('e1'),
      'distribution-id': dist.id,
      canary: '10%'
    })
    const stagingId = first.canary!.distributions[0]!.stagingId
    // 5% everywhere: a bad hour of the origin, not of the new version. Staging had no traffic
    // before the canary, so judged against its own past only the limit would have decided (fail).
    const { outcome: o } = await bakedCanary(dist, stagingId, 'e2', {
      staging: { requests: 50, rate5xx: 5 },
      primary: { requests: 500, rate5xx: 5 }
    })
    expect(o.errors).toEqual([])
    expect(o.status).toBe('deployed')
    expect(o.bake).toMatchObject({ result: 'pass' })
    expect(o.bake!.distributions[0]!.judgement).toMatchObject({
      kind: 'pass',
      rate: 5,
      baseline: 5,
      against: 'primary'
    })
    expect(o.canary).toMatchObject({ state: 'promoted' })
    expect(o.canary!.verified).toContain('bake of 3 s passed')
    expect(await slot(dist.id)).toBe(`${fnArn}:${o.version}`)
    expect((await policy(dist.id)).Enabled).toBe(false)
  }, 60_000)

  it('a second canary reuses the staging distribution and the policy', async () => {
    const { fnArn, dist } = await site()
    const first = await run({
      package: handlerFolder('s1'),
      'distribution-id': dist.id,
      canary: 'header'
    })
    const second = await run({
      package: handlerFolder('s2'),
      'distribution-id': dist.id,
      canary: '3%'
    })
    expect([first.status, second.status]).toEqual(['deployed', 'deployed'])
    expect(first.canary!.distributions[0]!.createdStaging).toBe(true)
    expect(second.canary!.distributions[0]).toEqual({
      ...first.canary!.distributions[0],
      createdStaging: false
    })
    expect(await stagingCount()).toBe(1)
    expect(await slot(dist.id)).toBe(`${fnArn}:${second.version}`)
  })
})

describe('what a canary costs', () => {
  const count = (ops: (string | null)[]) =>
    ops.reduce<Record<string, number>>(
      (m, op) => ({ ...m, [op ?? '?']: (m[op ?? '?'] ?? 0) + 1 }),
      {}
    )

  it('direct deploy versus first and second canary: the mutating calls, in order', async () => {
    const { dist } = await site()
    await em.clearRequests()
    const direct = await run({ package: handlerFolder('d1'), 'distribution-id': dist.id })
    expect(direct.status).toBe('deployed')
    const directOps = (await em.requests()).map(r => r.operation)
    await em.clearRequests()
    const first = await run({
      package: handlerFolder('c1'),
      'distribution-id': dist.id,
      canary: '10%'
    })
    expect(first.status).toBe('deployed')
    const firstOps = (await em.requests()).map(r => r.operation)
    await em.clearRequests()
    const second = await run({
      package: handlerFolder('c2'),
      'distribution-id': dist.id,
      canary: '10%'
    })
    expect(second.status).toBe('deployed')
    const secondOps = (await em.requests()).map(r => r.operation)
    const mutating = async (ops: (string | null)[]) =>
      ops.filter(op => op && !/^(Get|List)/.test(op))
    const lambdaWrites = ['UpdateFunctionCode', 'PublishVersion']
    const history = (ops: (string | null)[]) => ops.filter(op => /Alias$/.test(op ?? ''))
    expect((await mutating(directOps)).filter(op => !/Alias$/.test(op!))).toEqual([
      ...lambdaWrites,
      'UpdateDistribution'
    ])
    expect((await mutating(firstOps)).filter(op => !/Alias$/.test(op!))).toEqual([
      ...lambdaWrites,
      'CopyDistribution',
      'UpdateDistribution', // staging: the slot
      'CreateContinuousDeploymentPolicy', // header, for the check
      'UpdateDistribution', // primary: attach the policy, once
      'UpdateContinuousDeploymentPolicy', // the weight
      'UpdateDistributionWithStagingConfig'
    ])
    expect((await mutating(secondOps)).filter(op => !/Alias$/.test(op!))).toEqual([
      ...lambdaWrites,
      'UpdateDistribution', // staging
      'UpdateContinuousDeploymentPolicy', // header, enabled
      'UpdateContinuousDeploymentPolicy', // the weight
      'UpdateDistributionWithStagingConfig'
    ])
    expect(history(secondOps)).toEqual(history(firstOps))
    if (process.env.CANARY_COSTS)
      console.log(
        JSON.stringify(
          { direct: count(directOps), first: count(firstOps), second: count(secondOps) },
          null,
          1
        )
      )
  })
})
