/**
 * The one place AWS clients are made. Lambda@Edge lives in us-east-1 and CloudFront is global, so
 * the region is fixed; throttling and 5xx are retried by the SDK's standard retry mode; the
 * endpoint comes from the environment (AWS_ENDPOINT_URL[_LAMBDA|_CLOUDFRONT|_IAM|_CLOUDWATCH]), which the SDK
 * reads itself.
 *
 * The CloudFront client is loaded only for the modes that talk to CloudFront: validate never
 * evaluates it, which is a good part of its cold start.
 */
import type { CloudFrontClient } from '@aws-sdk/client-cloudfront'
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch'
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
  /** Load and create the CloudFront client (default true); validate mode needs none. */
  cloudfront?: boolean
  maxAttempts?: number
  /** An attempt whose connection stays silent this long is abandoned (and retried). */
  socketTimeoutMs?: number
}

const cloudfrontOf = new WeakMap<AwsClients, CloudFrontClient>()

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
  const cloudfront =
    opts.cloudfront === false
      ? undefined
      : new (await import('@aws-sdk/client-cloudfront')).CloudFrontClient(common)
  const clients: AwsClients = {
    lambda: new LambdaClient(common),
    iam: new IAMClient(common),
    cloudwatch: new CloudWatchClient(common),
    get cloudfront(): CloudFrontClient {
      if (cloudfront === undefined)
        throw new Error('Bug: the CloudFront client was not loaded for this mode (createClients).')
      return cloudfront
    }
  }
  if (cloudfront) cloudfrontOf.set(clients, cloudfront)
  return clients
}

export function destroyClients(c: AwsClients): void {
  c.lambda.destroy()
  cloudfrontOf.get(c)?.destroy()
  c.iam.destroy()
  c.cloudwatch.destroy()
}
