import { describe, expect, it } from '@jest/globals'
import type { BakeReport, DistributionBake } from '../../src/bake/bake.js'
import { bakeLine, renderBake } from '../../src/report/bake.js'
import { commentKey, renderComment } from '../../src/report/comment.js'

const dist = (over: Partial<DistributionBake> = {}): DistributionBake => ({
  distributionId: 'E1ABCDEF',
  judgement: { kind: 'pass', rate: 0.4, baseline: 0.5, against: 'before' },
  bake: { requests: 1200, errors5xx: 4.8, rate: 0.4, periods: 5, lambdaErrors: {} },
  baseline: { requests: 1500, errors5xx: 7.5, rate: 0.5, periods: 5, lambdaErrors: {} },
  against: 'before',
  links: {
    rate5xx:
      "https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#metricsV2:graph=~(metrics~(~(~'AWS*2fCloudFront~'5xxErrorRate)))",
    requests: 'https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#requests'
  },
  ...over
})

const report = (over: Partial<BakeReport> = {}): BakeReport => ({
  result: 'pass',
  seconds: 300,
  periodSeconds: 60,
  max5xxRate: 1,
  minRequests: 100,
  elapsedMs: 300_000,
  calls: 6,
  distributions: [dist()],
  ...over
})

describe('renderBake', () => {
  it('a passing bake shows its figures: requests, 5xx before and after, the links', () => {
    const md = renderBake(report())
    expect(md).toContain('#### Bake ✅ passed')
    expect(md).toContain('6 GetMetricData call(s)')
    expect(md).toContain('| `E1ABCDEF` | 1200 | 0.5% | 0.4% | - | ✅ |')
    // The console URL has parentheses: inside <...> they cannot end the link early.
    expect(md).toContain(
      "[5xx](<https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#metricsV2:graph=~(metrics~(~(~'AWS*2fCloudFront~'5xxErrorRate)))>)"
    )
  })

  it('a failing bake says which metric crossed which line, and the Lambda@Edge errors seen', () => {
    const failure =
      'E1ABCDEF: 5xxErrorRate 12% over 400 request(s) since Deployed crossed the line: above bake-max-5xx-rate 1% and the 0.5% of the same length of time before the deploy.'
    const md = renderBake(
      report({
        result: 'fail',
        failure,
        distributions: [
          dist({
            judgement: {
              kind: 'fail',
              metric: '5xxErrorRate',
              rate: 12,
              limit: 1,
              baseline: 0.5,
              against: 'before'
            },
            bake: {
              requests: 400,
              errors5xx: 48,
              rate: 12,
              periods: 2,
              lambdaErrors: { LambdaExecutionError: 31 }
            }
          })
        ]
      })
    )
    expect(md).toContain('#### Bake ❌ failed: rolled back')
    expect(md).toContain('**Why:** E1ABCDEF: 5xxErrorRate 12% over 400 request(s)')
    expect(md).toContain('| LambdaExecutionError 31 | ❌ 5xxErrorRate above 1% |')
  })

  it('too little traffic is a warning, never shown as a pass', () => {
    const md = renderBake(
      report({
        result: 'too-little-traffic',
        distributions: [
          dist({
            judgement: { kind: 'too-little-traffic', requests: 12, needed: 100 },
            bake: { requests: 12, errors5xx: 0, rate: 0, periods: 5, lambdaErrors: {} }
          })
        ]
      })
    )
    expect(md).toContain('⚠️ too little traffic to judge (not a pass)')
    expect(md).toContain('⚠️ 12 of 100 requests needed')
    expect(md).not.toContain('✅')
  })

  it('escapes an AWS error quoted in the failure', () => {
    const md = renderBake(
      report({ result: 'error', distributions: [], failure: 'AccessDenied <img src=x> [x](y)' })
    )
    expect(md).toContain('AccessDenied &lt;img src=x&gt; \\[x\\](y)')
  })

  it('the PR comment carries the bake once the run is over, and the CLI a line', () => {
    const input = {
      key: commentKey('edge-auth', ['E1ABCDEF']),
      mode: 'deploy' as const,
      status: 'deployed' as const,
      functionName: 'edge-auth',
      distributionIds: ['E1ABCDEF'],
      eventType: 'viewer-request',
      cacheBehaviors: ['default'],
      version: '7',
      changes: [],
      errors: [],
      bake: report()
    }
    expect(renderComment({ ...input, phase: 'final' })).toContain('#### Bake ✅ passed')
    expect(renderComment({ ...input, phase: 'in-progress' })).not.toContain('#### Bake')
    expect(bakeLine(report())).toBe('bake: pass: E1ABCDEF 1200 requests, 5xx 0.4% (before 0.5%)')
  })

  it("a canary's bake names the primary each staging distribution was held against", () => {
    const r = report({
      distributions: [
        dist({
          distributionId: 'ESTAGING1',
          against: 'primary',
          primaryId: 'E1ABCDEF',
          judgement: { kind: 'pass', rate: 0.4, baseline: 0.5, against: 'primary' }
        })
      ]
    })
    const md = renderBake(r)
    expect(md).toContain("and above the primary distribution's rate over the same periods")
    expect(md).toContain('5xx on the primary')
    expect(md).toContain('`ESTAGING1` (staging of `E1ABCDEF`)')
    expect(md).not.toContain('5xx before')
    expect(bakeLine(r)).toBe('bake: pass: ESTAGING1 1200 requests, 5xx 0.4% (primary 0.5%)')
    expect(renderBake({ ...r, result: 'fail' })).toContain(
      '#### Bake ❌ failed: canary aborted, primary unchanged'
    )
    expect(renderBake({ ...report(), result: 'fail' })).toContain(
      '#### Bake ❌ failed: rolled back'
    )
  })
})
