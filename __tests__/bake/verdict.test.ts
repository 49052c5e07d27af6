import { describe, expect, it } from '@jest/globals'
import {
  closed,
  describeFailure,
  figures,
  judge,
  overall,
  type Point,
  type Series
} from '../../src/bake/verdict.js'

const P = 60_000
const RULES = { max5xxRate: 1, minRequests: 100, periodMs: P }

/** Periods starting at 0, P, 2P... with these request counts and 5xx rates. */
function series(requests: number[], rates: number[], lambda: Series['lambdaErrors'] = {}): Series {
  const at = (values: number[]): Point[] => values.map((value, i) => ({ t: i * P, value }))
  return { requests: at(requests), rate5xx: at(rates), lambdaErrors: lambda }
}

const NOW = 10 * P

describe('figures', () => {
  it('weights the 5xx rate by requests', () => {
    const f = figures(series([100, 300], [10, 0]), NOW, P)
    expect(f).toMatchObject({ requests: 400, errors5xx: 10, rate: 2.5, periods: 2 })
  })

  it('counts a period only once it has closed: the newest may still grow', () => {
    const s = series([100, 100, 100], [0, 0, 50])
    expect(closed(s.rate5xx, 3 * P - 1, P)).toHaveLength(2)
    expect(figures(s, 3 * P - 1, P)).toMatchObject({ requests: 200, rate: 0, periods: 2 })
    expect(figures(s, 3 * P, P)).toMatchObject({ requests: 300, periods: 3 })
  })

  it('sums the Lambda@Edge error metrics that had data, and only those', () => {
    const f = figures(
      series([100], [1], {
        LambdaExecutionError: [
          { t: 0, value: 4 },
          { t: P, value: 2 }
        ]
      }),
      NOW,
      P
    )
    expect(f.lambdaErrors).toEqual({ LambdaExecutionError: 6 })
  })

  it('has no rate without traffic', () => {
    expect(figures(series([], []), NOW, P)).toMatchObject({ requests: 0, rate: undefined })
  })
})

describe('judge', () => {
  const before = (rate: number) => figures(series([1000], [rate]), NOW, P)

  it('fails a spike above the limit and above the rate before the deploy', () => {
    const bake = figures(series([200, 200], [0.5, 20]), NOW, P)
    const j = judge(bake, before(0.5), RULES)
    expect(j).toEqual({
      kind: 'fail',
      metric: '5xxErrorRate',
      rate: 10.25,
      limit: 1,
      baseline: 0.5,
      against: 'before'
    })
    if (j.kind !== 'fail') return
    expect(describeFailure('E1ABC', j, bake)).toBe(
      'E1ABC: 5xxErrorRate 10.25% over 400 request(s) since Deployed crossed the line: above bake-max-5xx-rate 1% and the 0.5% of the same length of time before the deploy.'
    )
  })

  it('passes a site that always has 2% 5xx: above the limit, but no worse than before', () => {
    const j = judge(figures(series([500, 500], [2, 2]), NOW, P), before(2), RULES)
    expect(j).toEqual({ kind: 'pass', rate: 2, baseline: 2, against: 'before' })
  })

  it('passes a rise that stays under the limit', () => {
    expect(judge(figures(series([500], [0.9]), NOW, P), before(0), RULES).kind).toBe('pass')
  })

  it('fails above the limit when there was no traffic before to compare with', () => {
    const j = judge(figures(series([500], [5]), NOW, P), figures(series([], []), NOW, P), RULES)
    expect(j).toMatchObject({ kind: 'fail', baseline: undefined })
  })

  it('does not judge below bake-min-requests, even a 100% 5xx rate: a warning, not a pass', () => {
    const j = judge(figures(series([40, 59], [100, 100]), NOW, P), before(0), RULES)
    expect(j).toEqual({ kind: 'too-little-traffic', requests: 99, needed: 100 })
    expect(judge(figures(series([40, 60], [100, 100]), NOW, P), before(0), RULES).kind).toBe('fail')
  })
})

describe('judge against the primary (a canary)', () => {
  const primary = (rate: number, requests = 5000) => figures(series([requests], [rate]), NOW, P)
  const staging = (rate: number) => figures(series([300], [rate]), NOW, P)

  it("fails staging above the limit and above the primary's rate over the same periods", () => {
    const bake = staging(6)
    const j = judge(bake, primary(0.5), RULES, 'primary')
    expect(j).toEqual({
      kind: 'fail',
      metric: '5xxErrorRate',
      rate: 6,
      limit: 1,
      baseline: 0.5,
      against: 'primary'
    })
    if (j.kind !== 'fail') return
    expect(describeFailure('ESTAGE', j, bake)).toBe(
      'ESTAGE: 5xxErrorRate 6% over 300 request(s) since Deployed crossed the line: above bake-max-5xx-rate 1% and the 0.5% of the primary distribution over the same periods.'
    )
  })

  it('passes staging that matches the primary: the origin, not the version, has a bad hour', () => {
    expect(judge(staging(4), primary(4), RULES, 'primary')).toEqual({
      kind: 'pass',
      rate: 4,
      baseline: 4,
      against: 'primary'
    })
  })

  it('passes staging above the primary but under the limit; fails just above both', () => {
    expect(judge(staging(0.9), primary(0), RULES, 'primary').kind).toBe('pass')
    expect(judge(staging(4.01), primary(4), RULES, 'primary').kind).toBe('fail')
  })

  it('with a silent primary only the limit decides, and says so', () => {
    const bake = staging(5)
    const j = judge(bake, figures(series([], []), NOW, P), RULES, 'primary')
    expect(j).toMatchObject({ kind: 'fail', baseline: undefined, against: 'primary' })
    if (j.kind !== 'fail') return
    expect(describeFailure('ESTAGE', j, bake)).toMatch(
      /with no traffic on the primary distribution to compare with\.$/
    )
  })

  it('staging below bake-min-requests is not judged, whatever the primary', () => {
    const few = figures(series([99], [100]), NOW, P)
    expect(judge(few, primary(0), RULES, 'primary').kind).toBe('too-little-traffic')
  })
})

describe('overall', () => {
  it('one failing distribution fails the bake; one unjudged one makes it a warning', () => {
    const pass = { kind: 'pass', rate: 0, against: 'before' } as const
    const little = { kind: 'too-little-traffic', requests: 1, needed: 100 } as const
    const fail = {
      kind: 'fail',
      metric: '5xxErrorRate',
      rate: 5,
      limit: 1,
      against: 'before'
    } as const
    expect(overall([pass, pass])).toBe('pass')
    expect(overall([pass, little])).toBe('too-little-traffic')
    expect(overall([little, fail, pass])).toBe('fail')
  })
})
