/**
 * The one place AWS clients are made. Lambda@Edge lives in us-east-1 and CloudFront is global, so
 * the region is fixed; throttling and 5xx are retried by the SDK's standard retry mode; the
 * endpoint comes from the environment (AWS_ENDPOINT_URL[_LAMBDA|_CLOUDFRONT|_IAM|_CLOUDWATCH]), which the SDK
 * reads itself.
 *
 * The CloudFront and CloudWatch clients are loaded only for the modes that talk to CloudFront
 * (CloudWatch holds CloudFront's metrics): validate never evaluates them, which is a good part
 * of its cold start.
 */
import type { CloudFrontClient } from '@aws-sdk/client-cloudfront'
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch'
import { IAMClient } from '@aws-sdk/client-iam'
import { LambdaClient } from '@aws-sdk/client-lambda'
import { EDGE_REGION } from '../edge.js'
import { ACTION_VERSION } from '../version.js'

export interface AwsClients {
  lambda: LambdaClient
  cloudfront: CloudFrontClient
  iam: IAMClient
  /** CloudFront publishes its distribution metrics in us-east-1, the region every client here uses. */
  cloudwatch: CloudWatchClient
}

export interface ClientOptions {
  /** Load and create the CloudFront and CloudWatch clients (default true); validate needs neither. */
  cloudfront?: boolean
  maxAttempts?: number
  /** An attempt whose connection stays silent this long is abandoned (and retried). */
  socketTimeoutMs?: number
}

const distributionClientsOf = new WeakMap<AwsClients, { destroy(): void }[]>()

export async function createClients(opts: ClientOptions = {}): Promise<AwsClients> {
  const common = {
    region: EDGE_REGION,
    retryMode: 'standard',
    maxAttempts: opts.maxAttempts ?? 6,
    customUserAgent: `lambda-edge-deploy/${ACTION_VERSION}`,
    // The SDK sets no timeout: a connection that died silently (a NAT that dropped a kept-alive
    // socket) would hang the step until the job's own timeout, hours later, whatever
    // wait-timeout-seconds says. Like the AWS CLI: give up on a silent connection after 60 s; the
    // retry strategy then tries again on a fresh one.
    requestHandler: { connectionTimeout: 10_000, socketTimeout: opts.socketTimeoutMs ?? 60_000 }
  }
  const [cloudfront, cloudwatch] =
    opts.cloudfront === false
      ? []
      : await Promise.all([
          import('@aws-sdk/client-cloudfront').then(m => new m.CloudFrontClient(common)),
          import('@aws-sdk/client-cloudwatch').then(m => new m.CloudWatchClient(common))
        ])
  const notLoaded = (name: string): Error =>
    new Error(`Bug: the ${name} client was not loaded for this mode (createClients).`)
  const clients: AwsClients = {
    lambda: new LambdaClient(common),
    iam: new IAMClient(common),
    get cloudfront(): CloudFrontClient {
      if (cloudfront === undefined) throw notLoaded('CloudFront')
      return cloudfront
    },
    get cloudwatch(): CloudWatchClient {
      if (cloudwatch === undefined) throw notLoaded('CloudWatch')
      return cloudwatch
    }
  }
  if (cloudfront && cloudwatch) distributionClientsOf.set(clients, [cloudfront, cloudwatch])
  return clients
}

export function destroyClients(c: AwsClients): void {
  c.lambda.destroy()
  c.iam.destroy()
  for (const client of distributionClientsOf.get(c) ?? []) client.destroy()
}
