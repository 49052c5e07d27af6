import type { DistributionConfig } from '@aws-sdk/client-cloudfront'
import type { Snapshot } from '../../src/aws/cloudfront.js'
import type { FunctionConfig } from '../../src/config.js'
import type { EventType } from '../../src/edge.js'
import { currentAssociation } from '../../src/plan.js'
import { bind, reapply, targetsOf, undoOf } from '../../src/plan/reapply.js'
import { planJson, renderPlan } from '../../src/plan/render.js'
import {
  blockingErrors,
  buildPlan,
  type FunctionRead,
  slotChanges,
  toPublish
} from '../../src/plan/value.js'
import type { Verdict } from '../../src/rules/evaluate.js'
import type { FunctionFacts } from '../../src/rules/facts.js'

const ACCOUNT = 'arn:aws:lambda:us-east-1:123456789012:function'
const arn = (name: string): string => `${ACCOUNT}:${name}`
const clean: Verdict = { outcomes: [], findings: [], errors: 0, warnings: 0 }

function facts(name: string, over: Partial<FunctionFacts> = {}): FunctionFacts {
  return {
    name,
    arn: arn(name),
    runtime: 'nodejs22.x',
    handler: 'index.handler',
    memorySize: 128,
    timeout: 3,
    architectures: ['x86_64'],
    packageType: 'Zip',
    environmentVariableNames: [],
    layers: [],
    vpcSubnetIds: [],
    vpcSecurityGroupIds: [],
    ephemeralStorageMb: 512,
    roleArn: 'arn:aws:iam::123456789012:role/edge',
    codeSha256: `old-${name}`,
    ...over
  }
}

function read(
  name: string,
  eventType: EventType,
  over: Partial<FunctionRead> = {},
  spec: Partial<FunctionConfig> = {}
): FunctionRead {
  return {
    spec: { functionName: name, eventType, cacheBehaviors: ['default'], changes: {}, ...spec },
    arn: arn(name),
    latest: facts(name),
    effective: facts(name),
    codeSha: `new-${name}`,
    verdict: clean,
    ...over
  }
}

function distribution(): DistributionConfig {
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
          {
            EventType: 'viewer-request',
            LambdaFunctionARN: `${arn('auth')}:3`,
            IncludeBody: false
          },
          { EventType: 'origin-response', LambdaFunctionARN: `${arn('someone')}:4` }
        ]
      }
    },
    CacheBehaviors: {
      Quantity: 1,
      Items: [{ PathPattern: '/api/*', TargetOriginId: 'o1', ViewerProtocolPolicy: 'https-only' }]
    }
  } as DistributionConfig
}

const snap = (id: string, config = distribution()): Snapshot => ({ id, config, etag: `etag-${id}` })

const THREE = [
  read('auth', 'viewer-request'),
  read(
    'rewrite',
    'origin-request',
    {},
    { cacheBehaviors: ['default', '/api/*'], includeBody: true }
  ),
  read('headers', 'viewer-response')
]

describe('buildPlan', () => {
  it('plans every function on one copy per distribution: one write each carries all slots', () => {
    const r = buildPlan(THREE, [snap('E1'), snap('E2')])
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.distributions.map(d => [d.id, d.etag, d.slotChanges.length])).toEqual([
      ['E1', 'etag-E1', 4],
      ['E2', 'etag-E2', 4]
    ])
    expect(planJson(r.value).changes.filter(c => c.distributionId === 'E1')).toEqual([
      {
        functionName: 'auth',
        distributionId: 'E1',
        cacheBehavior: 'default',
        eventType: 'viewer-request',
        from: '3',
        to: 'next',
        includeBody: false,
        fromIncludeBody: false
      },
      {
        functionName: 'rewrite',
        distributionId: 'E1',
        cacheBehavior: 'default',
        eventType: 'origin-request',
        from: null,
        to: 'next',
        includeBody: true,
        fromIncludeBody: false
      },
      {
        functionName: 'rewrite',
        distributionId: 'E1',
        cacheBehavior: '/api/*',
        eventType: 'origin-request',
        from: null,
        to: 'next',
        includeBody: true,
        fromIncludeBody: false
      },
      {
        functionName: 'headers',
        distributionId: 'E1',
        cacheBehavior: 'default',
        eventType: 'viewer-response',
        from: null,
        to: 'next',
        includeBody: false,
        fromIncludeBody: false
      }
    ])
    expect(toPublish(r.value).map(f => f.functionName)).toEqual(['auth', 'rewrite', 'headers'])
    expect(r.value.functions[0]!.code).toEqual({ from: 'old-auth', to: 'new-auth' })
  })

  it('lists configuration changes field by field', () => {
    const f = read('auth', 'viewer-request', {
      effective: facts('auth', { memorySize: 128, timeout: 5, runtime: 'nodejs20.x' })
    })
    const r = buildPlan([f], [snap('E1')])
    expect(r.ok && r.value.functions[0]!.configuration).toEqual([
      { field: 'runtime', from: 'nodejs22.x', to: 'nodejs20.x' },
      { field: 'timeout', from: 3, to: 5 }
    ])
  })

  it('refuses a slot another function holds, naming the function and the distribution', () => {
    const r = buildPlan([...THREE, read('late', 'origin-response')], [snap('E1')])
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error).toEqual([
      {
        functionName: 'late',
        distributionId: 'E1',
        error: {
          kind: 'slot-taken',
          cacheBehavior: 'default',
          eventType: 'origin-response',
          holder: `${arn('someone')}:4`
        }
      }
    ])
  })

  it('reuses a version already live everywhere with the same code: nothing moves, nothing published', () => {
    const auth = read('auth', 'viewer-request', { sameAsLive: `${arn('auth')}:3` })
    const r = buildPlan([auth, THREE[2]!], [snap('E1')])
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.functions[0]!.version).toEqual({
      kind: 'existing',
      versionArn: `${arn('auth')}:3`,
      why: 'unchanged'
    })
    expect(toPublish(r.value).map(f => f.functionName)).toEqual(['headers'])
    expect(slotChanges(r.value).map(c => c.functionName)).toEqual(['headers'])
  })

  it('does not reuse when the same version would need a slot it does not hold yet', () => {
    const auth = read(
      'auth',
      'viewer-request',
      { sameAsLive: `${arn('auth')}:3` },
      { cacheBehaviors: ['default', '/api/*'] }
    )
    const r = buildPlan([auth], [snap('E1')])
    expect(r.ok && r.value.functions[0]!.version).toEqual({ kind: 'publish' })
  })

  it('plans a rollback to a given version, keeping each slot’s IncludeBody', () => {
    const config = distribution()
    config.DefaultCacheBehavior!.LambdaFunctionAssociations!.Items![0]!.IncludeBody = true
    const r = buildPlan(
      [read('auth', 'viewer-request', { rollbackTo: `${arn('auth')}:2` })],
      [snap('E1', config)]
    )
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(slotChanges(r.value)).toEqual([
      expect.objectContaining({
        from: `${arn('auth')}:3`,
        to: `${arn('auth')}:2`,
        includeBody: true
      })
    ])
    expect(toPublish(r.value)).toEqual([])
  })

  it('counts Lambda@Edge errors across functions', () => {
    const bad = read('headers', 'viewer-response', { verdict: { ...clean, errors: 2 } })
    const r = buildPlan([THREE[0]!, bad], [snap('E1')])
    expect(r.ok && blockingErrors(r.value)).toBe(2)
  })
})

describe('executing the plan on a config', () => {
  const planned = (): ReturnType<typeof buildPlan> => buildPlan(THREE, [snap('E1')])
  const versions = new Map([
    [arn('auth'), `${arn('auth')}:4`],
    [arn('rewrite'), `${arn('rewrite')}:1`],
    [arn('headers'), `${arn('headers')}:7`]
  ])

  it('binds the published versions and re-applies onto a fresh config, keeping another writer’s edit', () => {
    const p = planned()
    if (!p.ok) throw new Error('plan refused')
    const fresh = distribution()
    fresh.Comment = 'edited by someone else'
    const bound = bind(slotChanges(p.value), versions)
    const r = reapply('E1', fresh, targetsOf(bound))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.config.Comment).toBe('edited by someone else')
    expect(r.value.changes.map(c => [c.functionName, c.cacheBehavior, c.to])).toEqual([
      ['auth', 'default', `${arn('auth')}:4`],
      ['rewrite', 'default', `${arn('rewrite')}:1`],
      ['rewrite', '/api/*', `${arn('rewrite')}:1`],
      ['headers', 'default', `${arn('headers')}:7`]
    ])
    const slot = (b: string, e: EventType) => currentAssociation(r.value.config, b, e)
    expect(slot('default', 'origin-request')).toEqual({
      LambdaFunctionARN: `${arn('rewrite')}:1`,
      EventType: 'origin-request',
      IncludeBody: true
    })
    expect(slot('default', 'origin-response')?.LambdaFunctionARN).toBe(`${arn('someone')}:4`)
    expect(r.value.config.DefaultCacheBehavior!.LambdaFunctionAssociations!.Quantity).toBe(4)
  })

  it('undoes every function’s slots in one config, except a slot someone changed since', () => {
    const p = planned()
    if (!p.ok) throw new Error('plan refused')
    const bound = bind(slotChanges(p.value), versions)
    const written = reapply('E1', distribution(), targetsOf(bound))
    if (!written.ok) throw new Error('write refused')
    const later = structuredClone(written.value.config)
    // Someone else re-points headers' slot to a newer version after this run wrote it.
    later.DefaultCacheBehavior!.LambdaFunctionAssociations!.Items!.find(
      a => a.EventType === 'viewer-response'
    )!.LambdaFunctionARN = `${arn('headers')}:8`
    const r = reapply('E1', later, undoOf(written.value.changes))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const slot = (b: string, e: EventType) =>
      currentAssociation(r.value.config, b, e)?.LambdaFunctionARN ?? null
    expect([
      slot('default', 'viewer-request'),
      slot('default', 'origin-request'),
      slot('/api/*', 'origin-request'),
      slot('default', 'viewer-response')
    ]).toEqual([`${arn('auth')}:3`, null, null, `${arn('headers')}:8`])
    expect(r.value.skipped).toEqual([
      expect.objectContaining({ eventType: 'viewer-response', found: `${arn('headers')}:8` })
    ])
  })

  it('refuses, naming the function, when a slot was taken by another function since the plan', () => {
    const p = planned()
    if (!p.ok) throw new Error('plan refused')
    const fresh = distribution()
    fresh.DefaultCacheBehavior!.LambdaFunctionAssociations!.Items!.push({
      EventType: 'viewer-response',
      LambdaFunctionARN: `${arn('someone')}:9`
    })
    const r = reapply('E1', fresh, targetsOf(bind(slotChanges(p.value), versions)))
    expect(!r.ok && r.error.map(e => [e.functionName, e.error.kind])).toEqual([
      ['headers', 'slot-taken']
    ])
  })
})

describe('rendering the plan', () => {
  it('shows one table of functions and one of slots for all of them', () => {
    const p = buildPlan(THREE, [snap('E1')])
    if (!p.ok) throw new Error('plan refused')
    const md = renderPlan(planJson(p.value))
    expect(md).toContain('| `auth` | viewer-request | publish a new version (new code) | ✅ |')
    expect(md).toContain(
      '| `rewrite` | `E1` | `/api/*` | origin-request | none | next | false → true |'
    )
    expect(md).toContain('1 UpdateDistribution call(s)')
  })

  it('round-trips as JSON: the plan output is plain data', () => {
    const p = buildPlan(THREE, [snap('E1')])
    if (!p.ok) throw new Error('plan refused')
    const json = planJson(p.value)
    expect(JSON.parse(JSON.stringify(json))).toEqual(json)
    expect(json.functions.map(f => [f.functionName, f.version])).toEqual([
      ['auth', 'next'],
      ['rewrite', 'next'],
      ['headers', 'next']
    ])
  })
})
