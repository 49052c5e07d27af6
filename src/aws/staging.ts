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

interface PolicySummary {
  id: string
  config: ContinuousDeploymentPolicyConfig
}

/** The account's policies ("Quantity": the total number of them in the account, for the quota). */
async function listPolicies(clients: AwsClients): R<{ quantity: number; items: PolicySummary[] }> {
  try {
    const res = await clients.cloudfront.send(new ListContinuousDeploymentPoliciesCommand({}))
    const list = res.ContinuousDeploymentPolicyList
    const items = (list?.Items ?? []).flatMap(i => {
      const p = i.ContinuousDeploymentPolicy
      return p?.Id && p.ContinuousDeploymentPolicyConfig
        ? [{ id: p.Id, config: p.ContinuousDeploymentPolicyConfig }]
        : []
    })
    return ok({ quantity: list?.Quantity ?? 0, items })
  } catch (e) {
    return err(translate(e, 'ListContinuousDeploymentPolicies', 'the account'))
  }
}

/**
 * CopyDistribution's CallerReference names the primary, and the staging distribution keeps it
 * for life: a canary that stopped after CopyDistribution but before its policy was attached left
 * a staging distribution nothing points at, and the next canary finds it by this prefix.
 */
const callerPrefix = (primaryId: string): string => `lambda-edge-deploy-staging-${primaryId}-`

/**
 * Primaries whose policy does not lead to a staging distribution: look for one this tool made
 * for them (by CallerReference), and a policy that already routes to it. Reads only the staging
 * distributions nobody else claimed, and only when a primary has none.
 */
async function findLeftOvers(
  clients: AwsClients,
  targets: CanaryTarget[],
  summaries: readonly Summary[],
  policies: readonly PolicySummary[]
): R<void> {
  const lonely = targets.filter(t => !t.staging)
  const claimed = new Set(targets.flatMap(t => (t.staging ? [t.staging.id] : [])))
  const candidates = summaries.filter(s => s.staging && !claimed.has(s.id))
  if (lonely.length === 0 || candidates.length === 0) return ok(undefined)
  for (const c of candidates) {
    const read = await readDistribution(clients, c.id)
    if (!read.ok) return read
    const ref = read.value.config.CallerReference ?? ''
    const t = lonely.find(l => !l.staging && ref.startsWith(callerPrefix(l.primaryId)))
    if (!t) continue
    t.staging = { id: c.id, domainName: c.domainName }
    t.leftOver = true
    const policy = t.policyId
      ? undefined
      : policies.find(p => p.config.StagingDistributionDnsNames?.Items?.includes(c.domainName))
    if (policy) {
      t.policyId = policy.id
      t.policyEnabled = policy.config.Enabled === true
      t.traffic = policy.config.TrafficConfig
    }
  }
  return ok(undefined)
}

/**
 * For each primary: its policy (from ContinuousDeploymentPolicyId) and the staging distribution
 * the policy routes to (found by domain name), plus the account's counts for the quotas. Reads only.
 */
export async function readTargets(
  clients: AwsClients,
  primaries: readonly Snapshot[]
): R<{ targets: CanaryTarget[]; counts: AccountCounts }> {
  const [summaries, policies] = await Promise.all([listSummaries(clients), listPolicies(clients)])
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
  const leftOvers = await findLeftOvers(clients, targets, summaries.value, policies.value.items)
  if (!leftOvers.ok) return leftOvers
  const counts = {
    stagingDistributions: summaries.value.filter(s => s.staging).length,
    policies: policies.value.quantity
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
          CallerReference: `${callerPrefix(primaryId)}${randomUUID()}`,
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
  const written = await rewritePolicy(clients, id, clock, () => config)
  return written.ok ? ok(id) : written
}

/**
 * The policy's config read with its ETag, changed, written back with IfMatch (again on a stale
 * ETag). `change` returns undefined when the config already says what is wanted: nothing is written.
 */
function rewritePolicy(
  clients: AwsClients,
  id: string,
  clock: Clock,
  change: (config: ContinuousDeploymentPolicyConfig) => ContinuousDeploymentPolicyConfig | undefined
): R<void> {
  return withFreshEtag(clock, async () => {
    const current = await readPolicy(clients, id)
    if (!current.ok) return current
    const config = change(current.value.config)
    if (config === undefined) return ok(undefined)
    try {
      await clients.cloudfront.send(
        new UpdateContinuousDeploymentPolicyCommand({
          Id: id,
          IfMatch: current.value.etag,
          ContinuousDeploymentPolicyConfig: config
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

/** Turns a policy on or off, keeping the rest of its config. Off: all traffic to the primary. */
export async function setPolicyEnabled(
  clients: AwsClients,
  id: string,
  enabled: boolean,
  clock: Clock
): R<void> {
  return rewritePolicy(clients, id, clock, config =>
    config.Enabled === enabled ? undefined : { ...config, Enabled: enabled }
  )
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
