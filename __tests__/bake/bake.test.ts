/**
 * The bake loop on a fake clock and a mocked CloudWatch: instant, and exact about when it reads,
 * how many calls it makes and when it stops.
 */
import { describe, expect, it } from '@jest/globals'
import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch'
import { mockClient } from 'aws-sdk-client-mock'
import { againstBefore, runBake } from '../../src/bake/bake.js'
import type { AwsClients } from '../../src/aws/clients.js'
import type { Log } from '../../src/log.js'

const P = 60_000
const T0 = 1_800_000_000_000 // on a period boundary

function fakeClock(start: number) {
  const c = { t: start, now: () => c.t, sleep: async (ms: number) => void (c.t += ms) }
  return c
}

const log = (): Log & { lines: string[] } => {
  const lines: string[] = []
  return {
    lines,
    info: m => void lines.push(m),
    warning: m => void lines.push(m),
    group: (_t, fn) => fn(),
    progress: () => undefined
  }
}

/** CloudWatch answering, for each period start in the range, the traffic `at` gives. */
function cloudwatch(
  at: (t: number, distributionId: string) => { requests: number; rate: number } | undefined
) {
  const cw = new CloudWatchClient({ region: 'us-east-1' })
  const mock = mockClient(cw)
  mock.on(GetMetricDataCommand).callsFake(input => {
    const from = input.StartTime.getTime()
    const to = input.EndTime.getTime()
    const id = input.MetricDataQueries[0]!.MetricStat!.Metric!.Dimensions![0]!.Value!
    const ts: Date[] = []
    const req: number[] = []
    const rate: number[] = []
    for (let t = from; t < to; t += P) {
      const v = at(t, id)
      if (!v) continue
      ts.push(new Date(t))
      req.push(v.requests)
      rate.push(v.rate)
    }
    return {
      MetricDataResults: [
        { Id: 'requests', Timestamps: ts, Values: req },
        { Id: 'rate5xx', Timestamps: ts, Values: rate }
      ]
    }
  })
  return { clients: { cloudwatch: cw } as unknown as AwsClients, mock }
}

const CFG = { seconds: 300, max5xxRate: 1, minRequests: 100, periodSeconds: 60 }

describe('runBake', () => {
  it('reads once for the baseline, then once per closed period, and passes after bake-seconds', async () => {
    const clock = fakeClock(T0 + 10_000)
    const { clients, mock } = cloudwatch(() => ({ requests: 500, rate: 0.2 }))
    const l = log()
    const r = await runBake(
      { clients, clock, log: l, bake: CFG },
      againstBefore(['E1ABC']),
      T0 + 5_000
    )
    expect(r.result).toBe('pass')
    expect(r.calls).toBe(mock.commandCalls(GetMetricDataCommand).length)
    // 300 s in 60 s periods, starting mid-period: 5 reads at each period end + 1 at the end + baseline.
    expect(r.calls).toBe(7)
    expect(clock.t).toBe(T0 + 310_000)
    const [baseline, first] = mock.commandCalls(GetMetricDataCommand).map(c => c.args[0].input)
    expect([baseline!.StartTime, baseline!.EndTime]).toEqual([new Date(T0 - 300_000), new Date(T0)])
    expect([first!.StartTime, first!.EndTime]).toEqual([new Date(T0), new Date(T0 + P)])
    expect(first!.MetricDataQueries![0]!.MetricStat!.Metric!.Dimensions).toEqual([
      { Name: 'DistributionId', Value: 'E1ABC' },
      { Name: 'Region', Value: 'Global' }
    ])
    expect(l.lines.filter(x => x.startsWith('Bake '))).toHaveLength(6)
  })

  it('stops at the first period that breaches, without waiting for the end', async () => {
    const clock = fakeClock(T0 + 10_000)
    // Healthy before the deploy, 20% 5xx from the second bake period on.
    const { clients } = cloudwatch(t => ({ requests: 300, rate: t >= T0 + P ? 20 : 0.5 }))
    const r = await runBake(
      { clients, clock, log: log(), bake: CFG },
      againstBefore(['E1ABC']),
      T0 + 5_000
    )
    expect(r.result).toBe('fail')
    expect(clock.t).toBe(T0 + 2 * P)
    expect(r.failure).toMatch(/^E1ABC: 5xxErrorRate 10\.25% over 600 request\(s\)/)
  })

  it('with no datapoints warns, and says it could not judge', async () => {
    const clock = fakeClock(T0)
    const { clients } = cloudwatch(() => undefined)
    const r = await runBake(
      { clients, clock, log: log(), bake: CFG },
      againstBefore(['E1ABC', 'E2DEF']),
      T0
    )
    expect(r.result).toBe('too-little-traffic')
    expect(r.distributions.map(d => d.judgement.kind)).toEqual([
      'too-little-traffic',
      'too-little-traffic'
    ])
  })

  it('an AccessDenied names the permission to grant', async () => {
    const cw = new CloudWatchClient({ region: 'us-east-1' })
    mockClient(cw)
      .on(GetMetricDataCommand)
      .rejects(Object.assign(new Error('not authorized'), { name: 'AccessDenied' }))
    const r = await runBake(
      {
        clients: { cloudwatch: cw } as unknown as AwsClients,
        clock: fakeClock(T0),
        log: log(),
        bake: CFG
      },
      againstBefore(['E1ABC']),
      T0
    )
    expect(r.result).toBe('error')
    expect(r.failure).toContain('Grant cloudwatch:GetMetricData')
  })

  describe('a canary: the staging distribution against its primary over the same periods', () => {
    const canary = [{ distributionId: 'ESTAGE', against: 'primary', primaryId: 'EPRIME' } as const]
    const readsOf = (mock: ReturnType<typeof cloudwatch>['mock']) =>
      mock
        .commandCalls(GetMetricDataCommand)
        .map(c => c.args[0].input)
        .map(i => ({
          id: i.MetricDataQueries![0]!.MetricStat!.Metric!.Dimensions![0]!.Value,
          from: i.StartTime!.getTime(),
          to: i.EndTime!.getTime()
        }))

    it("fails when staging's 5xx rate is above the primary's, reading both over the same window", async () => {
      const clock = fakeClock(T0 + 10_000)
      // Staging had no traffic before the canary: a self baseline would have nothing to compare with.
      const { clients, mock } = cloudwatch((t, id) =>
        t < T0 ? undefined : { requests: 200, rate: id === 'ESTAGE' ? 8 : 0.5 }
      )
      const l = log()
      const r = await runBake({ clients, clock, log: l, bake: CFG }, canary, T0 + 5_000)
      expect(r.result).toBe('fail')
      expect(r.distributions[0]).toMatchObject({
        distributionId: 'ESTAGE',
        against: 'primary',
        primaryId: 'EPRIME',
        baseline: { requests: 200, rate: 0.5 },
        judgement: { kind: 'fail', rate: 8, baseline: 0.5, against: 'primary' }
      })
      expect(r.failure).toBe(
        'ESTAGE: 5xxErrorRate 8% over 200 request(s) since Deployed crossed the line: above bake-max-5xx-rate 1% and the 0.5% of the primary distribution over the same periods.'
      )
      // No read of the time before the deploy: staging, then its primary, over the first closed period.
      expect(readsOf(mock)).toEqual([
        { id: 'ESTAGE', from: T0, to: T0 + P },
        { id: 'EPRIME', from: T0, to: T0 + P }
      ])
      expect(r.calls).toBe(2)
      expect(l.lines.find(x => x.startsWith('Baking'))).toContain('ESTAGE (against primary EPRIME)')
      expect(l.lines.find(x => x.startsWith('Bake 1'))).toContain('(primary 0.5%): FAIL')
    })

    it('passes when staging matches the primary, even above bake-max-5xx-rate', async () => {
      const clock = fakeClock(T0 + 10_000)
      const { clients } = cloudwatch(t => (t < T0 ? undefined : { requests: 300, rate: 3 }))
      const r = await runBake({ clients, clock, log: log(), bake: CFG }, canary, T0 + 5_000)
      expect(r.result).toBe('pass')
      expect(r.distributions[0]!.judgement).toEqual({
        kind: 'pass',
        rate: 3,
        baseline: 3,
        against: 'primary'
      })
      // One read of each per period: 6 periods' ends (5 boundaries and the end).
      expect(r.calls).toBe(12)
    })

    it("a failure to read the primary's metrics is an error, not a pass", async () => {
      const cw = new CloudWatchClient({ region: 'us-east-1' })
      mockClient(cw)
        .on(GetMetricDataCommand)
        .callsFake(input => {
          const id = input.MetricDataQueries[0].MetricStat.Metric.Dimensions[0].Value
          if (id === 'EPRIME') throw Object.assign(new Error('slow down'), { name: 'Throttling' })
          return { MetricDataResults: [] }
        })
      const r = await runBake(
        {
          clients: { cloudwatch: cw } as unknown as AwsClients,
          clock: fakeClock(T0 + 10_000),
          log: log(),
          bake: CFG
        },
        canary,
        T0
      )
      expect(r.result).toBe('error')
      expect(r.failure).toContain('EPRIME')
    })
  })
})
