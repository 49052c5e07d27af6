/**
 * The function as the rules see it: GetFunction, GetRole and GetRuntimeManagementConfig,
 * boiled down to the fields Lambda@Edge restricts. Environment variable VALUES are never kept:
 * they may be secrets and only their presence matters.
 */
export interface FunctionFacts {
  name: string
  arn: string
  runtime?: string
  handler?: string
  memorySize: number
  timeout: number
  architectures: string[]
  packageType: string
  environmentVariableNames: string[]
  layers: string[]
  vpcSubnetIds: string[]
  vpcSecurityGroupIds: string[]
  deadLetterTargetArn?: string
  tracingMode?: string
  ephemeralStorageMb: number
  sourceKmsKeyArn?: string
  /** Auto | FunctionUpdate | Manual; undefined when it could not be read. */
  runtimeUpdateMode?: string
  /** Undefined when unknown: GetFunction returns tags only to callers allowed lambda:ListTags. */
  tagKeys?: string[]
  roleArn: string
  /** Services the role's trust policy allows to assume it; undefined when it could not be read. */
  roleTrustedServices?: string[]
  /** Why the trust policy could not be read (AccessDenied on iam:GetRole, say). */
  roleTrustUnreadable?: string
  codeSha256?: string
  /**
   * Provisioned concurrency on the version to be associated: 'unreadable' when the read failed;
   * undefined when it cannot apply (a version about to be published has none).
   */
  provisionedConcurrency?: number | 'unreadable'
  /** Bytes of the deployed .zip (Configuration.CodeSize). */
  codeSize?: number
}
