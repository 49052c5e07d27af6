/**
 * The bake, the shell around verdict.ts: after Deployed and the health check, read CloudFront's
 * metrics of every changed distribution once per period, judge the bake so far, print a progress
 * line, and stop at the first failing period or when bake-seconds are over. Time comes from the
 * injected clock; AWS from the clients. Returns a report; never throws.
 */
import type { Clock } from '../clock.js'
import type { BakeConfig } from '../config.js'
import type { AwsClients } from '../aws/clients.js'
import { formatFailure } from '../aws/errors.js'
import type { Log } from '../log.js'
import { alignDown, consoleUrl, readSeries } from './metrics.js'
import {
  describeFailure,
  figures,
  judge,
  type Judgement,
  overall,
  percent,
  type WindowFigures
} from './verdict.js'

export interface DistributionBake {
  distributionId: string
  judgement: Judgement
  /** Closed periods since the bake started. */
  bake: WindowFigures
  /** The same length of time before the deploy's first write. */
  before: WindowFigures
  /** CloudWatch console graphs of the judged metrics over the bake. */
  links: { rate5xx: string; requests: string }
}

export interface BakeReport {
  result: 'pass' | 'fail' | 'too-little-traffic' | 'error'
  seconds: number
  periodSeconds: number
  max5xxRate: number
  minRequests: number
  elapsedMs: number
  /** GetMetricData calls made (one per distribution per period, plus one each for the baseline). */
  calls: number
  distributions: DistributionBake[]
  /** Why it failed (the metric and the line it crossed) or could not judge. */
  failure?: string
}

export interface BakeContext {
  clients: AwsClients
  clock: Clock
  log: Log
  bake: BakeConfig
}

interface Windows {
  periodMs: number
  beforeFrom: number
  beforeTo: number
  bakeFrom: number
  end: number
}

/** The baseline ends where the deploy's first write began; the bake starts with the current period. */
function windowsOf(cfg: BakeConfig, now: number, writesStartedAt: number): Windows {
  const periodMs = cfg.periodSeconds * 1000
  const beforeTo = alignDown(writesStartedAt, periodMs)
  return {
    periodMs,
    beforeTo,
    beforeFrom: beforeTo - alignDown(cfg.seconds * 1000, periodMs),
    bakeFrom: alignDown(now, periodMs),
    end: now + cfg.seconds * 1000
  }
}

export async function runBake(
  ctx: BakeContext,
  distributionIds: readonly string[],
  writesStartedAt: number
): Promise<BakeReport> {
  const { bake: cfg, clock, log } = ctx
  const started = clock.now()
  const w = windowsOf(cfg, started, writesStartedAt)
  const report: BakeReport = {
    result: 'too-little-traffic',
    seconds: cfg.seconds,
    periodSeconds: cfg.periodSeconds,
    max5xxRate: cfg.max5xxRate,
    minRequests: cfg.minRequests,
    elapsedMs: 0,
    calls: 0,
    distributions: []
  }
  const read = async (id: string, from: number, to: number, now: number) => {
    report.calls++
    const s = await readSeries(ctx.clients, id, from, to, cfg.periodSeconds)
    return s.ok ? { ok: true as const, value: figures(s.value, now, w.periodMs) } : s
  }
  const before = new Map<string, WindowFigures>()
  for (const id of distributionIds) {
    const f = await read(id, w.beforeFrom, w.beforeTo, w.beforeTo)
    if (!f.ok) return { ...report, result: 'error', failure: formatFailure(f.error) }
    before.set(id, f.value)
  }
  log.info(
    `Baking ${distributionIds.join(', ')} for ${cfg.seconds} s: fail above ${percent(cfg.max5xxRate)} 5xx (and above the rate before the deploy) once ${cfg.minRequests} requests were seen; one check per ${cfg.periodSeconds} s period.`
  )
  for (let n = 1; ; n++) {
    const next = Math.min(alignDown(clock.now(), w.periodMs) + w.periodMs, w.end)
    await clock.sleep(Math.max(0, next - clock.now()))
    const now = clock.now()
    const closedTo = alignDown(now, w.periodMs)
    report.distributions = []
    for (const id of distributionIds) {
      const f =
        closedTo > w.bakeFrom
          ? await read(id, w.bakeFrom, closedTo, now)
          : { ok: true as const, value: figures(emptySeries(), now, w.periodMs) }
      if (!f.ok)
        return {
          ...report,
          result: 'error',
          elapsedMs: now - started,
          failure: formatFailure(f.error)
        }
      const b = before.get(id)!
      report.distributions.push({
        distributionId: id,
        judgement: judge(f.value, b, { ...cfg, periodMs: w.periodMs }),
        bake: f.value,
        before: b,
        links: {
          rate5xx: consoleUrl(
            id,
            '5xxErrorRate',
            'Average',
            cfg.periodSeconds,
            w.beforeFrom,
            w.end
          ),
          requests: consoleUrl(id, 'Requests', 'Sum', cfg.periodSeconds, w.beforeFrom, w.end)
        }
      })
    }
    report.elapsedMs = now - started
    report.result = overall(report.distributions.map(d => d.judgement))
    log.info(progressLine(n, report))
    if (report.result === 'fail') {
      report.failure = report.distributions
        .flatMap(d =>
          d.judgement.kind === 'fail'
            ? [describeFailure(d.distributionId, d.judgement, d.bake)]
            : []
        )
        .join(' ')
      return report
    }
    if (now >= w.end) return report
  }
}

const emptySeries = () => ({ requests: [], rate5xx: [], lambdaErrors: {} })

/** "Bake 3 (3 s of 5 s): E1 240 requests, 5xx 0.4% (before 0.5%): ok". */
function progressLine(n: number, r: BakeReport): string {
  const parts = r.distributions.map(d => {
    const verdict =
      d.judgement.kind === 'fail'
        ? 'FAIL'
        : d.judgement.kind === 'pass'
          ? 'ok'
          : `waiting for ${r.minRequests} requests`
    return `${d.distributionId} ${d.bake.requests} requests, 5xx ${percent(d.bake.rate)} (before ${percent(d.before.rate)}): ${verdict}`
  })
  return `Bake ${n} (${Math.round(r.elapsedMs / 1000)} s of ${r.seconds} s): ${parts.join(' · ')}`
}
