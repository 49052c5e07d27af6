import type { PackageEntry, PackageFacts } from '../../src/package/facts.js'
import { evaluate } from '../../src/rules/evaluate.js'
import type { FunctionFacts } from '../../src/rules/facts.js'
import { goodFn } from '../helpers/facts.js'
import type { RuleContext } from '../../src/rules/table.js'
import type { EventType } from '../../src/edge.js'

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

  const EVENTS: EventType[] = [
    'viewer-request',
    'viewer-response',
    'origin-request',
    'origin-response'
  ]

  it('package size: 50 MB passes on every event type (a 1.2 MB viewer package too), one byte more fails', () => {
    for (const eventType of EVENTS) {
      expect(failed(ctx({ eventType, pkg: pkg(1_258_291) }))).toEqual([])
      expect(failed(ctx({ eventType, pkg: pkg(50 * 1_048_576) }))).toEqual([])
      expect(failed(ctx({ eventType, pkg: pkg(50 * 1_048_576 + 1) }))).toEqual(['package-size'])
    }
  })

  it("without a package the function's own CodeSize is checked", () => {
    expect(failed(ctx({}, { codeSize: 50 * 1_048_576 }))).toEqual([])
    expect(failed(ctx({}, { codeSize: 50 * 1_048_576 + 1 }))).toEqual(['package-size'])
  })

  it('memory 128 to 10,240 MB and timeout up to 30 s on every event type (256 MB / 10 s viewer functions pass)', () => {
    for (const eventType of EVENTS) {
      expect(failed(ctx({ eventType }, { memorySize: 256, timeout: 10 }))).toEqual([])
      expect(failed(ctx({ eventType }, { memorySize: 10240, timeout: 30 }))).toEqual([])
      expect(failed(ctx({ eventType }, { memorySize: 10241 }))).toEqual(['memory'])
      expect(failed(ctx({ eventType }, { memorySize: 127 }))).toEqual(['memory'])
      expect(failed(ctx({ eventType }, { timeout: 31 }))).toEqual(['timeout'])
    }
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
        { pkg: pkg(60 * 1_048_576) },
        {
          memorySize: 20_000,
          timeout: 60,
          architectures: ['arm64'],
          environmentVariableNames: ['A']
        }
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

  it('handler module missing is an error; a proved-missing export is an error, an unprovable one a warning', () => {
    const handler = {
      handler: 'index.handler',
      candidates: ['index.js', 'index.mjs', 'index.cjs'],
      exportName: 'handler'
    }
    const found = { ...handler, file: 'index.js' }
    expect(failed(ctx({ pkg: pkg(10), handler }))).toEqual(['handler-file'])
    const missing = evaluate(
      ctx({
        pkg: pkg(10),
        handler: { ...found, exportStatus: 'missing', exportHow: 'lexer: main' }
      })
    ).findings
    expect(missing.map(f => [f.rule, f.severity])).toEqual([['handler-export', 'error']])
    expect(missing[0]!.actual).toBe('handler not found in index.js: lexer: main')
    expect(
      warned(
        ctx({
          pkg: pkg(10),
          handler: { ...found, exportStatus: 'unknown', exportHow: 'too dynamic to tell' }
        })
      )
    ).toEqual(['handler-export'])
    expect(
      evaluate(ctx({ pkg: pkg(10), handler: { ...found, exportStatus: 'present' } })).findings
    ).toEqual([])
  })

  it('runtimes: listed and current passes; deprecated warns with the block date; blocked, retired or never listed fails; a newer one warns', () => {
    const today = '2026-12-01'
    const on = (runtime: string): RuleContext => ctx({ today }, { runtime })
    expect(evaluate(on('nodejs24.x')).findings).toEqual([])
    expect(evaluate(on('python3.14')).findings).toEqual([])
    const nodejs20 = evaluate(on('nodejs20.x')).findings
    expect(nodejs20.map(f => [f.rule, f.severity])).toEqual([['runtime-deprecated', 'warning']])
    expect(nodejs20[0]!.actual).toBe(
      'nodejs20.x (deprecated since 2026-04-30; Lambda blocks function updates from 2027-03-03)'
    )
    expect(failed(ctx({ today: '2027-03-03' }, { runtime: 'nodejs20.x' }))).toEqual([
      'runtime-deprecated'
    ])
    expect(failed(on('nodejs18.x'))).toEqual(['runtime-deprecated'])
    for (const retired of ['nodejs', 'nodejs4.3-edge', 'nodejs8.10', 'python2.7', 'python3.6'])
      expect(failed(on(retired))).toEqual(['runtime-deprecated'])
    for (const bogus of [
      'nodejs19.x',
      'nodejs5.x',
      'nodejs22',
      'python3',
      'python3.13.1',
      'python4.0'
    ])
      expect(failed(on(bogus))).toEqual(['runtime-known'])
    const newer = evaluate(on('nodejs28.x')).findings
    expect(newer.map(f => [f.rule, f.severity])).toEqual([['runtime-known', 'warning']])
    expect(newer[0]!.actual).toMatch(/newer than this action's runtime table/)
    expect(warned(on('python3.15'))).toEqual(['runtime-known'])
  })

  it('every runtime row has consistent dates, and retired ones are blocked today', async () => {
    const { RUNTIMES } = await import('../../src/rules/runtimes.js')
    for (const row of RUNTIMES) {
      if (row.blockUpdate) expect(row.deprecated! <= row.blockUpdate).toBe(true)
      if (row.blockCreate && row.blockUpdate) expect(row.blockCreate <= row.blockUpdate).toBe(true)
    }
  })

  it('zip bomb: 20,000 tiny files are fine, the ratio and the sanity cap are not', () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        name: `node_modules/m${i}.js`,
        compressedSize: 100,
        uncompressedSize: 300,
        isDirectory: false
      }))
    expect(
      failed(ctx({ pkg: pkg(3_000_000, { entries: many(30_000), uncompressedBytes: 9_000_000 }) }))
    ).toEqual([])
    expect(
      failed(ctx({ pkg: pkg(3_000_000, { entries: many(200_001), uncompressedBytes: 9_000_000 }) }))
    ).toEqual(['zip-bomb'])
    // 100:1 passes, just above fails (above the 10 MB floor under which a ratio proves nothing).
    expect(failed(ctx({ pkg: pkg(200_000, { uncompressedBytes: 20_000_000 }) }))).toEqual([])
    expect(failed(ctx({ pkg: pkg(200_000, { uncompressedBytes: 20_000_001 }) }))).toEqual([
      'zip-bomb'
    ])
  })

  const entry = (name: string, extra: Partial<PackageEntry> = {}): PackageEntry => ({
    name,
    compressedSize: 1,
    uncompressedSize: 1,
    isDirectory: name.endsWith('/'),
    ...extra
  })

  it('entry paths: every name an extractor could use is checked', () => {
    const lying = entry('evil.js', { otherNames: ['../evil.js'] })
    const v = evaluate(ctx({ pkg: pkg(100, { entries: [entry('index.js'), lying] }) }))
    expect(v.findings.map(f => [f.rule, f.actual])).toEqual([
      ['entry-paths', '../evil.js (another name of "evil.js")']
    ])
    expect(
      failed(
        ctx({
          pkg: pkg(100, {
            entries: [entry('index.js'), entry('évil.js', { otherNames: ['Θvil.js'] })]
          })
        })
      )
    ).toEqual([])
  })

  it('zip consistency: header mismatches and duplicate names fail; a repeated directory does not', () => {
    const v = evaluate(
      ctx({
        pkg: pkg(100, {
          entries: [
            entry('index.js'),
            entry('a/'),
            entry('a/'),
            entry('lib.js'),
            entry('x.js', { otherNames: ['lib.js'] })
          ],
          headerMismatches: ['"index.js" is named "other.js" in its local header']
        })
      })
    )
    expect(v.findings.map(f => [f.rule, f.actual])).toEqual([
      ['zip-consistency', '"index.js" is named "other.js" in its local header'],
      [
        'zip-consistency',
        '"lib.js" is stored more than once (which copy Lambda extracts is undefined)'
      ]
    ])
    expect(
      failed(ctx({ pkg: pkg(100, { entries: [entry('index.js'), entry('lib.js')] }) }))
    ).toEqual([])
  })

  it('file modes: not world-readable fails with how to fix; no Unix modes and 644/755 pass', () => {
    const modes = (list: Array<[string, number | undefined]>) =>
      pkg(100, {
        entries: list.map(([name, unixMode]) =>
          entry(name, unixMode === undefined ? {} : { unixMode })
        )
      })
    expect(
      failed(
        ctx({
          pkg: modes([
            ['index.js', 0o100644],
            ['bin/run', 0o100755],
            ['lib/', 0o40755],
            ['win.js', undefined]
          ])
        })
      )
    ).toEqual([])
    const v = evaluate(
      ctx({
        pkg: modes([
          ['index.js', 0o100600],
          ['secret.js', 0o100000],
          ['lib/', 0o40700],
          ['bin/run', 0o100744]
        ])
      })
    )
    expect(v.findings.map(f => f.actual)).toEqual([
      'index.js has mode 0600',
      'secret.js has mode 0000',
      'lib/ has mode 0700',
      'bin/run has mode 0744'
    ])
    expect(v.findings[0]!.fix).toMatch(/chmod -R a\+rX/)
  })
})
