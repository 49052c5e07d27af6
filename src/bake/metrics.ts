/**
 * The CloudWatch adapter of the bake: one GetMetricData call reads every metric of one distribution
 * over one time range. CloudFront's metrics live in us-east-1, namespace AWS/CloudFront, dimensions
 * DistributionId and Region=Global (CloudFront Developer Guide, "Viewing CloudFront distribution
 * metrics": https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/viewing-cloudfront-metrics.html).
 */
import { GetMetricDataCommand, type MetricDataQuery } from '@aws-sdk/client-cloudwatch'
import type { AwsClients } from '../aws/clients.js'
import { type AwsFailure, translate } from '../aws/errors.js'
import { err, ok, type Result } from '../result.js'
import { LAMBDA_METRICS, type Point, type Series } from './verdict.js'

export const NAMESPACE = 'AWS/CloudFront'

export const dimensionsOf = (distributionId: string) => [
  { Name: 'DistributionId', Value: distributionId },
  { Name: 'Region', Value: 'Global' }
]

/** Query ids must start with a lower-case letter. */
const QUERIES: { id: string; metric: string; stat: 'Sum' | 'Average' }[] = [
  { id: 'requests', metric: 'Requests', stat: 'Sum' },
  { id: 'rate5xx', metric: '5xxErrorRate', stat: 'Average' },
  ...LAMBDA_METRICS.map(m => ({ id: `l${m}`, metric: m, stat: 'Sum' as const }))
]

function queries(distributionId: string, periodSeconds: number): MetricDataQuery[] {
  return QUERIES.map(q => ({
    Id: q.id,
    ReturnData: true,
    MetricStat: {
      Metric: {
        Namespace: NAMESPACE,
        MetricName: q.metric,
        Dimensions: dimensionsOf(distributionId)
      },
      Period: periodSeconds,
      Stat: q.stat
    }
  }))
}

/** Times on period boundaries, as CloudWatch aligns its own datapoints. */
export const alignDown = (ms: number, periodMs: number): number =>
  Math.floor(ms / periodMs) * periodMs

/** Every datapoint of [fromMs, toMs) for one distribution, following NextToken. */
export async function readSeries(
  clients: AwsClients,
  distributionId: string,
  fromMs: number,
  toMs: number,
  periodSeconds: number
): Promise<Result<Series, AwsFailure>> {
  const points = new Map<string, Point[]>(QUERIES.map(q => [q.id, []]))
  let nextToken: string | undefined
  try {
    do {
      const page = await clients.cloudwatch.send(
        new GetMetricDataCommand({
          StartTime: new Date(fromMs),
          EndTime: new Date(toMs),
          MetricDataQueries: queries(distributionId, periodSeconds),
          ScanBy: 'TimestampAscending',
          NextToken: nextToken
        })
      )
      for (const r of page.MetricDataResults ?? []) {
        const list = points.get(r.Id ?? '')
        if (!list) continue
        ;(r.Timestamps ?? []).forEach((t, i) => {
          const value = r.Values?.[i]
          if (value !== undefined) list.push({ t: new Date(t).getTime(), value })
        })
      }
      nextToken = page.NextToken
    } while (nextToken)
  } catch (e) {
    return err(translate(e, 'GetMetricData', `the metrics of ${distributionId}`))
  }
  const sorted = (id: string): Point[] => [...points.get(id)!].sort((a, b) => a.t - b.t)
  const lambdaErrors: Series['lambdaErrors'] = {}
  for (const m of LAMBDA_METRICS) {
    const list = sorted(`l${m}`)
    if (list.length > 0) lambdaErrors[m] = list
  }
  return ok({ requests: sorted('requests'), rate5xx: sorted('rate5xx'), lambdaErrors })
}

/** The CloudWatch console graph of one metric of a distribution over the bake. */
export function consoleUrl(
  distributionId: string,
  metric: string,
  stat: string,
  periodSeconds: number,
  fromMs: number,
  toMs: number
): string {
  // The console's hash is JSURL: ~( ) for objects and arrays, ' before strings, *2f for '/'.
  const graph =
    `~(metrics~(~(~'AWS*2fCloudFront~'${metric}~'DistributionId~'${distributionId}~'Region~'Global))` +
    `~view~'timeSeries~stat~'${stat}~period~${periodSeconds}~region~'us-east-1` +
    `~start~'${new Date(fromMs).toISOString()}~end~'${new Date(toMs).toISOString()})`
  return `https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#metricsV2:graph=${graph}`
}

/**
 * Before any write: one small read, so a role without cloudwatch:GetMetricData is refused while
 * nothing has changed yet, rather than rolled back after the deploy.
 */
export async function probeMetrics(
  clients: AwsClients,
  distributionId: string,
  periodSeconds: number,
  now: number
): Promise<Result<void, AwsFailure>> {
  const periodMs = periodSeconds * 1000
  const to = alignDown(now, periodMs)
  const r = await readSeries(clients, distributionId, to - periodMs, to, periodSeconds)
  return r.ok ? ok(undefined) : r
}
