/**
 * CloudFront continuous deployment as data: the canary input, the policy it asks for, the
 * refusals before anything changes, and the staging config a canary starts from. Pure.
 *
 * AWS facts from "Quotas and other considerations for continuous deployment"
 * (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/continuous-deployment-quotas-considerations.html)
 * and the API reference of ContinuousDeploymentPolicyConfig / SingleHeaderConfig /
 * SessionStickinessConfig (https://docs.aws.amazon.com/cloudfront/latest/APIReference/).
 */
import type {
  ContinuousDeploymentPolicyConfig,
  DistributionConfig
} from '@aws-sdk/client-cloudfront'
import { type DesiredAssociation, planDistribution } from './plan.js'
import { err, ok, type Result } from './result.js'

export const CANARY_LIMITS = {
  /** "Maximum percentage of traffic you can send to a staging distribution ...: 15%" */
  maxWeightPercent: 15,
  /** SessionStickinessConfig IdleTTL / MaximumTTL: "Allowed values are 300–3600 seconds" */
  stickinessSeconds: { low: 300, high: 3600 },
  /** "Maximum number of staging distributions per AWS account: 20" */
  stagingDistributions: 20,
  /** "Maximum number of continuous deployment policies per AWS account: 20" */
  policies: 20,
  /** SingleHeaderConfig.Header: "The header must contain the prefix aws-cf-cd-." */
  headerPrefix: 'aws-cf-cd-'
} as const

export const DEFAULT_CANARY_HEADER = 'aws-cf-cd-lambda-edge-deploy'

/** "You can't use continuous deployment with a distribution that supports HTTP/3" (same page). */
const HTTP3 = new Set(['http3', 'http2and3'])

export type CanaryKind =
  { kind: 'off' } | { kind: 'header' } | { kind: 'weight'; weightPercent: number }

export type Canary = CanaryKind & {
  header: string
  stickinessSeconds: number
  promote: 'auto' | 'manual'
}

export function parseCanary(raw: string): Result<CanaryKind, string> {
  if (raw === '' || raw === 'off') return ok({ kind: 'off' })
  if (raw === 'header') return ok({ kind: 'header' })
  const m = /^(\d+(?:\.\d+)?)\s*%$/.exec(raw)
  const n = m ? Number(m[1]) : NaN
  if (m && n > 0 && n <= CANARY_LIMITS.maxWeightPercent)
    return ok({ kind: 'weight', weightPercent: n })
  return err(
    `"${raw}" is not off, header or a weight such as 5%: CloudFront sends more than 0 and at most ${CANARY_LIMITS.maxWeightPercent}% of traffic to a staging distribution`
  )
}

export function parseCanaryHeader(raw: string): Result<string, string> {
  if (raw === '') return ok(DEFAULT_CANARY_HEADER)
  const name = raw.toLowerCase()
  if (!name.startsWith(CANARY_LIMITS.headerPrefix) || !/^[a-z0-9-]+$/.test(name))
    return err(
      `"${raw}" is not a continuous deployment header: CloudFront wants a name that starts with ${CANARY_LIMITS.headerPrefix} (letters, digits and -), e.g. ${DEFAULT_CANARY_HEADER}`
    )
  return ok(name)
}

/** What routes viewers to staging: the run's header (verification), or the weight (the canary). */
export type Traffic =
  | { type: 'header'; header: string; value: string }
  | { type: 'weight'; percent: number; stickinessSeconds: number }

export function policyConfig(
  stagingDomain: string,
  traffic: Traffic,
  enabled: boolean
): ContinuousDeploymentPolicyConfig {
  return {
    StagingDistributionDnsNames: { Quantity: 1, Items: [stagingDomain] },
    Enabled: enabled,
    TrafficConfig:
      traffic.type === 'header'
        ? {
            Type: 'SingleHeader',
            SingleHeaderConfig: { Header: traffic.header, Value: traffic.value }
          }
        : {
            Type: 'SingleWeight',
            SingleWeightConfig: {
              Weight: Math.round(traffic.percent * 100) / 10_000,
              SessionStickinessConfig: {
                IdleTTL: traffic.stickinessSeconds,
                MaximumTTL: traffic.stickinessSeconds
              }
            }
          }
  }
}

/** What a primary already has: its policy and the staging distribution it routes to. */
export interface CanaryTarget {
  primaryId: string
  policyId?: string
  policyEnabled?: boolean
  traffic?: ContinuousDeploymentPolicyConfig['TrafficConfig']
  staging?: { id: string; domainName: string }
  /**
   * The staging distribution (and the policy, if any) was found without the primary pointing at
   * it: left by a canary that stopped before it attached its policy (src/aws/staging.ts).
   */
  leftOver?: boolean
}

export interface AccountCounts {
  stagingDistributions: number
  policies: number
}

/** What continuous deployment cannot serve, as data: the first rule a primary meets refuses it. */
const PRIMARY_REFUSALS: {
  refuses: (c: DistributionConfig) => boolean
  why: (id: string, c: DistributionConfig) => string
}[] = [
  {
    refuses: c => c.Staging === true,
    why: id => `Distribution ${id} is a staging distribution: give the primary distribution's id.`
  },
  {
    refuses: c => c.ConnectionMode === 'tenant-only',
    why: id =>
      `Distribution ${id} is a multi-tenant distribution: CloudFront has no staging distributions or continuous deployment for those. Use canary: off.`
  },
  {
    refuses: c => HTTP3.has(c.HttpVersion ?? ''),
    why: (id, c) =>
      `Distribution ${id} has HTTP/3 enabled (HttpVersion ${c.HttpVersion}): CloudFront continuous deployment does not work with HTTP/3. Set HttpVersion to http2 (or http1.1) on ${id}, or use canary: off.`
  }
]

/** Reasons continuous deployment cannot serve a primary, found before anything changes. */
export function canaryRefusals(
  primaries: readonly { id: string; config: DistributionConfig }[],
  targets: readonly CanaryTarget[],
  counts: AccountCounts
): string[] {
  const refused = new Map(
    primaries.flatMap(({ id, config }) => {
      const rule = PRIMARY_REFUSALS.find(r => r.refuses(config))
      return rule ? [[id, rule.why(id, config)] as const] : []
    })
  )
  const refusals = [...refused.values()]
  // Only the primaries a canary could serve count against the quotas.
  const served = targets.filter(t => !refused.has(t.primaryId))
  const newStaging = served.filter(t => !t.staging).length
  if (counts.stagingDistributions + newStaging > CANARY_LIMITS.stagingDistributions)
    refusals.push(
      `The account has ${counts.stagingDistributions} staging distributions and this canary needs ${newStaging} more: CloudFront allows ${CANARY_LIMITS.stagingDistributions} per account. Delete unused staging distributions, or use canary: off.`
    )
  const newPolicies = served.filter(t => !t.policyId).length
  if (counts.policies + newPolicies > CANARY_LIMITS.policies)
    refusals.push(
      `The account has ${counts.policies} continuous deployment policies and this canary needs ${newPolicies} more: CloudFront allows ${CANARY_LIMITS.policies} per account. Delete unused policies, or use canary: off.`
    )
  return refusals
}

/**
 * The staging config a canary starts from: the primary's config as it is now, with the staging
 * distribution's own identity. Promotion copies the whole staging config onto the primary, so a
 * staging distribution left behind by an older canary must not carry stale settings with it.
 */
export function stagingBase(
  primary: DistributionConfig,
  staging: DistributionConfig
): DistributionConfig {
  return {
    ...primary,
    ContinuousDeploymentPolicyId: undefined,
    CallerReference: staging.CallerReference,
    Aliases: staging.Aliases,
    Enabled: staging.Enabled,
    Staging: true
  }
}

/** Canonical JSON: keys sorted; undefined, empty strings and empty Items left out. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v === '' || (Array.isArray(v) && v.length === 0)) return undefined
    if (v && typeof v === 'object' && !Array.isArray(v))
      return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
    return v
  })
}

/**
 * The top-level fields in which the staging config differs from what a canary would stage now (the
 * primary's config with the staging slots): a primary changed by someone since the canary was
 * staged. Promotion would undo that change, so it is refused until the canary is staged again.
 */
export function stagingDrift(
  primary: DistributionConfig,
  staging: DistributionConfig,
  slots: readonly DesiredAssociation[],
  owner: string
): string[] {
  const planned = planDistribution('staging', stagingBase(primary, staging), slots, owner)
  if (!planned.ok) return ['the requested slots']
  const expected = planned.value.config as unknown as Record<string, unknown>
  const actual = staging as unknown as Record<string, unknown>
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort()
  return keys.filter(k => canonical(expected[k]) !== canonical(actual[k]))
}
