// The pure side of canaries: the inputs, the policy config, the refusals and the staging base.
import type { DistributionConfig } from '@aws-sdk/client-cloudfront'
import { canaryRefusals, policyConfig, stagingBase, stagingDrift } from '../src/canary.js'
import { parseConfig } from '../src/config.js'
import { renderCanary } from '../src/report/canary.js'

const base: Record<string, string> = {
  'function-name': 'edge-fn',
  'event-type': 'viewer-request',
  'distribution-id': 'E2QWRUHAPOMQZL'
}
const parse = (values: Record<string, string>) =>
  parseConfig(name => ({ ...base, ...values })[name] ?? '')

describe('canary inputs', () => {
  it('default to off, the documented header, 300 s and auto promotion', () => {
    const r = parse({})
    expect(r.ok && r.value.canary).toEqual({
      kind: 'off',
      header: 'aws-cf-cd-lambda-edge-deploy',
      stickinessSeconds: 300,
      promote: 'auto'
    })
  })

  it.each([
    ['header', { kind: 'header' }],
    ['5%', { kind: 'weight', weightPercent: 5 }],
    ['15%', { kind: 'weight', weightPercent: 15 }],
    ['2.5%', { kind: 'weight', weightPercent: 2.5 }]
  ])('accept canary: %s', (raw, kind) => {
    const r = parse({ canary: raw })
    expect(r.ok && r.value.canary).toMatchObject(kind)
  })

  it.each(['0%', '16%', '10', 'weight', '-5%'])('refuse canary: %s, naming the input', raw => {
    const r = parse({ canary: raw })
    expect(!r.ok && r.error).toEqual([
      { input: 'canary', message: expect.stringMatching(/at most 15%/) }
    ])
  })

  it('refuse a header without the aws-cf-cd- prefix, stickiness out of 300..3600, an unknown promote', () => {
    const r = parse({
      'canary-header': 'x-canary',
      'canary-stickiness-seconds': '60',
      'canary-promote': 'later'
    })
    expect(!r.ok && r.error.map(e => e.input)).toEqual([
      'canary-header',
      'canary-stickiness-seconds',
      'canary-promote'
    ])
  })

  it('needs wait: true for a canary deploy', () => {
    const r = parse({ canary: 'header', wait: 'false' })
    expect(!r.ok && r.error.map(e => e.input)).toEqual(['canary'])
  })

  it('take mode: promote', () => {
    const r = parse({ mode: 'promote' })
    expect(r.ok && r.value.mode).toBe('promote')
  })
})

describe('policyConfig', () => {
  it('header: SingleHeader with the run value', () => {
    expect(
      policyConfig('d1.cloudfront.net', { type: 'header', header: 'aws-cf-cd-x', value: 'v' }, true)
    ).toEqual({
      StagingDistributionDnsNames: { Quantity: 1, Items: ['d1.cloudfront.net'] },
      Enabled: true,
      TrafficConfig: {
        Type: 'SingleHeader',
        SingleHeaderConfig: { Header: 'aws-cf-cd-x', Value: 'v' }
      }
    })
  })

  it('weight: a fraction, with stickiness on both TTLs', () => {
    const c = policyConfig('d', { type: 'weight', percent: 7.5, stickinessSeconds: 900 }, false)
    expect(c.Enabled).toBe(false)
    expect(c.TrafficConfig?.SingleWeightConfig).toEqual({
      Weight: 0.075,
      SessionStickinessConfig: { IdleTTL: 900, MaximumTTL: 900 }
    })
  })
})

const config = (extra: Partial<DistributionConfig>): DistributionConfig =>
  ({ CallerReference: 'p', Comment: 'c', Enabled: true, HttpVersion: 'http2', ...extra }) as never

describe('canaryRefusals', () => {
  const counts = { stagingDistributions: 0, policies: 0 }
  it('refuses HTTP/3, multi-tenant and staging distributions, naming each', () => {
    const r = canaryRefusals(
      [
        { id: 'E1', config: config({ HttpVersion: 'http2and3' }) },
        { id: 'E2', config: config({ ConnectionMode: 'tenant-only' }) },
        { id: 'E3', config: config({ Staging: true }) },
        { id: 'E4', config: config({}) }
      ],
      [],
      counts
    )
    expect(r).toEqual([
      expect.stringMatching(/^Distribution E1 has HTTP\/3 enabled/),
      expect.stringMatching(/^Distribution E2 is a multi-tenant distribution/),
      expect.stringMatching(/^Distribution E3 is a staging distribution/)
    ])
  })

  it('counts the staging distributions and policies still to be made against the quotas of 20', () => {
    const targets = [
      { primaryId: 'E1' },
      { primaryId: 'E2', policyId: 'P', staging: { id: 'S', domainName: 'd' } }
    ]
    expect(canaryRefusals([], targets, { stagingDistributions: 19, policies: 19 })).toEqual([])
    expect(canaryRefusals([], targets, { stagingDistributions: 20, policies: 20 })).toEqual([
      expect.stringMatching(/20 staging distributions .* 1 more/),
      expect.stringMatching(/20 continuous deployment policies .* 1 more/)
    ])
  })

  it('a refused primary does not count against the quotas: it will get no staging distribution', () => {
    const r = canaryRefusals(
      [
        { id: 'E1', config: config({}) },
        { id: 'S9', config: config({ Staging: true }) }
      ],
      [{ primaryId: 'E1' }, { primaryId: 'S9' }],
      { stagingDistributions: 19, policies: 19 }
    )
    expect(r).toEqual([expect.stringMatching(/^Distribution S9 is a staging distribution/)])
  })
})

describe('stagingBase', () => {
  it("is the primary's config with the staging distribution's identity", () => {
    const primary = config({
      Comment: 'new comment',
      ContinuousDeploymentPolicyId: 'P1',
      Aliases: { Quantity: 1, Items: ['www.example.com'] }
    })
    const staging = config({
      CallerReference: 's',
      Comment: 'stale',
      Staging: true,
      Aliases: { Quantity: 0 }
    })
    expect(stagingBase(primary, staging)).toEqual({
      ...primary,
      CallerReference: 's',
      Aliases: { Quantity: 0 },
      Staging: true,
      ContinuousDeploymentPolicyId: undefined
    })
  })
})

describe('renderCanary', () => {
  it('shows the state, the traffic, and the promote and abort steps while live', () => {
    const cfg = parse({ canary: '10%' })
    if (!cfg.ok) throw new Error('config')
    const md = renderCanary(cfg.value, {
      traffic: 'weight',
      header: 'aws-cf-cd-lambda-edge-deploy',
      headerValue: 'run-1-1-abcd',
      weightPercent: 10,
      stickinessSeconds: 300,
      promote: 'manual',
      distributions: [{ primaryId: 'E1', stagingId: 'S1', policyId: 'P1', createdStaging: true }],
      verified: ['staging S1 Deployed with version 7'],
      state: 'live'
    })
    expect(md).toContain('### Canary: live on the staging distributions, promotion pending')
    expect(md).toContain('10% of viewers')
    expect(md).toContain('`S1` (created)')
    expect(md).toContain('mode: promote')
    expect(md).toContain('mode: rollback')
  })
})

describe('stagingDrift', () => {
  const owner = 'arn:aws:lambda:us-east-1:123456789012:function:fn'
  const withSlot = (c: DistributionConfig, arn: string): DistributionConfig => ({
    ...c,
    DefaultCacheBehavior: {
      TargetOriginId: 'o',
      ViewerProtocolPolicy: 'allow-all',
      LambdaFunctionAssociations: {
        Quantity: 1,
        Items: [{ LambdaFunctionARN: arn, EventType: 'viewer-request', IncludeBody: false }]
      }
    }
  })
  const slots = [
    {
      cacheBehavior: 'default',
      eventType: 'viewer-request' as const,
      arn: `${owner}:2`,
      includeBody: false
    }
  ]
  const primary = withSlot(config({ ContinuousDeploymentPolicyId: 'P' }), `${owner}:1`)
  const staged = withSlot({ ...config({ CallerReference: 's' }), Staging: true }, `${owner}:2`)

  it('is empty when staging is the primary plus the canary slots', () => {
    expect(stagingDrift(primary, staged, slots, owner)).toEqual([])
  })

  it('names the fields someone changed on the primary since', () => {
    expect(stagingDrift({ ...primary, Comment: 'by hand' }, staged, slots, owner)).toEqual([
      'Comment'
    ])
  })
})
