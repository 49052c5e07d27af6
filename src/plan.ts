/**
 * The pure planner: (a distribution's config, the associations we want) -> the new config and the
 * list of changes. It never drops a field, never touches another behavior or event type, and
 * refuses to take over a slot that another function holds.
 */
import type {
  CacheBehavior,
  DefaultCacheBehavior,
  DistributionConfig,
  LambdaFunctionAssociation
} from '@aws-sdk/client-cloudfront'
import { DEFAULT_BEHAVIOR, type EventType, sameFunction, versionOf } from './edge.js'
import { err, ok, type Result } from './result.js'

/** One slot (behavior x event type) and what it should hold; `arn: undefined` removes it. */
export interface DesiredAssociation {
  cacheBehavior: string
  eventType: EventType
  arn: string | undefined
  /** 'keep': whatever the slot has now (a rollback must not silently drop a body its function reads). */
  includeBody: boolean | 'keep'
  /**
   * What the slot must hold for this change to apply (null: empty). A restore only puts back slots
   * that still hold what this run wrote: a newer change by someone else is left alone.
   */
  expect?: string | null
}

/** A slot a restore left alone because someone changed it after this run did. */
export interface Skipped {
  distributionId: string
  cacheBehavior: string
  eventType: EventType
  expected: string | null
  found: string | null
}

export interface Change {
  /** The function the slot is given to (set by the run's plan; a single-function run may omit it). */
  functionName?: string
  /** Its unqualified ARN: the owner a restore puts the slot back for (default: the run's function). */
  functionArn?: string
  distributionId: string
  cacheBehavior: string
  eventType: EventType
  /** The version ARN associated before, or null when the slot was empty. */
  from: string | null
  to: string | null
  includeBody: boolean
  /** IncludeBody as it was, so a rollback restores the slot exactly. */
  fromIncludeBody: boolean
}

export type PlanError =
  | { kind: 'unknown-behavior'; cacheBehavior: string; existing: string[] }
  | { kind: 'slot-taken'; cacheBehavior: string; eventType: EventType; holder: string }

export interface Plan {
  config: DistributionConfig
  changes: Change[]
  skipped: Skipped[]
}

type Behavior = DefaultCacheBehavior | CacheBehavior

/** The path patterns of a config, `default` first: what a user may name in `cache-behavior`. */
export function behaviorNames(config: DistributionConfig): string[] {
  return [DEFAULT_BEHAVIOR, ...(config.CacheBehaviors?.Items ?? []).map(b => b.PathPattern ?? '')]
}

export function findBehavior(config: DistributionConfig, name: string): Behavior | undefined {
  if (name === DEFAULT_BEHAVIOR) return config.DefaultCacheBehavior
  return config.CacheBehaviors?.Items?.find(b => b.PathPattern === name)
}

/** What a slot holds now, if anything. */
export function currentAssociation(
  config: DistributionConfig,
  cacheBehavior: string,
  eventType: EventType
): LambdaFunctionAssociation | undefined {
  return findBehavior(config, cacheBehavior)?.LambdaFunctionAssociations?.Items?.find(
    a => a.EventType === eventType
  )
}

function setSlot(behavior: Behavior, want: DesiredAssociation & { includeBody: boolean }): void {
  const items = [...(behavior.LambdaFunctionAssociations?.Items ?? [])]
  const at = items.findIndex(a => a.EventType === want.eventType)
  if (want.arn === undefined) {
    if (at >= 0) items.splice(at, 1)
  } else {
    const next: LambdaFunctionAssociation = {
      LambdaFunctionARN: want.arn,
      EventType: want.eventType,
      IncludeBody: want.includeBody
    }
    if (at >= 0) items[at] = next
    else items.push(next)
  }
  // CloudFront rejects a Quantity that differs from Items.length (InconsistentQuantities).
  behavior.LambdaFunctionAssociations = { Quantity: items.length, Items: items }
}

function slotChanged(
  current: LambdaFunctionAssociation | undefined,
  want: DesiredAssociation & { includeBody: boolean }
): boolean {
  if (want.arn === undefined) return current !== undefined
  return (
    current?.LambdaFunctionARN !== want.arn || (current.IncludeBody ?? false) !== want.includeBody
  )
}

/**
 * Applies the desired associations to a copy of the config. `owner` is the function we deploy:
 * a slot held by any other function is refused rather than silently replaced.
 */
export function planDistribution(
  distributionId: string,
  config: DistributionConfig,
  desired: readonly DesiredAssociation[],
  owner: string
): Result<Plan, PlanError[]> {
  const next = structuredClone(config)
  const errors: PlanError[] = []
  const changes: Change[] = []
  const skipped: Skipped[] = []
  for (const asked of desired) {
    const behavior = findBehavior(next, asked.cacheBehavior)
    if (!behavior) {
      errors.push({
        kind: 'unknown-behavior',
        cacheBehavior: asked.cacheBehavior,
        existing: behaviorNames(config)
      })
      continue
    }
    const current = currentAssociation(next, asked.cacheBehavior, asked.eventType)
    const holder = current?.LambdaFunctionARN
    const want = {
      ...asked,
      includeBody:
        asked.includeBody === 'keep' ? (current?.IncludeBody ?? false) : asked.includeBody
    }
    if (want.expect !== undefined && (holder ?? null) !== want.expect) {
      skipped.push({
        distributionId,
        cacheBehavior: want.cacheBehavior,
        eventType: want.eventType,
        expected: want.expect,
        found: holder ?? null
      })
      continue
    }
    if (holder !== undefined && !sameFunction(holder, owner)) {
      errors.push({
        kind: 'slot-taken',
        cacheBehavior: want.cacheBehavior,
        eventType: want.eventType,
        holder
      })
      continue
    }
    if (!slotChanged(current, want)) continue
    setSlot(behavior, want)
    changes.push({
      distributionId,
      cacheBehavior: want.cacheBehavior,
      eventType: want.eventType,
      from: holder ?? null,
      to: want.arn ?? null,
      includeBody: want.includeBody,
      fromIncludeBody: current?.IncludeBody ?? false
    })
  }
  return errors.length > 0 ? err(errors) : ok({ config: next, changes, skipped })
}

/** Every slot this request covers, pointed at one ARN. */
export function desiredFor(
  cacheBehaviors: readonly string[],
  eventType: EventType,
  arn: string,
  includeBody: boolean | 'keep'
): DesiredAssociation[] {
  return cacheBehaviors.map(cacheBehavior => ({ cacheBehavior, eventType, arn, includeBody }))
}

/** The changes undone: each slot back to what it held before. */
export function reverse(changes: readonly Change[]): DesiredAssociation[] {
  return changes.map(c => ({
    cacheBehavior: c.cacheBehavior,
    eventType: c.eventType,
    arn: c.from ?? undefined,
    includeBody: c.fromIncludeBody,
    expect: c.to
  }))
}

export function formatPlanError(distributionId: string, e: PlanError): string {
  if (e.kind === 'unknown-behavior')
    return `Input "cache-behavior": distribution ${distributionId} has no cache behavior "${e.cacheBehavior}". It has: ${e.existing.map(n => JSON.stringify(n)).join(', ')}.`
  return `Distribution ${distributionId}, behavior "${e.cacheBehavior}", ${e.eventType} is held by another function (${e.holder}). Refusing to replace it: remove that association first or choose another event type or behavior.`
}

export const versionLabel = (arn: string | null): string =>
  arn === null ? 'none' : (versionOf(arn) ?? arn)
