// Types for emulator.mjs (the local AWS emulator launcher and set-up helpers).
import type { CloudFrontClient, DistributionConfig } from '@aws-sdk/client-cloudfront'
import type { CreateFunctionRequest, LambdaClient } from '@aws-sdk/client-lambda'
import type { IAMClient } from '@aws-sdk/client-iam'

export interface StartEmulatorOptions {
  /** Python with moto[server]; default: $PYTHON, then `python3`. */
  python?: string
  /** Seconds a distribution stays InProgress after each create/update (default 0); reset() returns to it. */
  deployDelaySeconds?: number
  /**
   * In a jest worker, an emulator of its own even for an ordinary request (no python, no delay),
   * which otherwise gets the worker's shared emulator, reset (see startEmulator in emulator.mjs).
   */
  fresh?: boolean
}

/** One AWS request the emulator received (control and /moto-api requests are not logged). */
export interface LoggedRequest {
  method: string
  path: string
  /** Signing name from the Authorization header: 'lambda', 'cloudfront', 'iam', ... */
  service: string
  /** API operation name, e.g. 'UpdateFunctionCode', 'UpdateDistribution', 'GetRole'; null if unknown. */
  operation: string | null
  /** False only for Get*, List*, Describe*, Head* operations. */
  mutating: boolean
  /** HTTP status the emulator answered with. */
  status: number
  /** When the request arrived: seconds since the epoch (wall clock, like Date.now() / 1000). */
  at: number
}

export interface EmulatorState {
  deployDelaySeconds: number
  /** Distribution id -> Comment that the next UpdateDistribution will meet. */
  armedEdits: Record<string, string>
  /** Version ARNs CloudFront has replicated; Lambda refuses to delete them (see expireReplicas). */
  replicas: string[]
  requestCount: number
}

export interface EmulatorEnv {
  AWS_ENDPOINT_URL: string
  AWS_ACCESS_KEY_ID: 'testing'
  AWS_SECRET_ACCESS_KEY: 'testing'
  AWS_REGION: 'us-east-1'
  AWS_DEFAULT_REGION: 'us-east-1'
  AWS_EC2_METADATA_DISABLED: 'true'
  [name: string]: string
}

export interface Emulator {
  /** e.g. http://127.0.0.1:PORT */
  endpoint: string
  port: number
  /** Environment that points any AWS SDK or the action itself at the emulator. */
  env: EmulatorEnv
  /** Forget every resource and all emulator state (moto's /moto-api/reset plus ours). */
  reset(): Promise<void>
  /** Seconds later creates/updates stay InProgress. */
  setDeployDelay(seconds: number): Promise<void>
  /** Make a distribution Deployed now. */
  markDeployed(distributionId: string): Promise<void>
  /** One-shot: the next UpdateDistribution first meets "someone else's" edit (Comment + new ETag). */
  editBeforeNextUpdate(distributionId: string, comment: string): Promise<void>
  /** AWS requests since the last reset()/clearRequests(), oldest first. */
  /**
   * Once associated, a version is "replicated": DeleteFunction on it fails with AWS's
   * InvalidParameterValueException until this is called (AWS: hours after the last association goes).
   * Forgets the replicas of every version that no distribution references now.
   */
  expireReplicas(): Promise<void>
  requests(): Promise<LoggedRequest[]>
  clearRequests(): Promise<void>
  state(): Promise<EmulatorState>
  /** Stop the emulator (the worker's shared one: only let go of it); safe to call more than once. */
  stop(): Promise<void>
}

export function startEmulator(opts?: StartEmulatorOptions): Promise<Emulator>

export interface EmulatorClients {
  lambda: LambdaClient
  cloudfront: CloudFrontClient
  iam: IAMClient
}

/** SDK v3 clients pointed at the emulator (us-east-1, test credentials, no retries); cached. */
export function clients(em: Pick<Emulator, 'endpoint'>): EmulatorClients

/** Create an execution role; trust defaults to lambda.amazonaws.com + edgelambda.amazonaws.com. */
export function createEdgeRole(
  em: Pick<Emulator, 'endpoint'>,
  opts?: { name?: string; trust?: string[] }
): Promise<string>

export type CreateFunctionOptions = {
  name: string
  zip: Buffer | Uint8Array
  roleArn: string
  runtime?: string
  handler?: string
  memorySize?: number
  timeout?: number
} & Partial<Omit<CreateFunctionRequest, 'FunctionName' | 'Code' | 'Role'>>

/** Create a Lambda function; returns its (unqualified) ARN. */
export function createFunction(
  em: Pick<Emulator, 'endpoint'>,
  opts: CreateFunctionOptions
): Promise<string>

export type EdgeEventType =
  'viewer-request' | 'viewer-response' | 'origin-request' | 'origin-response'

export interface AssociationSpec {
  /** 'default' or the PathPattern of one of `behaviors`. */
  cacheBehavior: 'default' | string
  eventType: EdgeEventType
  /** A version ARN (…:function:NAME:7), as AWS requires. */
  arn: string
  includeBody?: boolean
}

export interface DistributionOptions {
  /** Path patterns of extra cache behaviors, e.g. ['/api/*', '/static/*']. */
  behaviors?: string[]
  associations?: AssociationSpec[]
  comment?: string
  /** Default 'http2and3'. Continuous deployment (canary) needs a distribution without HTTP/3. */
  httpVersion?: 'http1.1' | 'http2' | 'http3' | 'http2and3'
}

/** The DistributionConfig createDistribution sends (fresh CallerReference each call). */
export function buildDistributionConfig(opts?: DistributionOptions): DistributionConfig

export function createDistribution(
  em: Pick<Emulator, 'endpoint'>,
  opts?: DistributionOptions
): Promise<{ id: string; etag: string; arn: string; domainName: string }>

export function getDistributionConfig(
  em: Pick<Emulator, 'endpoint'>,
  id: string
): Promise<{ config: DistributionConfig; etag: string }>

export function getDistributionStatus(em: Pick<Emulator, 'endpoint'>, id: string): Promise<string>
