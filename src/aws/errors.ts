/**
 * SDK errors translated into what to do. The raw message is kept (AWS's reason matters for
 * InvalidLambdaFunctionAssociation), with advice the user can act on.
 */
export interface AwsFailure {
  code: string
  message: string
  advice?: string
}

interface SdkError {
  name?: string
  message?: string
  Code?: string
  $metadata?: { httpStatusCode?: number; attempts?: number }
}

/** The IAM permission each operation needs, for AccessDenied. */
const PERMISSIONS: Record<string, string> = {
  GetFunction: 'lambda:GetFunction',
  GetFunctionConfiguration: 'lambda:GetFunctionConfiguration',
  GetRuntimeManagementConfig: 'lambda:GetRuntimeManagementConfig',
  UpdateFunctionCode: 'lambda:UpdateFunctionCode',
  UpdateFunctionConfiguration: 'lambda:UpdateFunctionConfiguration',
  PublishVersion: 'lambda:PublishVersion',
  ListVersionsByFunction: 'lambda:ListVersionsByFunction',
  GetAlias: 'lambda:GetAlias',
  GetProvisionedConcurrencyConfig: 'lambda:GetProvisionedConcurrencyConfig',
  ListAliases: 'lambda:ListAliases',
  DeleteFunction: 'lambda:DeleteFunction (on the version ARNs)',
  ListDistributions: 'cloudfront:ListDistributions',
  CreateAlias: 'lambda:CreateAlias',
  UpdateAlias: 'lambda:UpdateAlias',
  GetRole: 'iam:GetRole',
  GetDistribution: 'cloudfront:GetDistribution',
  GetDistributionConfig: 'cloudfront:GetDistributionConfig',
  GetMetricData: 'cloudwatch:GetMetricData',
  UpdateDistribution:
    'cloudfront:UpdateDistribution (and lambda:EnableReplication* on the function)',
  // Continuous deployment (canary). The API reference's "This API operation requires the following
  // IAM permissions": CopyDistribution, GetDistribution, CreateDistribution
  // (https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CopyDistribution.html);
  // UpdateDistributionWithStagingConfig: GetDistribution, UpdateDistribution
  // (https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UpdateDistributionWithStagingConfig.html),
  // and its own action in the Service Authorization Reference ("Actions, resources, and condition
  // keys for Amazon CloudFront": https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudfront.html).
  CopyDistribution:
    'cloudfront:CopyDistribution, cloudfront:CreateDistribution and cloudfront:GetDistribution',
  UpdateDistributionWithStagingConfig:
    'cloudfront:UpdateDistributionWithStagingConfig, cloudfront:UpdateDistribution and cloudfront:GetDistribution on the primary and the staging distribution',
  CreateContinuousDeploymentPolicy: 'cloudfront:CreateContinuousDeploymentPolicy',
  GetContinuousDeploymentPolicyConfig: 'cloudfront:GetContinuousDeploymentPolicyConfig',
  UpdateContinuousDeploymentPolicy: 'cloudfront:UpdateContinuousDeploymentPolicy',
  ListContinuousDeploymentPolicies: 'cloudfront:ListContinuousDeploymentPolicies'
}

export const errorCode = (e: unknown): string => {
  const s = e as SdkError
  return s?.name ?? s?.Code ?? 'Error'
}

export const httpStatus = (e: unknown): number | undefined =>
  (e as SdkError)?.$metadata?.httpStatusCode

/** How many times the SDK sent the request that failed (it retries throttling, 5xx, resets). */
export const sdkAttempts = (e: unknown): number => (e as SdkError)?.$metadata?.attempts ?? 1

export const isThrottling = (code: string): boolean =>
  /Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(code)

/** No answer at all (connection reset or refused, timeout) or a 5xx: nothing the caller did wrong. */
const isUnavailable = (e: unknown): boolean => {
  const status = httpStatus(e)
  if (status !== undefined) return status >= 500
  const syscall = (e as { code?: unknown })?.code
  return (
    /TimeoutError|RequestTimeout/.test(errorCode(e)) ||
    (typeof syscall === 'string' && /^E[A-Z]+$/.test(syscall))
  )
}

/** Where the step runs decides which advice a person can follow: a workflow step, another CI, a terminal. */
export type Place = 'github-actions' | 'ci' | 'terminal'

export const placeOf = (env: Record<string, string | undefined>): Place =>
  env.GITHUB_ACTIONS === 'true' ? 'github-actions' : env.CI ? 'ci' : 'terminal'

const CREDENTIALS_ADVICE: Record<Place, string> = {
  'github-actions': `The AWS credentials are missing or expired: add aws-actions/configure-aws-credentials before this step (with permissions: id-token: write for OIDC).`,
  ci: `The AWS credentials are missing or expired: give this job credentials the AWS SDK reads (AWS_ROLE_ARN with AWS_WEB_IDENTITY_TOKEN_FILE for OIDC, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY).`,
  terminal: `The AWS credentials are missing or expired: sign in (aws sso login --profile NAME, then AWS_PROFILE=NAME) or run aws configure; the CLI uses the standard AWS credential chain.`
}

const WHO: Record<Place, string> = {
  'github-actions': 'the role the workflow assumes',
  ci: "the job's AWS identity",
  terminal: 'your AWS identity (aws sts get-caller-identity shows it)'
}

export function translate(
  e: unknown,
  operation: string,
  subject: string,
  place: Place = placeOf(process.env)
): AwsFailure {
  const code = errorCode(e)
  const message = (e as SdkError)?.message ?? String(e)
  const failure: AwsFailure = {
    code,
    message: `${operation} on ${subject} failed: ${code}: ${message}`
  }
  if (/AccessDenied|UnauthorizedOperation|AccessDeniedException/.test(code))
    failure.advice = `Grant ${PERMISSIONS[operation] ?? operation} to ${WHO[place]} (see the README's IAM policy).`
  else if (code === 'ResourceNotFoundException')
    failure.advice = `Check the name and that the function exists in us-east-1 in this account; create it first (the action publishes versions of an existing function).`
  else if (code === 'NoSuchDistribution')
    failure.advice = `Input "distribution-id": check the id; the distribution must be in the same account as the credentials.`
  else if (code === 'InvalidLambdaFunctionAssociation')
    failure.advice = `CloudFront refused the association; its reason is quoted above. Run with mode: validate to see every Lambda@Edge rule.`
  else if (code === 'TooManyLambdaFunctionAssociations')
    failure.advice = `A cache behavior holds at most 4 associations (one per event type).`
  else if (
    /ExpiredToken|InvalidClientTokenId|UnrecognizedClient|CredentialsProviderError/.test(code)
  )
    failure.advice = CREDENTIALS_ADVICE[place]
  else if (isThrottling(code))
    failure.advice = `AWS was still throttling after ${sdkAttempts(e)} attempts: something else is calling this API in the account heavily. Re-run later; deploys to one account are best kept in one concurrency group.`
  else if (isUnavailable(e))
    failure.advice = `No usable answer from AWS after ${sdkAttempts(e)} attempts (a network or service problem, not the configuration). Re-run the workflow: a deploy that already happened is detected and not repeated.`
  return failure
}

export const formatFailure = (f: AwsFailure): string =>
  f.advice ? `${f.message}\n${f.advice}` : f.message
