import type { DistributionConfig } from '@aws-sdk/client-cloudfront'
import { desiredFor, planDistribution, reverse } from '../src/plan.js'

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:edge-fn'
const OTHER = 'arn:aws:lambda:us-east-1:123456789012:function:someone-else'

function config(): DistributionConfig {
  return {
    CallerReference: 'ref',
    Comment: 'keep me',
    Enabled: true,
    Origins: { Quantity: 1, Items: [{ Id: 'o1', DomainName: 'example.com' }] },
    DefaultCacheBehavior: {
      TargetOriginId: 'o1',
      ViewerProtocolPolicy: 'redirect-to-https',
      LambdaFunctionAssociations: {
        Quantity: 2,
        Items: [
          { EventType: 'viewer-request', LambdaFunctionARN: `${FN}:1`, IncludeBody: false },
          { EventType: 'origin-response', LambdaFunctionARN: `${OTHER}:4`, IncludeBody: false }
        ]
      }
    },
    CacheBehaviors: {
      Quantity: 2,
      Items: [
        { PathPattern: '/api/*', TargetOriginId: 'o1', ViewerProtocolPolicy: 'https-only' },
        {
          PathPattern: '/img/*',
          TargetOriginId: 'o1',
          ViewerProtocolPolicy: 'allow-all',
          LambdaFunctionAssociations: {
            Quantity: 1,
            Items: [{ EventType: 'viewer-request', LambdaFunctionARN: `${OTHER}:2` }]
          }
        }
      ]
    }
  } as DistributionConfig
}

describe('planDistribution', () => {
  it('re-points only the requested slot and keeps everything else identical', () => {
    const before = config()
    const r = planDistribution(
      'E1',
      before,
      desiredFor(['default'], 'viewer-request', `${FN}:2`, false),
      FN
    )
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.changes).toEqual([
      {
        distributionId: 'E1',
        cacheBehavior: 'default',
        eventType: 'viewer-request',
        from: `${FN}:1`,
        to: `${FN}:2`,
        includeBody: false,
        fromIncludeBody: false
      }
    ])
    const expected = config()
    expected.DefaultCacheBehavior!.LambdaFunctionAssociations!.Items![0]!.LambdaFunctionARN = `${FN}:2`
    expect(r.value.config).toEqual(expected)
    expect(before).toEqual(config())
  })

  it('adds an association to a path behavior that has none, with a consistent Quantity', () => {
    const r = planDistribution(
      'E1',
      config(),
      desiredFor(['/api/*'], 'origin-request', `${FN}:3`, true),
      FN
    )
    expect(r.ok && r.value.config.CacheBehaviors!.Items![0]!.LambdaFunctionAssociations).toEqual({
      Quantity: 1,
      Items: [{ LambdaFunctionARN: `${FN}:3`, EventType: 'origin-request', IncludeBody: true }]
    })
  })

  it('refuses a slot held by another function and an unknown behavior, listing the existing ones', () => {
    const r = planDistribution(
      'E1',
      config(),
      desiredFor(['/img/*', '/nope/*'], 'viewer-request', `${FN}:3`, false),
      FN
    )
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error).toEqual([
      {
        kind: 'slot-taken',
        cacheBehavior: '/img/*',
        eventType: 'viewer-request',
        holder: `${OTHER}:2`
      },
      {
        kind: 'unknown-behavior',
        cacheBehavior: '/nope/*',
        existing: ['default', '/api/*', '/img/*']
      }
    ])
  })

  it('plans nothing when the slot already holds the version', () => {
    const r = planDistribution(
      'E1',
      config(),
      desiredFor(['default'], 'viewer-request', `${FN}:1`, false),
      FN
    )
    expect(r.ok && r.value.changes).toEqual([])
  })

  it('reverse() restores the original config exactly, including an added slot', () => {
    const first = planDistribution(
      'E1',
      config(),
      [
        ...desiredFor(['default'], 'viewer-request', `${FN}:9`, false),
        ...desiredFor(['/api/*'], 'viewer-request', `${FN}:9`, false)
      ],
      FN
    )
    if (!first.ok) throw new Error('plan failed')
    const back = planDistribution('E1', first.value.config, reverse(first.value.changes), FN)
    if (!back.ok) throw new Error('reverse failed')
    const restored = back.value.config
    // An added slot comes back as an empty association list: CloudFront treats Quantity 0 as none.
    expect(restored.CacheBehaviors!.Items![0]!.LambdaFunctionAssociations).toEqual({
      Quantity: 0,
      Items: []
    })
    delete restored.CacheBehaviors!.Items![0]!.LambdaFunctionAssociations
    expect(restored).toEqual(config())
  })
})

describe('restoring with expect', () => {
  it('leaves a slot alone when someone re-pointed it after this run, and restores the others', () => {
    const first = planDistribution(
      'E1',
      config(),
      desiredFor(['default', '/api/*'], 'viewer-request', `${FN}:9`, false),
      FN
    )
    if (!first.ok) throw new Error('plan failed')
    // Someone else moves the default behavior on to version 10 of the same function.
    const theirs = structuredClone(first.value.config)
    theirs.DefaultCacheBehavior!.LambdaFunctionAssociations!.Items![0]!.LambdaFunctionARN = `${FN}:10`
    const back = planDistribution('E1', theirs, reverse(first.value.changes), FN)
    if (!back.ok) throw new Error('reverse failed')
    expect(back.value.skipped).toEqual([
      {
        distributionId: 'E1',
        cacheBehavior: 'default',
        eventType: 'viewer-request',
        expected: `${FN}:9`,
        found: `${FN}:10`
      }
    ])
    expect(back.value.changes.map(c => c.cacheBehavior)).toEqual(['/api/*'])
    expect(
      back.value.config.DefaultCacheBehavior!.LambdaFunctionAssociations!.Items![0]!
        .LambdaFunctionARN
    ).toBe(`${FN}:10`)
  })

  it("'keep' keeps each slot's IncludeBody", () => {
    const c = config()
    c.DefaultCacheBehavior!.LambdaFunctionAssociations!.Items![0]!.IncludeBody = true
    const r = planDistribution(
      'E1',
      c,
      desiredFor(['default'], 'viewer-request', `${FN}:2`, 'keep'),
      FN
    )
    expect(
      r.ok && r.value.config.DefaultCacheBehavior!.LambdaFunctionAssociations!.Items![0]
    ).toEqual({
      LambdaFunctionARN: `${FN}:2`,
      EventType: 'viewer-request',
      IncludeBody: true
    })
  })
})
