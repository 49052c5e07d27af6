/**
 * Lambda and IAM adapter: read the function as the rules see it, change its configuration and
 * code, publish a version and wait for each step. Every call returns a typed result.
 */
import { GetRoleCommand } from '@aws-sdk/client-iam'
import {
  DeleteFunctionCommand,
  type FunctionConfiguration,
  GetFunctionCommand,
  type GetFunctionCommandOutput,
  GetFunctionConfigurationCommand,
  GetProvisionedConcurrencyConfigCommand,
  GetRuntimeManagementConfigCommand,
  paginateListAliases,
  paginateListVersionsByFunction,
  PublishVersionCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  waitUntilFunctionUpdatedV2,
  waitUntilPublishedVersionActive
} from '@aws-sdk/client-lambda'
import { backoff, realClock } from '../clock.js'
import type { ConfigChanges } from '../config.js'
import type { FunctionFacts } from '../rules/facts.js'
import { err, ok, type Result } from '../result.js'
import type { AwsClients } from './clients.js'
import { type AwsFailure, errorCode, formatFailure, translate } from './errors.js'

export interface FunctionState {
  facts: FunctionFacts
  /** The unqualified function ARN. */
  arn: string
  revisionId?: string
}

/** Services named as Principal.Service in the Allow statements with sts:AssumeRole. */
export function trustedServices(policyDocument: string): string[] {
  const doc = JSON.parse(decodeURIComponent(policyDocument)) as {
    Statement?: Array<{
      Effect?: string
      Action?: string | string[]
      Principal?: { Service?: string | string[] }
    }>
  }
  const statements = Array.isArray(doc.Statement)
    ? doc.Statement
    : doc.Statement
      ? [doc.Statement]
      : []
  const out = new Set<string>()
  for (const s of statements) {
    const actions = ([] as string[]).concat(s.Action ?? [])
    if (
      s.Effect !== 'Allow' ||
      !actions.some(a => a === 'sts:AssumeRole' || a === 'sts:*' || a === '*')
    )
      continue
    for (const svc of ([] as string[]).concat(s.Principal?.Service ?? [])) out.add(svc)
  }
  return [...out]
}

async function readTrust(
  clients: AwsClients,
  roleArn: string
): Promise<Pick<FunctionFacts, 'roleTrustedServices' | 'roleTrustUnreadable'>> {
  const roleName = roleArn.split('/').pop() ?? roleArn
  try {
    const res = await clients.iam.send(new GetRoleCommand({ RoleName: roleName }))
    const doc = res.Role?.AssumeRolePolicyDocument
    return doc
      ? { roleTrustedServices: trustedServices(doc) }
      : { roleTrustUnreadable: 'the role has no trust policy' }
  } catch (e) {
    return { roleTrustUnreadable: `iam:GetRole on ${roleName} failed (${errorCode(e)})` }
  }
}

async function readRuntimeUpdateMode(
  clients: AwsClients,
  name: string
): Promise<string | undefined> {
  try {
    const res = await clients.lambda.send(
      new GetRuntimeManagementConfigCommand({ FunctionName: name })
    )
    return res.UpdateRuntimeOn
  } catch {
    // Unreadable (an older IAM policy without lambda:GetRuntimeManagementConfig): the rule skips.
    return undefined
  }
}

export function toFacts(
  c: FunctionConfiguration,
  tags: Record<string, string> | undefined,
  sourceKmsKeyArn?: string
): FunctionFacts {
  return {
    name: c.FunctionName ?? '',
    arn: c.FunctionArn ?? '',
    runtime: c.Runtime,
    handler: c.Handler,
    memorySize: c.MemorySize ?? 128,
    timeout: c.Timeout ?? 3,
    architectures: c.Architectures ?? ['x86_64'],
    packageType: c.PackageType ?? 'Zip',
    environmentVariableNames: Object.keys(c.Environment?.Variables ?? {}),
    layers: (c.Layers ?? []).map(l => l.Arn ?? ''),
    vpcSubnetIds: c.VpcConfig?.SubnetIds ?? [],
    vpcSecurityGroupIds: c.VpcConfig?.SecurityGroupIds ?? [],
    deadLetterTargetArn: c.DeadLetterConfig?.TargetArn || undefined,
    tracingMode: c.TracingConfig?.Mode,
    ephemeralStorageMb: c.EphemeralStorage?.Size ?? 512,
    sourceKmsKeyArn,
    tagKeys: tags === undefined ? undefined : Object.keys(tags),
    roleArn: c.Role ?? '',
    codeSha256: c.CodeSha256,
    codeSize: c.CodeSize
  }
}

/** GetFunction, then the role's trust policy and the runtime management mode, side by side. */
export async function readFunction(
  clients: AwsClients,
  name: string
): Promise<Result<FunctionState, AwsFailure>> {
  let res
  try {
    res = await clients.lambda.send(new GetFunctionCommand({ FunctionName: name }))
  } catch (e) {
    return err(translate(e, 'GetFunction', name))
  }
  const c = res.Configuration ?? {}
  const [trust, runtimeUpdateMode] = await Promise.all([
    readTrust(clients, c.Role ?? ''),
    readRuntimeUpdateMode(clients, name)
  ])
  // Tags come back only with lambda:ListTags; without it GetFunction sets TagsError instead.
  const tags = res.TagsError ? undefined : (res.Tags ?? {})
  const facts = { ...toFacts(c, tags, res.Code?.SourceKMSKeyArn), ...trust, runtimeUpdateMode }
  return ok({ facts, arn: c.FunctionArn ?? '', revisionId: c.RevisionId })
}

/** A published version's configuration (to tell whether it equals what we would publish). */
export async function readVersion(
  clients: AwsClients,
  name: string,
  version: string
): Promise<Result<FunctionConfiguration, AwsFailure>> {
  try {
    return ok(
      await clients.lambda.send(
        new GetFunctionConfigurationCommand({ FunctionName: name, Qualifier: version })
      )
    )
  } catch (e) {
    return err(translate(e, 'GetFunctionConfiguration', `${name}:${version}`))
  }
}

export interface WaitOptions {
  maxWaitSeconds: number
  /** Injected in tests; the pause between attempts of a write Lambda refused as in progress. */
  sleep?: (ms: number) => Promise<void>
}

/** Waits until the function's last update is applied; gives the RevisionId it has then. */
async function waitUpdated(
  clients: AwsClients,
  name: string,
  o: WaitOptions
): Promise<Result<string | undefined, AwsFailure>> {
  try {
    // Lambda refuses the next update (ResourceConflictException) until LastUpdateStatus leaves InProgress.
    const done = await waitUntilFunctionUpdatedV2(
      { client: clients.lambda, maxWaitTime: o.maxWaitSeconds, minDelay: 1, maxDelay: 5 },
      { FunctionName: name }
    )
    return ok((done.reason as GetFunctionCommandOutput | undefined)?.Configuration?.RevisionId)
  } catch (e) {
    return err(translate(e, 'GetFunction', `${name} (waiting for the update to finish)`))
  }
}

/** How many times in all a write is tried while Lambda says an update is in progress. */
const CONFLICT_ATTEMPTS = 5
const isConflict = (e: unknown): boolean => /^(Resource)?ConflictException$/.test(errorCode(e))
const alreadyExists = (e: unknown): boolean =>
  isConflict(e) && /already exists/i.test((e as Error).message ?? '')

/**
 * Lambda refuses a write while an earlier change of the function is still being applied (409
 * ResourceConflictException, "An update is in progress"), and the SDK does not retry a 409: wait
 * until the function is updated, then write again, a bounded number of times.
 */
async function whenSettled<T>(
  clients: AwsClients,
  name: string,
  o: WaitOptions,
  write: () => Promise<T>
): Promise<T> {
  const sleep = o.sleep ?? realClock.sleep
  for (let attempt = 1; ; attempt++) {
    try {
      return await write()
    } catch (e) {
      // "Already exists" is a conflict too, but waiting does not clear it: the caller decides.
      if (!isConflict(e) || alreadyExists(e) || attempt >= CONFLICT_ATTEMPTS) throw e
      const waited = await waitUpdated(clients, name, o)
      if (!waited.ok) throw e
      await sleep(backoff(attempt - 1, 500, 5000))
    }
  }
}

export async function updateConfiguration(
  clients: AwsClients,
  name: string,
  changes: ConfigChanges,
  o: WaitOptions
): Promise<Result<string | undefined, AwsFailure>> {
  try {
    const res = await whenSettled(clients, name, o, () =>
      clients.lambda.send(
        new UpdateFunctionConfigurationCommand({
          FunctionName: name,
          Runtime: changes.runtime as FunctionConfiguration['Runtime'],
          Handler: changes.handler,
          MemorySize: changes.memorySize,
          Timeout: changes.timeout
        })
      )
    )
    // The RevisionId in the update's own answer goes stale when Lambda finishes applying it
    // (aws/aws-sdk#377): a PublishVersion guarded by it would be refused with a 412.
    const waited = await waitUpdated(clients, name, o)
    return waited.ok ? ok(waited.value ?? res.RevisionId) : waited
  } catch (e) {
    return err(translate(e, 'UpdateFunctionConfiguration', name))
  }
}

export async function updateCode(
  clients: AwsClients,
  name: string,
  zip: Buffer,
  o: WaitOptions
): Promise<Result<{ codeSha256: string; revisionId?: string }, AwsFailure>> {
  try {
    const res = await whenSettled(clients, name, o, () =>
      clients.lambda.send(new UpdateFunctionCodeCommand({ FunctionName: name, ZipFile: zip }))
    )
    const waited = await waitUpdated(clients, name, o)
    return waited.ok
      ? ok({ codeSha256: res.CodeSha256 ?? '', revisionId: waited.value ?? res.RevisionId })
      : waited
  } catch (e) {
    return err(translate(e, 'UpdateFunctionCode', name))
  }
}

export interface PublishedVersion {
  version: string
  versionArn: string
  codeSha256: string
}

/**
 * PublishVersion guarded by the code hash we uploaded, so a concurrent upload by someone else
 * is never published under our name; then wait until the version is Active.
 */
export async function publish(
  clients: AwsClients,
  name: string,
  guard: { codeSha256?: string; revisionId?: string },
  description: string,
  o: WaitOptions
): Promise<Result<PublishedVersion, AwsFailure>> {
  try {
    const res = await whenSettled(clients, name, o, () =>
      clients.lambda.send(
        new PublishVersionCommand({
          FunctionName: name,
          CodeSha256: guard.codeSha256,
          RevisionId: guard.revisionId,
          Description: description
        })
      )
    )
    const version = res.Version ?? ''
    if (res.State !== 'Active')
      await waitUntilPublishedVersionActive(
        { client: clients.lambda, maxWaitTime: o.maxWaitSeconds, minDelay: 1, maxDelay: 5 },
        { FunctionName: name, Qualifier: version }
      )
    return ok({ version, versionArn: res.FunctionArn ?? '', codeSha256: res.CodeSha256 ?? '' })
  } catch (e) {
    if (errorCode(e) === 'PreconditionFailedException')
      return err({
        code: 'PreconditionFailedException',
        message: `PublishVersion on ${name} refused: the function changed while we were deploying (another deploy?).`,
        advice:
          'Re-run the workflow; use a concurrency group so deploys of one function do not overlap.'
      })
    return err(translate(e, 'PublishVersion', name))
  }
}

/** Provisioned concurrency configured on one version: 0 when there is none. */
async function readProvisioned(
  clients: AwsClients,
  name: string,
  version: string
): Promise<number | 'unreadable'> {
  try {
    const pc = await clients.lambda.send(
      new GetProvisionedConcurrencyConfigCommand({ FunctionName: name, Qualifier: version })
    )
    return pc.RequestedProvisionedConcurrentExecutions ?? 0
  } catch (e) {
    return errorCode(e) === 'ProvisionedConcurrencyConfigNotFoundException' ? 0 : 'unreadable'
  }
}

/**
 * A published version as the rules see it (to refuse rolling back onto a version AWS would
 * reject): its configuration, the function's runtime management mode and the version's
 * provisioned concurrency side by side, then its role's trust: four calls, two round trips.
 */
export async function readVersionFacts(
  clients: AwsClients,
  name: string,
  version: string
): Promise<Result<FunctionFacts, AwsFailure>> {
  const [v, runtimeUpdateMode, provisionedConcurrency] = await Promise.all([
    readVersion(clients, name, version),
    readRuntimeUpdateMode(clients, name),
    readProvisioned(clients, name, version)
  ])
  if (!v.ok) return v
  const trust = await readTrust(clients, v.value.Role ?? '')
  return ok({
    ...toFacts(v.value, undefined),
    ...trust,
    runtimeUpdateMode,
    provisionedConcurrency
  })
}

const VERSION_NUMBER = /^\d+$/

/** The numbered versions among the strings a paginated listing yields. */
async function collectVersions<P>(
  pages: AsyncIterable<P>,
  pick: (page: P) => (string | undefined)[]
): Promise<number[]> {
  const out: number[] = []
  for await (const page of pages)
    for (const v of pick(page)) if (v && VERSION_NUMBER.test(v)) out.push(Number(v))
  return out
}

/** Every numbered version of the function. */
export async function listVersions(
  clients: AwsClients,
  name: string
): Promise<Result<number[], AwsFailure>> {
  try {
    const pages = paginateListVersionsByFunction(
      { client: clients.lambda, pageSize: 50 },
      { FunctionName: name }
    )
    return ok(await collectVersions(pages, p => (p.Versions ?? []).map(v => v.Version)))
  } catch (e) {
    return err(translate(e, 'ListVersionsByFunction', name))
  }
}

/** Versions any alias of the function points at. */
export async function aliasedVersions(
  clients: AwsClients,
  name: string
): Promise<Result<number[], AwsFailure>> {
  try {
    const pages = paginateListAliases(
      { client: clients.lambda, pageSize: 50 },
      { FunctionName: name }
    )
    return ok(await collectVersions(pages, p => (p.Aliases ?? []).map(a => a.FunctionVersion)))
  } catch (e) {
    return err(translate(e, 'ListAliases', name))
  }
}

export type DeleteOutcome = 'deleted' | 'replicated' | { error: string }

/** Deletes one version; CloudFront replicas keep a version undeletable for hours: that is not an error. */
export async function deleteVersion(
  clients: AwsClients,
  name: string,
  version: number
): Promise<DeleteOutcome> {
  try {
    await clients.lambda.send(
      new DeleteFunctionCommand({ FunctionName: name, Qualifier: String(version) })
    )
    return 'deleted'
  } catch (e) {
    const message = (e as Error).message ?? ''
    if (errorCode(e) === 'InvalidParameterValueException' && /replicat/i.test(message))
      return 'replicated'
    return { error: formatFailure(translate(e, 'DeleteFunction', `${name}:${version}`)) }
  }
}
