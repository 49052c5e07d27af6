/**
 * CloudFront continuous deployment adapter: the primary's staging distribution and its continuous
 * deployment policy. Every write carries the ETag it read (IfMatch) and is read again and retried
 * on PreconditionFailed, like the distribution updates in cloudfront.ts.
 */
import {
  type ContinuousDeploymentPolicyConfig,
  CopyDistributionCommand,
  CreateContinuousDeploymentPolicyCommand,
  GetContinuousDeploymentPolicyConfigCommand,
  ListContinuousDeploymentPoliciesCommand,
  paginateListDistributions,
  UpdateContinuousDeploymentPolicyCommand,
  UpdateDistributionCommand,
  UpdateDistributionWithStagingConfigCommand
} from '@aws-sdk/client-cloudfront'
import { randomUUID } from 'node:crypto'
import type { AccountCounts, CanaryTarget } from '../canary.js'
import { backoff, type Clock } from '../clock.js'
import { err, ok, type Result } from '../result.js'
import type { AwsClients } from './clients.js'
import { readDistribution, type Snapshot } from './cloudfront.js'
import { type AwsFailure, errorCode, translate } from './errors.js'

type R<T> = Promise<Result<T, AwsFailure>>

const MAX_ATTEMPTS = 5
const isStale = (e: unknown): boolean => errorCode(e) === 'PreconditionFailed'

/** Runs `attempt` again (after a short pause) while it meets a stale ETag. */
async function withFreshEtag<T>(clock: Clock, attempt: () => R<T | 'stale'>): R<T> {
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    const r = await attempt()
    if (!r.ok || r.value !== 'stale') return r as Result<T, AwsFailure>
    await clock.sleep(backoff(i, 200, 3000))
  }
  return err({
    code: 'PreconditionFailed',
    message: `Still PreconditionFailed after ${MAX_ATTEMPTS} attempts: someone else keeps changing it.`,
    advice: 'Re-run when the other change has finished.'
  })
}

export interface PolicySnapshot {
  id: string
  etag: string
  config: ContinuousDeploymentPolicyConfig
}

export async function readPolicy(clients: AwsClients, id: string): R<PolicySnapshot> {
  try {
    const res = await clients.cloudfront.send(
      new GetContinuousDeploymentPolicyConfigCommand({ Id: id })
    )
    return ok({
      id,
      etag: res.ETag ?? '',
      config: res.ContinuousDeploymentPolicyConfig ?? ({} as ContinuousDeploymentPolicyConfig)
    })
  } catch (e) {
    return err(
      translate(e, 'GetContinuousDeploymentPolicyConfig', `continuous deployment policy ${id}`)
    )
  }
}

interface Summary {
  id: string
  domainName: string
  staging: boolean
}

async function listSummaries(clients: AwsClients): R<Summary[]> {
  const out: Summary[] = []
  try {
    for await (const page of paginateListDistributions(
      { client: clients.cloudfront, pageSize: 100 },
      {}
    ))
      for (const d of page.DistributionList?.Items ?? [])
        out.push({ id: d.Id ?? '', domainName: d.DomainName ?? '', staging: d.Staging === true })
    return ok(out)
  } catch (e) {
    return err(translate(e, 'ListDistributions', 'the account'))
  }
}

async function countPolicies(clients: AwsClients): R<number> {
  try {
    // Quantity is "the total number of continuous deployment policies in your account".
    const res = await clients.cloudfront.send(new ListContinuousDeploymentPoliciesCommand({}))
    return ok(res.ContinuousDeploymentPolicyList?.Quantity ?? 0)
  } catch (e) {
    return err(translate(e, 'ListContinuousDeploymentPolicies', 'the account'))
  }
}

/**
 * For each primary: its policy (from ContinuousDeploymentPolicyId) and the staging distribution
 * the policy routes to (found by domain name), plus the account's counts for the quotas. Reads only.
 */
export async function readTargets(
  clients: AwsClients,
  primaries: readonly Snapshot[]
): R<{ targets: CanaryTarget[]; counts: AccountCounts }> {
  const [summaries, policies] = await Promise.all([listSummaries(clients), countPolicies(clients)])
  if (!summaries.ok) return summaries
  if (!policies.ok) return policies
  const targets: CanaryTarget[] = []
  for (const p of primaries) {
    const policyId = p.config.ContinuousDeploymentPolicyId || undefined
    if (!policyId) {
      targets.push({ primaryId: p.id })
      continue
    }
    const policy = await readPolicy(clients, policyId)
    if (!policy.ok) return policy
    const domain = policy.value.config.StagingDistributionDnsNames?.Items?.[0]
    const staging = summaries.value.find(s => s.staging && s.domainName === domain)
    targets.push({
      primaryId: p.id,
      policyId,
      policyEnabled: policy.value.config.Enabled === true,
      traffic: policy.value.config.TrafficConfig,
      staging: staging && { id: staging.id, domainName: staging.domainName }
    })
  }
  const counts = {
    stagingDistributions: summaries.value.filter(s => s.staging).length,
    policies: policies.value
  }
  return ok({ targets, counts })
}

/** CopyDistribution with Staging: true and the primary's ETag (read again if it moved). */
export async function createStaging(
  clients: AwsClients,
  primaryId: string,
  clock: Clock
): R<{ id: string; domainName: string }> {
  return withFreshEtag(clock, async () => {
    const primary = await readDistribution(clients, primaryId)
    if (!primary.ok) return primary
    try {
      const res = await clients.cloudfront.send(
        new CopyDistributionCommand({
          PrimaryDistributionId: primaryId,
          Staging: true,
          IfMatch: primary.value.etag,
          CallerReference: `lambda-edge-deploy-staging-${randomUUID()}`,
          Enabled: true
        })
      )
      return ok({ id: res.Distribution?.Id ?? '', domainName: res.Distribution?.DomainName ?? '' })
    } catch (e) {
      if (isStale(e)) return ok('stale' as const)
      return err(translate(e, 'CopyDistribution', `distribution ${primaryId}`))
    }
  })
}

/** Creates the policy, or replaces an existing one's config (read-modify-write with IfMatch). */
export async function putPolicy(
  clients: AwsClients,
  id: string | undefined,
  config: ContinuousDeploymentPolicyConfig,
  clock: Clock
): R<string> {
  if (id === undefined) {
    try {
      const res = await clients.cloudfront.send(
        new CreateContinuousDeploymentPolicyCommand({ ContinuousDeploymentPolicyConfig: config })
      )
      return ok(res.ContinuousDeploymentPolicy?.Id ?? '')
    } catch (e) {
      return err(translate(e, 'CreateContinuousDeploymentPolicy', 'the account'))
    }
  }
  return withFreshEtag(clock, async () => {
    const current = await readPolicy(clients, id)
    if (!current.ok) return current
    try {
      await clients.cloudfront.send(
        new UpdateContinuousDeploymentPolicyCommand({
          Id: id,
          IfMatch: current.value.etag,
          ContinuousDeploymentPolicyConfig: config
        })
      )
      return ok(id)
    } catch (e) {
      if (isStale(e)) return ok('stale' as const)
      return err(
        translate(e, 'UpdateContinuousDeploymentPolicy', `continuous deployment policy ${id}`)
      )
    }
  })
}

/** Turns a policy on or off, keeping the rest of its config. Off: all traffic to the primary. */
export async function setPolicyEnabled(
  clients: AwsClients,
  id: string,
  enabled: boolean,
  clock: Clock
): R<void> {
  return withFreshEtag(clock, async () => {
    const current = await readPolicy(clients, id)
    if (!current.ok) return current
    if (current.value.config.Enabled === enabled) return ok(undefined)
    try {
      await clients.cloudfront.send(
        new UpdateContinuousDeploymentPolicyCommand({
          Id: id,
          IfMatch: current.value.etag,
          ContinuousDeploymentPolicyConfig: { ...current.value.config, Enabled: enabled }
        })
      )
      return ok(undefined)
    } catch (e) {
      if (isStale(e)) return ok('stale' as const)
      return err(
        translate(e, 'UpdateContinuousDeploymentPolicy', `continuous deployment policy ${id}`)
      )
    }
  })
}

/** ContinuousDeploymentPolicyId on the primary: read-modify-write with IfMatch, once per primary. */
export async function attachPolicy(
  clients: AwsClients,
  primaryId: string,
  policyId: string,
  clock: Clock
): R<boolean> {
  return withFreshEtag(clock, async () => {
    const primary = await readDistribution(clients, primaryId)
    if (!primary.ok) return primary
    if (primary.value.config.ContinuousDeploymentPolicyId === policyId) return ok(false)
    try {
      await clients.cloudfront.send(
        new UpdateDistributionCommand({
          Id: primaryId,
          IfMatch: primary.value.etag,
          DistributionConfig: { ...primary.value.config, ContinuousDeploymentPolicyId: policyId }
        })
      )
      return ok(true)
    } catch (e) {
      if (isStale(e)) return ok('stale' as const)
      return err(translate(e, 'UpdateDistribution', `distribution ${primaryId}`))
    }
  })
}

/**
 * UpdateDistributionWithStagingConfig with `If-Match: "<primary ETag>, <staging ETag>"`: the
 * staging config onto the primary (which keeps its aliases and policy id); AWS disables the policy.
 */
export async function promoteStaging(
  clients: AwsClients,
  primaryId: string,
  stagingId: string,
  clock: Clock,
  /** A reason not to promote these two configs (the ETags sent are the ones checked). */
  refuse: (primary: Snapshot, staging: Snapshot) => AwsFailure | undefined = () => undefined
): R<void> {
  return withFreshEtag(clock, async () => {
    const [p, s] = await Promise.all([
      readDistribution(clients, primaryId),
      readDistribution(clients, stagingId)
    ])
    if (!p.ok) return p
    if (!s.ok) return s
    const refusal = refuse(p.value, s.value)
    if (refusal) return err(refusal)
    try {
      await clients.cloudfront.send(
        new UpdateDistributionWithStagingConfigCommand({
          Id: primaryId,
          StagingDistributionId: stagingId,
          IfMatch: `${p.value.etag}, ${s.value.etag}`
        })
      )
      return ok(undefined)
    } catch (e) {
      if (isStale(e)) return ok('stale' as const)
      return err(translate(e, 'UpdateDistributionWithStagingConfig', `distribution ${primaryId}`))
    }
  })
}
