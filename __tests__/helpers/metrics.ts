/**
 * CloudFront traffic as CloudWatch sees it, for bake tests: datapoints of AWS/CloudFront Requests and
 * 5xxErrorRate put into the emulator (moto's CloudWatch) under the dimensions CloudFront uses.
 */
import { CloudWatchClient, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch'
import type { Emulator } from '../harness/emulator.mjs'

export interface Traffic {
  requests: number
  /** Percent. */
  rate5xx: number
}

const clientsByEndpoint = new Map<string, CloudWatchClient>()

function cloudwatch(em: Emulator): CloudWatchClient {
  let c = clientsByEndpoint.get(em.endpoint)
  if (!c) {
    c = new CloudWatchClient({
      endpoint: em.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
      maxAttempts: 1
    })
    clientsByEndpoint.set(em.endpoint, c)
  }
  return c
}

export async function putTraffic(
  em: Emulator,
  distributionId: string,
  atMs: number,
  t: Traffic
): Promise<void> {
  const Dimensions = [
    { Name: 'DistributionId', Value: distributionId },
    { Name: 'Region', Value: 'Global' }
  ]
  const Timestamp = new Date(atMs)
  await cloudwatch(em).send(
    new PutMetricDataCommand({
      Namespace: 'AWS/CloudFront',
      MetricData: [
        { MetricName: 'Requests', Dimensions, Timestamp, Value: t.requests, Unit: 'None' },
        { MetricName: '5xxErrorRate', Dimensions, Timestamp, Value: t.rate5xx, Unit: 'Percent' }
      ]
    })
  )
}

/** `seconds` of the same traffic before now, one point per second (done before this returns). */
export async function seedHistory(
  em: Emulator,
  distributionId: string,
  t: Traffic,
  seconds: number
): Promise<void> {
  const now = Math.floor(Date.now() / 1000)
  for (let s = now - seconds; s < now; s++) await putTraffic(em, distributionId, s * 1000 + 500, t)
}

/**
 * One datapoint per second, put as the second starts, of whatever `now()` says the traffic is
 * (undefined: silence). Records when each second's point landed.
 */
export function startTraffic(
  em: Emulator,
  distributionId: string,
  now: () => Traffic | undefined
): { stop(): Promise<void>; landed: { second: number; at: number; traffic: Traffic }[] } {
  const landed: { second: number; at: number; traffic: Traffic }[] = []
  let stopped = false
  const loop = (async () => {
    let last = 0
    while (!stopped) {
      const s = Math.floor(Date.now() / 1000)
      const t = now()
      if (s !== last && t) {
        await putTraffic(em, distributionId, s * 1000 + 500, t)
        landed.push({ second: s, at: Date.now(), traffic: t })
      }
      last = s
      await new Promise(r => setTimeout(r, 50))
    }
  })()
  return {
    landed,
    stop: async () => {
      stopped = true
      await loop
    }
  }
}
