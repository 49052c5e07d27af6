import { parseConfig, splitList } from '../src/config.js'

const inputs =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? ''

const base = {
  'function-name': 'edge-fn',
  'event-type': 'viewer-request',
  'distribution-id': 'E2QWRUHAPOMQZL'
}

describe('parseConfig', () => {
  it('applies the documented defaults', () => {
    const r = parseConfig(inputs(base))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value).toMatchObject({
      mode: 'deploy',
      cacheBehaviors: ['default'],
      wait: true,
      waitTimeoutSeconds: 1800,
      rollbackTo: 'previous',
      healthCheckStatus: 200,
      healthCheckTimeoutSeconds: 60,
      healthCheckFailures: 3,
      autoRollback: true,
      comment: true,
      changes: {}
    })
  })

  it('smoke-test is on by default, strict boolean; test-events needs it on', () => {
    const on = parseConfig(inputs({ ...base, 'test-events': 'events/*.json' }))
    expect(on.ok && [on.value.smokeTest, on.value.testEvents]).toEqual([true, 'events/*.json'])
    const off = parseConfig(inputs({ ...base, 'smoke-test': 'false' }))
    expect(off.ok && off.value.smokeTest).toBe(false)
    const typo = parseConfig(inputs({ ...base, 'smoke-test': 'no' }))
    expect(!typo.ok && typo.error).toEqual([
      { input: 'smoke-test', message: '"no" is not a boolean: use true or false' }
    ])
    const orphan = parseConfig(inputs({ ...base, 'smoke-test': 'false', 'test-events': 'e.json' }))
    expect(!orphan.ok && orphan.error.map(e => e.input)).toEqual(['test-events'])
  })

  it('splits lists on commas and newlines, trims and drops blanks and duplicates', () => {
    expect(splitList(' default ,\n/api/* \n\n, default')).toEqual(['default', '/api/*'])
    const r = parseConfig(inputs({ ...base, 'distribution-id': 'E111111111,\n E222222222 ' }))
    expect(r.ok && r.value.distributionIds).toEqual(['E111111111', 'E222222222'])
  })

  it('collects every bad input at once, each naming the input', () => {
    const r = parseConfig(
      inputs({
        mode: 'deploy-now',
        'function-name': 'bad name!',
        'event-type': 'viewer_request',
        'include-body': 'yes',
        'memory-size': '64',
        timeout: '5s',
        'wait-timeout-seconds': '0',
        'rollback-to': 'v3',
        'health-check-url': 'ftp://x',
        'health-check-failures': '0',
        'distribution-id': 'E2QWRUHAPOMQZL,not-an-id'
      })
    )
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.map(e => e.input).sort()).toEqual(
      [
        'distribution-id',
        'event-type',
        'function-name',
        'health-check-url',
        'health-check-failures',
        'include-body',
        'memory-size',
        'mode',
        'rollback-to',
        'timeout',
        'wait-timeout-seconds'
      ].sort()
    )
    expect(r.error.find(e => e.input === 'include-body')?.message).toMatch(/true or false/)
    expect(r.error.find(e => e.input === 'distribution-id')?.message).toMatch(/"not-an-id"/)
  })

  it('refuses an ARN outside us-east-1 and a qualified ARN before any call', () => {
    const west = parseConfig(
      inputs({ ...base, 'function-name': 'arn:aws:lambda:eu-west-1:123456789012:function:edge-fn' })
    )
    expect(!west.ok && west.error[0]?.message).toMatch(/eu-west-1.*us-east-1/)
    const qualified = parseConfig(
      inputs({
        ...base,
        'function-name': 'arn:aws:lambda:us-east-1:123456789012:function:edge-fn:3'
      })
    )
    expect(!qualified.ok && qualified.error[0]?.message).toMatch(/version or alias "3"/)
    const fine = parseConfig(
      inputs({ ...base, 'function-name': 'arn:aws:lambda:us-east-1:123456789012:function:edge-fn' })
    )
    expect(fine.ok).toBe(true)
  })

  it('requires event-type always and distribution-id outside validate mode', () => {
    const r = parseConfig(inputs({ 'function-name': 'edge-fn' }))
    expect(!r.ok && r.error.map(e => e.input).sort()).toEqual(['distribution-id', 'event-type'])
    const v = parseConfig(
      inputs({ 'function-name': 'edge-fn', mode: 'validate', 'event-type': 'origin-request' })
    )
    expect(v.ok).toBe(true)
  })

  it('keeps only the configuration changes that were given', () => {
    const r = parseConfig(inputs({ ...base, 'memory-size': '128', runtime: 'nodejs22.x' }))
    expect(r.ok && r.value.changes).toEqual({ memorySize: 128, runtime: 'nodejs22.x' })
  })

  it('leaves include-body undefined when not given, so rollback can keep each slot as it is', () => {
    const r = parseConfig(inputs(base))
    expect(r.ok && r.value.includeBody).toBeUndefined()
  })

  it('refuses a health check without waiting for Deployed', () => {
    const r = parseConfig(
      inputs({ ...base, 'health-check-url': 'https://example.com/', wait: 'false' })
    )
    expect(!r.ok && r.error.map(e => e.input)).toEqual(['health-check-url'])
  })

  it('bakes nothing by default, with the production CloudWatch period', () => {
    const r = parseConfig(inputs(base))
    expect(r.ok && r.value.bake).toEqual({
      seconds: 0,
      max5xxRate: 1,
      minRequests: 100,
      periodSeconds: 60
    })
    const b = parseConfig(
      inputs({
        ...base,
        'bake-seconds': '600',
        'bake-max-5xx-rate': '0.5',
        'bake-min-requests': '1000',
        'bake-period-seconds': '120'
      })
    )
    expect(b.ok && b.value.bake).toEqual({
      seconds: 600,
      max5xxRate: 0.5,
      minRequests: 1000,
      periodSeconds: 120
    })
  })

  it('refuses bake inputs CloudWatch or the bake could not honour, naming each', () => {
    const r = parseConfig(
      inputs({
        ...base,
        'bake-seconds': '-5',
        'bake-max-5xx-rate': '1%',
        'bake-min-requests': '0',
        'bake-period-seconds': '45'
      })
    )
    expect(!r.ok && r.error.map(e => e.input).sort()).toEqual([
      'bake-max-5xx-rate',
      'bake-min-requests',
      'bake-period-seconds',
      'bake-seconds'
    ])
    expect(!r.ok && r.error.find(e => e.input === 'bake-period-seconds')?.message).toMatch(
      /not a CloudWatch period: use 60/
    )
    const short = parseConfig(inputs({ ...base, 'bake-seconds': '30' }))
    expect(!short.ok && short.error).toEqual([
      {
        input: 'bake-period-seconds',
        message: expect.stringMatching(/longer than bake-seconds \(30\)/)
      }
    ])
    const noWait = parseConfig(inputs({ ...base, 'bake-seconds': '60', wait: 'false' }))
    expect(!noWait.ok && noWait.error.map(e => e.input)).toEqual(['bake-seconds'])
  })

  it('accepts a version number for rollback-to', () => {
    const r = parseConfig(inputs({ ...base, mode: 'rollback', 'rollback-to': '12' }))
    expect(r.ok && r.value.rollbackTo).toBe(12)
  })
})
