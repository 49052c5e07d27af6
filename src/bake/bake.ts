/**
 * The bake, the shell around verdict.ts: after Deployed and the health check, read CloudFront's
 * metrics of every changed distribution once per period, judge the bake so far, print a progress
 * line, and stop at the first failing period or when bake-seconds are over. Time comes from the
 * injected clock; AWS from the clients. Returns a report; never throws.
 *
 * A target's baseline is its own traffic before the deploy's first write, or (a canary's staging
 * distribution) its primary's traffic over the same periods. A staging distribution has its own
 * DistributionId, and CloudFront's metrics are per DistributionId (CloudFront Developer Guide,
 * "Getting metrics using the CloudWatch API":
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/programming-cloudwatch-metrics.html;
 * step 5 of "CloudFront continuous deployment workflow", monitor the staging distribution:
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/continuous-deployment-workflow.html).
 * Lambda@Edge's own metrics and logs cannot tell the two apart: they are per function and per
 * region where the replica ran (`/aws/lambda/us-east-1.NAME` in each region), not per distribution,
 * so the distribution's 5xxErrorRate is what is judged.
 */
import type { Clock } from '../clock.js'
import type { BakeConfig } from '../config.js'
import type { AwsClients } from '../aws/clients.js'
import { type AwsFailure, formatFailure } from '../aws/errors.js'
import type { Log } from '../log.js'
import { alignDown, consoleUrl, readSeries } from './metrics.js'
import {
  type Against,
  BASELINES,
  describeFailure,
  figures,
  judge,
  type Judgement,
  overall,
  percent,
  type WindowFigures
} from './verdict.js'

/** One distribution to judge, and what its rate is held against. */
export type BakeTarget =
  | { distributionId: string; against: 'before' }
  | { distributionId: string; against: 'primary'; primaryId: string }

/** Distributions judged against their own traffic before the deploy (a direct deploy). */
export const againstBefore = (ids: readonly string[]): BakeTarget[] =>
  ids.map(distributionId => ({ distributionId, against: 'before' }))

export interface DistributionBake {
  distributionId: string
  judgement: Judgement
  /** Closed periods since the bake started. */
  bake: WindowFigures
  /** What the bake is held against: see `against`. */
  baseline: WindowFigures
  /** before: the same length of time before the deploy's first write; primary: the primary
   *  distribution (`primaryId`) over the same closed periods. */
  against: Against
  primaryId?: string
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
  /** GetMetricData calls made (one per distribution per period, plus one per baseline read). */
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
  targets: readonly BakeTarget[],
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
  for (const t of targets) {
    if (t.against !== 'before') continue
    const f = await read(t.distributionId, w.beforeFrom, w.beforeTo, w.beforeTo)
    if (!f.ok) return { ...report, result: 'error', failure: formatFailure(f.error) }
    before.set(t.distributionId, f.value)
  }
  log.info(intro(cfg, targets))
  for (let n = 1; ; n++) {
    const next = Math.min(alignDown(clock.now(), w.periodMs) + w.periodMs, w.end)
    await clock.sleep(Math.max(0, next - clock.now()))
    const now = clock.now()
    const closedTo = alignDown(now, w.periodMs)
    // Nothing closed yet: no read, no traffic.
    const during = async (id: string) =>
      closedTo > w.bakeFrom
        ? read(id, w.bakeFrom, closedTo, now)
        : { ok: true as const, value: figures(emptySeries(), now, w.periodMs) }
    report.distributions = []
    const fail = (e: AwsFailure): BakeReport => ({
      ...report,
      result: 'error',
      elapsedMs: now - started,
      failure: formatFailure(e)
    })
    for (const t of targets) {
      const f = await during(t.distributionId)
      if (!f.ok) return fail(f.error)
      const b = t.against === 'primary' ? await during(t.primaryId) : undefined
      if (b && !b.ok) return fail(b.error)
      const bake = f.value
      const baseline = b?.ok ? b.value : before.get(t.distributionId)!
      report.distributions.push({
        distributionId: t.distributionId,
        judgement: judge(bake, baseline, { ...cfg, periodMs: w.periodMs }, t.against),
        bake,
        baseline,
        against: t.against,
        primaryId: t.against === 'primary' ? t.primaryId : undefined,
        links: links(t.distributionId, cfg, w)
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

function intro(cfg: BakeConfig, targets: readonly BakeTarget[]): string {
  const names = targets.map(t =>
    t.against === 'primary'
      ? `${t.distributionId} (against primary ${t.primaryId})`
      : t.distributionId
  )
  const rules = [...new Set(targets.map(t => BASELINES[t.against].rule))].join(' / ')
  return `Baking ${names.join(', ')} for ${cfg.seconds} s: fail above ${percent(cfg.max5xxRate)} 5xx (${rules}) once ${cfg.minRequests} requests were seen; one check per ${cfg.periodSeconds} s period.`
}

const links = (id: string, cfg: BakeConfig, w: Windows): DistributionBake['links'] => ({
  rate5xx: consoleUrl(id, '5xxErrorRate', 'Average', cfg.periodSeconds, w.beforeFrom, w.end),
  requests: consoleUrl(id, 'Requests', 'Sum', cfg.periodSeconds, w.beforeFrom, w.end)
})

const emptySeries = () => ({ requests: [], rate5xx: [], lambdaErrors: {} })

/** "Bake 3 (3 s of 5 s): E1 240 requests, 5xx 0.4% (before 0.5%): ok"; "(primary 0.5%)" on a canary. */
function progressLine(n: number, r: BakeReport): string {
  const parts = r.distributions.map(d => {
    const verdict =
      d.judgement.kind === 'fail'
        ? 'FAIL'
        : d.judgement.kind === 'pass'
          ? 'ok'
          : `waiting for ${r.minRequests} requests`
    return `${d.distributionId} ${d.bake.requests} requests, 5xx ${percent(d.bake.rate)} (${BASELINES[d.against].label} ${percent(d.baseline.rate)}): ${verdict}`
  })
  return `Bake ${n} (${Math.round(r.elapsedMs / 1000)} s of ${r.seconds} s): ${parts.join(' · ')}`
}
