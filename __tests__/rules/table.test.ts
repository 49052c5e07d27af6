import type { PackageFacts } from '../../src/package/facts.js'
import { evaluate } from '../../src/rules/evaluate.js'
import type { FunctionFacts } from '../../src/rules/facts.js'
import type { RuleContext } from '../../src/rules/table.js'
import type { EventType } from '../../src/edge.js'

const goodFn = (): FunctionFacts => ({
  name: 'edge-fn',
  arn: 'arn:aws:lambda:us-east-1:123456789012:function:edge-fn',
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  memorySize: 128,
  timeout: 5,
  architectures: ['x86_64'],
  packageType: 'Zip',
  environmentVariableNames: [],
  layers: [],
  vpcSubnetIds: [],
  vpcSecurityGroupIds: [],
  ephemeralStorageMb: 512,
  runtimeUpdateMode: 'Auto',
  tagKeys: [],
  roleArn: 'arn:aws:iam::123456789012:role/edge',
  roleTrustedServices: ['lambda.amazonaws.com', 'edgelambda.amazonaws.com']
})

const pkg = (zipBytes: number, extra: Partial<PackageFacts> = {}): PackageFacts => ({
  source: 'pkg.zip',
  kind: 'zip',
  zipBytes,
  uncompressedBytes: zipBytes,
  entries: [
    { name: 'index.js', compressedSize: zipBytes, uncompressedSize: zipBytes, isDirectory: false }
  ],
  ...extra
})

const ctx = (over: Partial<RuleContext> = {}, fn: Partial<FunctionFacts> = {}): RuleContext => ({
  eventType: 'viewer-request',
  includeBody: false,
  fn: { ...goodFn(), ...fn },
  today: '2026-11-25',
  ...over
})

const failed = (c: RuleContext): string[] =>
  evaluate(c)
    .findings.filter(f => f.severity === 'error')
    .map(f => f.rule)
const warned = (c: RuleContext): string[] =>
  evaluate(c)
    .findings.filter(f => f.severity === 'warning')
    .map(f => f.rule)

describe('the rule table', () => {
  it('passes a compliant function and package on every event type', () => {
    for (const eventType of [
      'viewer-request',
      'viewer-response',
      'origin-request',
      'origin-response'
    ] as EventType[])
      expect(failed(ctx({ eventType, pkg: pkg(1000) }))).toEqual([])
  })

  it('package size: 1,048,576 bytes passes on a viewer event, one more fails there and passes on origin', () => {
    expect(failed(ctx({ pkg: pkg(1_048_576) }))).toEqual([])
    expect(failed(ctx({ pkg: pkg(1_048_577) }))).toEqual(['package-size'])
    expect(failed(ctx({ eventType: 'origin-request', pkg: pkg(1_048_577) }))).toEqual([])
    expect(failed(ctx({ eventType: 'origin-request', pkg: pkg(50 * 1_048_576) }))).toEqual([])
    expect(failed(ctx({ eventType: 'origin-request', pkg: pkg(50 * 1_048_576 + 1) }))).toEqual([
      'package-size'
    ])
  })

  it("without a package the function's own CodeSize is checked", () => {
    expect(failed(ctx({}, { codeSize: 1_048_576 }))).toEqual([])
    expect(failed(ctx({}, { codeSize: 1_048_577 }))).toEqual(['package-size'])
    expect(failed(ctx({ eventType: 'origin-request' }, { codeSize: 1_048_577 }))).toEqual([])
  })

  it('memory and timeout depend on the event type', () => {
    expect(failed(ctx({}, { memorySize: 129 }))).toEqual(['memory'])
    expect(failed(ctx({ eventType: 'origin-response' }, { memorySize: 10240 }))).toEqual([])
    expect(failed(ctx({ eventType: 'origin-response' }, { memorySize: 10241 }))).toEqual(['memory'])
    expect(failed(ctx({}, { timeout: 6 }))).toEqual(['timeout'])
    expect(failed(ctx({ eventType: 'origin-request' }, { timeout: 30 }))).toEqual([])
    expect(failed(ctx({ eventType: 'origin-request' }, { timeout: 31 }))).toEqual(['timeout'])
  })

  it('include-body only on request events', () => {
    expect(failed(ctx({ includeBody: true }))).toEqual([])
    expect(failed(ctx({ includeBody: true, eventType: 'origin-request' }))).toEqual([])
    expect(failed(ctx({ includeBody: true, eventType: 'viewer-response' }))).toEqual([
      'include-body'
    ])
  })

  it.each([
    ['runtime-family', { runtime: 'java21' }],
    ['runtime-deprecated', { runtime: 'nodejs16.x' }],
    ['architecture', { architectures: ['arm64'] }],
    ['package-type', { packageType: 'Image' }],
    ['environment', { environmentVariableNames: ['SECRET'] }],
    ['layers', { layers: ['arn:aws:lambda:us-east-1:1:layer:x:1'] }],
    ['vpc', { vpcSubnetIds: ['subnet-1'] }],
    ['dead-letter-queue', { deadLetterTargetArn: 'arn:aws:sqs:us-east-1:1:dlq' }],
    ['tracing', { tracingMode: 'Active' }],
    ['ephemeral-storage', { ephemeralStorageMb: 513 }],
    ['source-kms-key', { sourceKmsKeyArn: 'arn:aws:kms:us-east-1:1:key/x' }],
    ['runtime-management', { runtimeUpdateMode: 'Manual' }],
    ['role-trust', { roleTrustedServices: ['lambda.amazonaws.com'] }]
  ] as [string, Partial<FunctionFacts>][])(
    '%s fails with the offending value named',
    (rule, fn) => {
      const v = evaluate(ctx({}, fn))
      expect(v.findings.filter(f => f.severity === 'error').map(f => f.rule)).toEqual([rule])
      expect(v.findings[0]!.actual.length).toBeGreaterThan(0)
      expect(v.findings[0]!.fix.length).toBeGreaterThan(0)
    }
  )

  it('boundaries that pass: 512 MB of ephemeral storage, an empty environment, PassThrough tracing', () => {
    expect(
      failed(
        ctx(
          {},
          { ephemeralStorageMb: 512, environmentVariableNames: [], tracingMode: 'PassThrough' }
        )
      )
    ).toEqual([])
  })

  it('a deprecated runtime that Lambda still updates is a warning; tags are a warning', () => {
    expect(warned(ctx({}, { runtime: 'nodejs20.x', tagKeys: ['team'] }))).toEqual([
      'runtime-deprecated',
      'tags'
    ])
    expect(failed(ctx({}, { runtime: 'nodejs20.x' }))).toEqual([])
  })

  it('an unreadable trust policy is a warning, not a silent pass', () => {
    expect(
      warned(ctx({}, { roleTrustedServices: undefined, roleTrustUnreadable: 'AccessDenied' }))
    ).toEqual(['role-trust'])
  })

  it('reports every finding, not the first', () => {
    const v = evaluate(
      ctx(
        { pkg: pkg(2_000_000) },
        { memorySize: 256, timeout: 10, architectures: ['arm64'], environmentVariableNames: ['A'] }
      )
    )
    expect(v.errors).toBe(5)
    expect(
      v.outcomes
        .filter(o => o.status === 'fail')
        .map(o => o.rule)
        .sort()
    ).toEqual(['architecture', 'environment', 'memory', 'package-size', 'timeout'])
  })

  it('zip safety: unsafe names, escaping links, bombs, corrupt and empty archives', () => {
    const entries = [
      { name: '../evil.js', compressedSize: 1, uncompressedSize: 1, isDirectory: false },
      { name: '/etc/passwd', compressedSize: 1, uncompressedSize: 1, isDirectory: false },
      {
        name: 'link',
        compressedSize: 0,
        uncompressedSize: 0,
        isDirectory: false,
        symlink: { target: '../../etc', escapes: true }
      },
      { name: 'index.js', compressedSize: 1, uncompressedSize: 1, isDirectory: false }
    ]
    expect(failed(ctx({ pkg: pkg(100, { entries }) })).sort()).toEqual([
      'entry-paths',
      'entry-paths',
      'symlinks'
    ])
    expect(
      failed(
        ctx({
          eventType: 'origin-request',
          pkg: pkg(200_000, { uncompressedBytes: 200 * 1_048_576 })
        })
      )
    ).toEqual(['zip-bomb'])
    expect(failed(ctx({ pkg: pkg(100, { entries: [], corrupt: 'not a zip' }) }))).toEqual([
      'package-readable'
    ])
    expect(failed(ctx({ pkg: pkg(22, { entries: [] }) }))).toEqual(['package-not-empty'])
    expect(
      failed(
        ctx({
          eventType: 'origin-request',
          pkg: pkg(1_000_000, { uncompressedBytes: 251 * 1_048_576 })
        })
      )
    ).toEqual(['package-uncompressed-size', 'zip-bomb'])
  })

  it('handler module missing is an error; a missing export is a warning', () => {
    const handler = {
      handler: 'index.handler',
      candidates: ['index.js', 'index.mjs', 'index.cjs'],
      exportName: 'handler'
    }
    expect(failed(ctx({ pkg: pkg(10), handler }))).toEqual(['handler-file'])
    expect(
      warned(ctx({ pkg: pkg(10), handler: { ...handler, file: 'index.js', exportFound: false } }))
    ).toEqual(['handler-export'])
    expect(
      failed(ctx({ pkg: pkg(10), handler: { ...handler, file: 'index.js', exportFound: true } }))
    ).toEqual([])
  })
})
