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
  $metadata?: { httpStatusCode?: number }
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
  ListAliases: 'lambda:ListAliases',
  DeleteFunction: 'lambda:DeleteFunction (on the version ARNs)',
  ListDistributions: 'cloudfront:ListDistributions',
  CreateAlias: 'lambda:CreateAlias',
  UpdateAlias: 'lambda:UpdateAlias',
  GetRole: 'iam:GetRole',
  GetDistribution: 'cloudfront:GetDistribution',
  GetDistributionConfig: 'cloudfront:GetDistributionConfig',
  UpdateDistribution:
    'cloudfront:UpdateDistribution (and lambda:EnableReplication* on the function)'
}

export const errorCode = (e: unknown): string => {
  const s = e as SdkError
  return s?.name ?? s?.Code ?? 'Error'
}

export const httpStatus = (e: unknown): number | undefined =>
  (e as SdkError)?.$metadata?.httpStatusCode

export function translate(e: unknown, operation: string, subject: string): AwsFailure {
  const code = errorCode(e)
  const message = (e as SdkError)?.message ?? String(e)
  const failure: AwsFailure = {
    code,
    message: `${operation} on ${subject} failed: ${code}: ${message}`
  }
  if (/AccessDenied|UnauthorizedOperation|AccessDeniedException/.test(code))
    failure.advice = `Grant ${PERMISSIONS[operation] ?? operation} to the role the workflow assumes (see the README's IAM policy).`
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
    failure.advice = `The AWS credentials are missing or expired: add aws-actions/configure-aws-credentials before this step.`
  return failure
}

export const formatFailure = (f: AwsFailure): string =>
  f.advice ? `${f.message}\n${f.advice}` : f.message
