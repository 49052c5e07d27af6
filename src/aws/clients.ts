/**
 * The one place AWS clients are made. Lambda@Edge lives in us-east-1 and CloudFront is global, so
 * the region is fixed; throttling and 5xx are retried by the SDK's standard retry mode; the
 * endpoint comes from the environment (AWS_ENDPOINT_URL[_LAMBDA|_CLOUDFRONT|_IAM|_CLOUDWATCH]), which the SDK
 * reads itself.
 */
import { CloudFrontClient } from '@aws-sdk/client-cloudfront'
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
  maxAttempts?: number
  /** An attempt whose connection stays silent this long is abandoned (and retried). */
  socketTimeoutMs?: number
}

export function createClients(opts: ClientOptions = {}): AwsClients {
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
  return {
    lambda: new LambdaClient(common),
    cloudfront: new CloudFrontClient(common),
    iam: new IAMClient(common),
    cloudwatch: new CloudWatchClient(common)
  }
}

export function destroyClients(c: AwsClients): void {
  c.lambda.destroy()
  c.cloudfront.destroy()
  c.iam.destroy()
  c.cloudwatch.destroy()
}
