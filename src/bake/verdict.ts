/**
 * The bake's verdict, pure: CloudWatch datapoints in, a judgement out. No clock and no AWS here;
 * the caller says what time it is, so every rule below is tested instantly.
 *
 * The rule (issue 14): a distribution fails when its 5xx rate over the bake so far is above
 * bake-max-5xx-rate AND above its baseline (a site that always has 2% 5xx is not rolled back for
 * it), judged only once the bake saw at least bake-min-requests requests. Too little traffic is its
 * own answer, never a pass. The baseline (issue 15, BASELINES below) is the distribution's own rate
 * in the same length of time before the deploy, or, for a canary's staging distribution, the
 * primary's rate over the very same periods: both meet the same viewers, the same origin and the
 * same hour, and only the version differs.
 */

/** One CloudWatch datapoint: the start of its period (ms since the epoch) and its value. */
export interface Point {
  t: number
  value: number
}

/**
 * CloudFront's Lambda@Edge error counts. They are not on AWS's page of CloudFront metrics (seen in
 * the CloudFront console and in CloudWatch): read when CloudWatch has data, shown, never judged
 * (an erroring function also shows up as 5xx, which is judged).
 */
export const LAMBDA_METRICS = [
  'LambdaExecutionError',
  'LambdaValidationError',
  'LambdaLimitExceededErrors'
] as const
export type LambdaMetric = (typeof LAMBDA_METRICS)[number]

/** What CloudWatch returned for one distribution over one time range. */
export interface Series {
  /** AWS/CloudFront Requests, Sum per period. */
  requests: Point[]
  /** AWS/CloudFront 5xxErrorRate, Average per period, in percent. */
  rate5xx: Point[]
  lambdaErrors: Partial<Record<LambdaMetric, Point[]>>
}

/**
 * What a bake holds a distribution's rate against, as data: the words the verdict, the progress
 * line and the report use for each.
 */
export const BASELINES = {
  before: {
    label: 'before',
    column: '5xx before',
    rule: 'and above the rate before the deploy',
    than: 'the same length of time before the deploy',
    none: 'with no traffic before the deploy to compare with'
  },
  primary: {
    label: 'primary',
    column: '5xx on the primary',
    rule: "and above the primary distribution's rate over the same periods",
    than: 'the primary distribution over the same periods',
    none: 'with no traffic on the primary distribution to compare with'
  }
} as const
export type Against = keyof typeof BASELINES

export interface BakeRules {
  /** Percent. */
  max5xxRate: number
  minRequests: number
  periodMs: number
}

/** A window's traffic: only periods with both a request count and a 5xx rate count. */
export interface WindowFigures {
  requests: number
  /** Requests answered 5xx (rate x requests, summed per period). */
  errors5xx: number
  /** Percent, weighted by requests; undefined when no request was counted. */
  rate?: number
  /** Closed periods counted. */
  periods: number
  /** Sum of each Lambda@Edge error metric that had data. */
  lambdaErrors: Partial<Record<LambdaMetric, number>>
}

export type Judgement =
  | {
      kind: 'fail'
      metric: '5xxErrorRate'
      rate: number
      limit: number
      baseline?: number
      against: Against
    }
  | { kind: 'pass'; rate: number; baseline?: number; against: Against }
  | { kind: 'too-little-traffic'; requests: number; needed: number }

/** A period counts once it has closed; the newest one may still grow. */
export const closed = (points: readonly Point[], now: number, periodMs: number): Point[] =>
  points.filter(p => p.t + periodMs <= now)

export function figures(s: Series, now: number, periodMs: number): WindowFigures {
  const requests = new Map(closed(s.requests, now, periodMs).map(p => [p.t, p.value]))
  let total = 0
  let errors = 0
  let periods = 0
  for (const r of closed(s.rate5xx, now, periodMs)) {
    const n = requests.get(r.t)
    if (n === undefined) continue
    total += n
    errors += (r.value * n) / 100
    periods++
  }
  const lambdaErrors: WindowFigures['lambdaErrors'] = {}
  for (const m of LAMBDA_METRICS) {
    const points = closed(s.lambdaErrors[m] ?? [], now, periodMs)
    if (points.length > 0) lambdaErrors[m] = points.reduce((a, p) => a + p.value, 0)
  }
  return {
    requests: total,
    errors5xx: errors,
    rate: total > 0 ? (errors / total) * 100 : undefined,
    periods,
    lambdaErrors
  }
}

/**
 * The verdict on one distribution from the bake so far and its baseline window (`against` says
 * which: see BASELINES).
 */
export function judge(
  bake: WindowFigures,
  reference: WindowFigures,
  rules: BakeRules,
  against: Against = 'before'
): Judgement {
  if (bake.requests < rules.minRequests || bake.rate === undefined)
    return { kind: 'too-little-traffic', requests: bake.requests, needed: rules.minRequests }
  const { rate } = bake
  // No traffic in the baseline: nothing to compare with, so only the limit decides.
  const baseline = reference.rate
  if (rate > rules.max5xxRate && (baseline === undefined || rate > baseline))
    return {
      kind: 'fail',
      metric: '5xxErrorRate',
      rate,
      limit: rules.max5xxRate,
      baseline,
      against
    }
  return { kind: 'pass', rate, baseline, against }
}

/** The whole bake's state: one failing distribution fails it; one unjudged one keeps it a warning. */
export function overall(judgements: readonly Judgement[]): Judgement['kind'] {
  if (judgements.some(j => j.kind === 'fail')) return 'fail'
  if (judgements.some(j => j.kind === 'too-little-traffic')) return 'too-little-traffic'
  return 'pass'
}

export const percent = (rate: number | undefined): string =>
  rate === undefined ? 'n/a' : `${Number(rate.toFixed(2))}%`

/** "5xxErrorRate 12.5% over 340 requests crossed bake-max-5xx-rate 1% and the 0.4% before the deploy". */
export function describeFailure(
  id: string,
  j: Extract<Judgement, { kind: 'fail' }>,
  bake: WindowFigures
): string {
  const words = BASELINES[j.against]
  const than =
    j.baseline === undefined ? words.none : `and the ${percent(j.baseline)} of ${words.than}`
  return `${id}: ${j.metric} ${percent(j.rate)} over ${bake.requests} request(s) since Deployed crossed the line: above bake-max-5xx-rate ${percent(j.limit)} ${than}.`
}
